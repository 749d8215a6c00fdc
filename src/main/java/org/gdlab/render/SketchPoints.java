package org.gdlab.render;

import java.util.Arrays;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.sim.Diverged;
import org.gdlab.render.paint.PathPoints;

/**
 * A frame's view of a {@link PathSketch}: its kept points up to step s, then where the run is at s (the last
 * row exactly once the run is over), as the painter reads a path. Immutable.
 */
final class SketchPoints implements PathPoints {

    private final double[] xs;
    private final double[] ys;
    private final boolean[] joined;
    private final int[] steps;
    private final boolean diverged;

    /** @return the points of sketch t up to step s */
    static SketchPoints upTo(PathSketch t, int s) {
        int count = t.countUpTo(s);
        double[] xs = new double[count + 1];
        double[] ys = new double[count + 1];
        boolean[] joined = new boolean[count + 1];
        int[] steps = new int[count + 1];
        for (int i = 0; i < count; i++) {
            steps[i] = t.step(i);
            xs[i] = t.x(i);
            ys[i] = t.y(i);
            joined[i] = t.joined(i);
        }
        Vec2 now = t.at(s);
        int n = count;
        if (count == 0 || now.x() != xs[count - 1] || now.y() != ys[count - 1]) {
            xs[n] = now.x();
            ys[n] = now.y();
            joined[n] = true;
            steps[n] = Math.max(0, Math.min(s, t.rows() - 1));
            n++;
        }
        // a frame before the end is a path still on its way: it has not diverged yet
        boolean diverged = t.end() instanceof Diverged && s >= t.rows() - 1;
        return new SketchPoints(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n), Arrays.copyOf(joined, n),
                Arrays.copyOf(steps, n), diverged);
    }

    private SketchPoints(double[] xs, double[] ys, boolean[] joined, int[] steps, boolean diverged) {
        this.xs = xs;
        this.ys = ys;
        this.joined = joined;
        this.steps = steps;
        this.diverged = diverged;
    }

    @Override
    public int step(int i) {
        return steps[i];
    }

    @Override
    public int size() {
        return xs.length;
    }

    @Override
    public double x(int i) {
        return xs[i];
    }

    @Override
    public double y(int i) {
        return ys[i];
    }

    @Override
    public boolean diverged() {
        return diverged;
    }

    @Override
    public boolean joined(int i) {
        return joined[i];
    }
}
