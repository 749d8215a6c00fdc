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
        double s = factor(g.x(), g.y(), maxNorm);
        return s == 1 ? g : g.times(s);
    }

    /**
     * The one computation of clipping: the factor that g = (gx, gy) is multiplied by.
     *
     * @param maxNorm c; ≤ 0 or NaN means no clipping
     * @return c/|g| when |g| &gt; c &gt; 0 (|g| = {@link Math#hypot}), otherwise exactly 1 (g is kept as it is)
     */
    public static double factor(double gx, double gy, double maxNorm) {
        if (!(maxNorm > 0)) {
            return 1;
        }
        double n = Math.hypot(gx, gy);
        return n > maxNorm ? maxNorm / n : 1;
    }

    /** @return true when c means "clip": c &gt; 0 (NaN and c ≤ 0 mean none) */
    public static boolean isOn(double maxNorm) {
        return maxNorm > 0;
    }
}
