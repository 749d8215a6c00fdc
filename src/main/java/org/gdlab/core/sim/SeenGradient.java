package org.gdlab.core.sim;

import java.util.SplittableRandom;
import org.gdlab.core.optim.Clipping;

/**
 * The gradient the optimizer sees, written once for every loop (the {@link Stepper} and the batch
 * runners): g̃ = clip(g + σ(ξ, η)), the noise drawn as two {@code nextGaussian()} of the run's own
 * {@code new SplittableRandom(seed)} per step (x, then y; only when σ &gt; 0), then the length capped at c
 * when c &gt; 0 ({@link Clipping}).
 */
public final class SeenGradient {

    private SeenGradient() {
    }

    /** @return the run's noise generator, or null when the run has no noise (σ = 0) */
    public static SplittableRandom random(RunConfig c) {
        return c.noise() > 0 ? new SplittableRandom(c.seed()) : null;
    }

    /**
     * Writes g̃ into (ox[i], oy[i]) (modified: only those two entries; random advances by two draws when
     * it is not null).
     *
     * @param gx the exact gradient, x
     * @param gy the exact gradient, y
     * @param sigma σ
     * @param random the run's generator from {@link #random}, or null for no noise
     * @param clip the cap c (≤ 0 or NaN: no clipping)
     */
    public static void into(double gx, double gy, double sigma, SplittableRandom random, double clip,
            double[] ox, double[] oy, int i) {
        double sx = gx;
        double sy = gy;
        if (random != null) {
            double xi = random.nextGaussian();
            double eta = random.nextGaussian();
            sx = sx + sigma * xi;
            sy = sy + sigma * eta;
        }
        if (clip > 0) {
            double s = Clipping.factor(sx, sy, clip);
            if (s != 1) {
                sx = s * sx;
                sy = s * sy;
            }
        }
        ox[i] = sx;
        oy[i] = sy;
    }
}
