package org.gdlab.core.contour;

import org.gdlab.core.colormap.ColorMap;

/**
 * Colours for {@link LevelSpacing#LOG} without a logarithm per pixel. The colour of C depends on
 * u = (r + δ)/δ ∈ [1, (1 + δ)/δ] (r, δ as in {@link ColorScale}) through t = ln u / ln((1 + δ)/δ). The
 * table is indexed by the exponent and the top {@value #MANTISSA_BITS} mantissa bits of u, i.e. by buckets
 * [u0, u0·(1 + 2^-10)) at most; each holds the colour of its geometric midpoint, so ln u is off by at most
 * ½·ln(1 + 2^-10) ≈ 4.9e-4 and t by 4.2e-5: far less than one 8-bit colour step.
 */
final class LogColourTable {

    static final int MANTISSA_BITS = 10;
    private static final int SHIFT = 52 - MANTISSA_BITS;
    private static final long ONE = Double.doubleToRawLongBits(1.0) >>> SHIFT;

    private final int[] colours;
    private final double min;
    private final double invRangeDelta;

    LogColourTable(ColorScale scale, ColorMap map) {
        double uMax = (1 + ColorScale.LOG_DELTA) / ColorScale.LOG_DELTA;
        int n = (int) ((Double.doubleToRawLongBits(uMax) >>> SHIFT) - ONE) + 1;
        colours = new int[n];
        double span = Math.log(uMax);
        for (int k = 0; k < n; k++) {
            double lo = Double.longBitsToDouble((ONE + k) << SHIFT);
            double hi = Double.longBitsToDouble((ONE + k + 1) << SHIFT);
            colours[k] = map.argb(0.5 * (Math.log(lo) + Math.log(hi)) / span);
        }
        min = scale.min();
        invRangeDelta = 1 / ((scale.max() - scale.min()) * ColorScale.LOG_DELTA);
    }

    /** @return the colour of cost c: NaN transparent, −∞ and min at t = 0, +∞ at t = 1 */
    int argb(double c) {
        if (Double.isNaN(c)) {
            return ColorMap.NAN_ARGB;
        }
        if (!(c > min)) {
            return colours[0];   // the minimum itself, or −∞
        }
        double u = (c - min) * invRangeDelta + 1;
        long k = (Double.doubleToRawLongBits(u) >>> SHIFT) - ONE;
        return colours[(int) Math.max(0, Math.min(k, colours.length - 1))];
    }
}
