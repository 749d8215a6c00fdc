package org.gdlab.core.contour;

/**
 * The map between a cost C and a position t ∈ [0, 1] on the colour bar, shared by the colouring, the level
 * placement ({@link Levels}) and the colour bar, so that all three agree.
 *
 * <p>With r = (C − min)/(max − min):
 * <ul>
 *   <li>{@link LevelSpacing#LINEAR}: t = r.</li>
 *   <li>{@link LevelSpacing#LOG}: t = ln((r + δ)/δ) / ln((1 + δ)/δ) with δ = {@value #LOG_DELTA}. This is
 *       log(C − min + ε) rescaled to [0, 1], with the offset ε = δ·(max − min). The offset makes the map
 *       defined for any min, including min ≤ 0 (a saddle, Styblinski-Tang), and gives every surface the same
 *       dynamic range of five decades above its minimum: the grid minimum is rarely the true minimum (it
 *       may be 1e-9 or exactly 0 depending on where the lattice falls), and a plain log(C) would spend most
 *       levels on that accident. Inverse: r = δ·((1 + δ)/δ)^t − δ.</li>
 * </ul>
 * When max ≤ min (a constant view) every finite C maps to t = ½. C = NaN maps to NaN; C = ±∞ maps beyond
 * [0, 1] and is clamped by the colour map.
 *
 * @param min the cost at t = 0 (the smallest finite cost of the view)
 * @param max the cost at t = 1
 * @param spacing linear or logarithmic
 */
public record ColorScale(double min, double max, LevelSpacing spacing) {

    /** The relative offset δ = ε/(max − min) of the log scale: five decades of dynamic range. */
    public static final double LOG_DELTA = 1e-5;

    private static final double LOG_SPAN = Math.log((1 + LOG_DELTA) / LOG_DELTA);

    /** @return t for cost c; see the class comment */
    public double toUnit(double c) {
        if (!(max > min)) {
            return Double.isNaN(c) ? Double.NaN : 0.5;
        }
        double r = (c - min) / (max - min);
        return switch (spacing) {
            case LINEAR -> r;
            case LOG -> r <= -LOG_DELTA ? Double.NEGATIVE_INFINITY : Math.log((r + LOG_DELTA) / LOG_DELTA) / LOG_SPAN;
        };
    }

    /** @return the cost at position t ∈ [0, 1]; the inverse of {@link #toUnit} */
    public double fromUnit(double t) {
        if (!(max > min)) {
            return min;
        }
        double r = switch (spacing) {
            case LINEAR -> t;
            case LOG -> LOG_DELTA * Math.exp(t * LOG_SPAN) - LOG_DELTA;
        };
        return min + r * (max - min);
    }
}
