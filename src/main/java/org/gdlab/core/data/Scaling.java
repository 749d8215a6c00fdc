package org.gdlab.core.data;

import org.gdlab.core.math.Vec2;

/**
 * Feature scaling (the {@code --standardize} switch): x_j ← (x_j − shift_j)/scale_j for each feature.
 * <ul>
 *   <li>{@code linear}, {@code logistic}: shift = the mean, scale = the population standard deviation
 *       √(C₁₁/N) (standardization);</li>
 *   <li>{@code linear2} has no intercept, and centring would change the model: shift = 0 and scale = the root
 *       mean square √(mean x_j²).</li>
 * </ul>
 * A feature whose scale is 0 (a constant feature under standardization; an all-zero feature under RMS
 * scaling) is refused by name. Parameters found on the scaled data map back to the data's units by
 * {@link #toOriginal}: for ŷ = w'·(x − m)/s + b' that is w = w'/s, b = b' − w'·m/s; for linear2
 * w_j = w'_j/r_j. Immutable.
 *
 * @param model  the model the scaling was made for
 * @param shift1 subtracted from x₁
 * @param scale1 x₁'s divisor (&gt; 0)
 * @param shift2 subtracted from x₂ (0 with one feature)
 * @param scale2 x₂'s divisor (1 with one feature)
 */
public record Scaling(Model model, double shift1, double scale1, double shift2, double scale2) {

    /**
     * @return the scaling of d for model
     * @throws IllegalArgumentException naming a feature that cannot be scaled (constant, or all zero for linear2)
     */
    public static Scaling of(Dataset d, Model model) {
        return of(Moments.of(d), d, model);
    }

    /**
     * @param m the statistics of d (in its own units), so nothing visits the points: O(1)
     * @param d the data (read for its features' names and, in a refusal, its first value)
     * @return the scaling of d for model: shift m₁ and scale √(C₁₁/N), or for linear2 the root mean squares
     *     r_j = √(C_jj/N + m_j²)
     * @throws IllegalArgumentException naming a feature that cannot be scaled (constant, or all zero for linear2)
     */
    public static Scaling of(Moments m, Dataset d, Model model) {
        if (model == Model.LINEAR2) {
            double r1 = Math.sqrt(m.var1() + m.m1() * m.m1());
            double r2 = Math.sqrt(m.var2() + m.m2() * m.m2());
            refuseZero(r1, d.featureNames().get(0));
            refuseZero(r2, d.featureNames().get(1));
            return new Scaling(model, 0, r1, 0, r2);
        }
        double s = Math.sqrt(m.var1());
        if (!(s > 1e-13 * Math.abs(m.m1()))) {
            throw new IllegalArgumentException("feature '" + d.featureNames().get(0) + "' is constant (every value is "
                    + d.x1(0) + "), so it cannot be standardized");
        }
        return new Scaling(model, m.m1(), s, 0, 1);
    }

    /**
     * The statistics of the scaled points from those of the points, in O(1): with x'_j = (x_j − shift_j)/scale_j
     * the means become m'_j = (m_j − shift_j)/scale_j, and each centred sum is divided by the scales of the
     * features in it: C'_jk = C_jk/(scale_j·scale_k), C'_jy = C_jy/scale_j; N, m_y and C_yy stay.
     *
     * @param raw the statistics of the points in their own units
     * @return the statistics of the points as {@link #apply} scales them
     */
    public Moments applyTo(Moments raw) {
        return new Moments(raw.n(), (raw.m1() - shift1) / scale1, (raw.m2() - shift2) / scale2, raw.my(),
                raw.c11() / (scale1 * scale1), raw.c12() / (scale1 * scale2), raw.c22() / (scale2 * scale2),
                raw.c1y() / scale1, raw.c2y() / scale2, raw.cyy());
    }

    private static void refuseZero(double r, String name) {
        if (!(r > 0)) {
            throw new IllegalArgumentException("feature '" + name + "' is 0 at every point, so it cannot be scaled");
        }
    }

    /** @return d with its features scaled (targets unchanged) */
    public Dataset apply(Dataset d) {
        double[] a = d.feature(0);
        for (int i = 0; i < a.length; i++) {
            a[i] = (a[i] - shift1) / scale1;
        }
        double[] b = null;
        if (d.features() == 2) {
            b = d.feature(1);
            for (int i = 0; i < b.length; i++) {
                b[i] = (b[i] - shift2) / scale2;
            }
        }
        return d.withFeatures(a, b);
    }

    /** @return the parameters in the data's units for parameters p in scaled units */
    public Vec2 toOriginal(Vec2 p) {
        if (model == Model.LINEAR2) {
            return new Vec2(p.x() / scale1, p.y() / scale2);
        }
        double w = p.x() / scale1;
        return new Vec2(w, p.y() - w * shift1);
    }

    /** @return the parameters in scaled units for parameters p in the data's units ({@link #toOriginal}'s inverse) */
    public Vec2 fromOriginal(Vec2 p) {
        if (model == Model.LINEAR2) {
            return new Vec2(p.x() * scale1, p.y() * scale2);
        }
        return new Vec2(p.x() * scale1, p.y() + p.x() * shift1);
    }
}
