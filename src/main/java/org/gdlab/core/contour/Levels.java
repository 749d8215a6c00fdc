package org.gdlab.core.contour;

import java.util.Arrays;

/** Where the level lines go. */
public final class Levels {

    private Levels() {
    }

    /**
     * count levels strictly inside (min, max), evenly spaced on the colour bar of {@link ColorScale}:
     * level k = scale.fromUnit((k + 1)/(count + 1)), k = 0 … count − 1. LINEAR gives min + (k+1)·Δ with
     * Δ = (max − min)/(count + 1); LOG gives levels on log(C − min + ε) mapped back (see {@link ColorScale}).
     * No level equals min or max, where a level line would degenerate to isolated grid points.
     *
     * @param count at least 1
     * @return strictly increasing levels; fewer than count (possibly none) when min and max are not finite,
     *         when max ≤ min, or when the range is too narrow for count distinct doubles strictly inside
     * @throws IllegalArgumentException if count &lt; 1
     */
    public static double[] of(double min, double max, int count, LevelSpacing spacing) {
        if (count < 1) {
            throw new IllegalArgumentException("the level count must be at least 1, got " + count);
        }
        if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
            return new double[0];
        }
        ColorScale scale = new ColorScale(min, max, spacing);
        double[] levels = new double[count];
        int n = 0;
        for (int k = 0; k < count; k++) {
            double level = scale.fromUnit((k + 1.0) / (count + 1));
            if (level > min && level < max && (n == 0 || level > levels[n - 1])) {
                levels[n++] = level;
            }
        }
        return n == count ? levels : Arrays.copyOf(levels, n);
    }
}
