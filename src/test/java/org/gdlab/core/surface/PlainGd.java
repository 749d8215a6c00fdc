package org.gdlab.core.surface;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.gdlab.core.math.Vec2;

/** A local, independent plain GD loop for tests: w ← w - α_t·clip(∇C(w)). */
final class PlainGd {

    private PlainGd() {
    }

    /**
     * @param rate α_t for step t
     * @param clip the largest gradient norm let through (≤ 0: no clipping)
     * @return the iterates w_0 .. w_steps (stops early, after the first non-finite iterate)
     */
    static List<Vec2> run(CostFunction f, Vec2 start, IntToDoubleFunction rate, double clip, int steps) {
        List<Vec2> path = new ArrayList<>(steps + 1);
        Vec2 w = start;
        path.add(w);
        for (int t = 0; t < steps && w.isFinite(); t++) {
            Vec2 g = f.gradient(w);
            double n = g.norm();
            if (clip > 0 && n > clip) {
                g = g.times(clip / n);
            }
            w = w.minus(g.times(rate.applyAsDouble(t)));
            path.add(w);
        }
        return path;
    }

    static List<Vec2> run(CostFunction f, Vec2 start, double lr, int steps) {
        return run(f, start, t -> lr, 0, steps);
    }
}
