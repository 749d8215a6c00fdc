package org.gdlab.core.optim;

import org.gdlab.core.math.Vec2;

/** Gradient clipping by norm, applied to the gradient before any optimizer's rule. */
public final class Clipping {

    private Clipping() {
    }

    /**
     * g ← g · min(1, c/|g|): the direction is kept and the length capped at c.
     *
     * @param g a gradient
     * @param maxNorm c; ≤ 0 or NaN means no clipping
     * @return the clipped gradient (g itself when |g| ≤ c or clipping is off)
     */
    public static Vec2 byNorm(Vec2 g, double maxNorm) {
        if (!(maxNorm > 0)) {
            return g;
        }
        double n = g.norm();
        return n > maxNorm ? g.times(maxNorm / n) : g;
    }

    /** @return true when c means "clip": c &gt; 0 (NaN and c ≤ 0 mean none) */
    public static boolean isOn(double maxNorm) {
        return maxNorm > 0;
    }
}
