package org.gdlab.core.data;

import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;

/**
 * Least squares on two features through the origin, ŷ = w₁·x₁ + w₂·x₂,
 * J(w₁, w₂) = (1/2N) Σ (w₁x₁ᵢ + w₂x₂ᵢ − yᵢ)², evaluated from the centred {@link Moments} in O(1). With
 * V = C/N the centred covariances of (x₁, x₂), v = (C₁ᵧ, C₂ᵧ)/N, m = (m₁, m₂) and c = w·m − m_y:
 * <pre>
 *   J   = ½(wᵀVw − 2wᵀv + vᵧᵧ) + ½c²
 *   ∇J  = Vw − v + c·m
 *   H   = V + m·mᵀ   (= the mean of x·xᵀ)
 *   w*  solves H·w = v + m_y·m   (the normal equations, by Cramer's rule for 2×2)
 * </pre>
 * Unscaled or correlated features make H ill-conditioned: the narrow valley. No unique optimum
 * ({@link NoOptimum#NOT_UNIQUE}) when a feature is zero at every point or the features are collinear:
 * det H ≤ 10⁻¹²·H₁₁·H₂₂ (a squared correlation of the uncentred features within 10⁻¹² of 1). Immutable.
 */
public final class Linear2Cost extends LeastSquaresCost {

    private static final String FORMULA = "J(w1, w2) = (1/2N) Σ (w1·x1 + w2·x2 − y)²";

    Linear2Cost(DataSpec spec) {
        super(spec, null, FORMULA);
    }

    private Linear2Cost(DataSpec spec, Moments raw) {
        super(spec, raw, FORMULA);
    }

    @Override
    LeastSquaresCost with(DataSpec spec, Moments raw) {
        return new Linear2Cost(spec, raw);
    }

    @Override
    Optimum solve() {
        Sym2 h = hessian(0, 0);
        double det = h.determinant();
        if (!(h.xx() > 0) || !(h.yy() > 0) || !(det > 1e-12 * h.xx() * h.yy())) {
            return Optimum.none(NoOptimum.NOT_UNIQUE);
        }
        double n = m.n();
        double r1 = m.c1y() / n + m.my() * m.m1();
        double r2 = m.c2y() / n + m.my() * m.m2();
        double w1 = (r1 * h.yy() - h.xy() * r2) / det;
        double w2 = (h.xx() * r2 - h.xy() * r1) / det;
        return Optimum.at(new Vec2(w1, w2), value(w1, w2));
    }

    @Override
    public double value(double w1, double w2) {
        double n = m.n();
        double quad = w1 * w1 * m.c11() + 2 * w1 * w2 * m.c12() + w2 * w2 * m.c22();
        double lin = w1 * m.c1y() + w2 * m.c2y();
        double c = w1 * m.m1() + w2 * m.m2() - m.my();
        return 0.5 * (quad - 2 * lin + m.cyy()) / n + 0.5 * c * c;
    }

    @Override
    public Vec2 gradient(double w1, double w2) {
        double n = m.n();
        double c = w1 * m.m1() + w2 * m.m2() - m.my();
        return new Vec2((w1 * m.c11() + w2 * m.c12() - m.c1y()) / n + c * m.m1(),
                (w1 * m.c12() + w2 * m.c22() - m.c2y()) / n + c * m.m2());
    }

    @Override
    public Sym2 hessian(double w1, double w2) {
        double n = m.n();
        return new Sym2(m.c11() / n + m.m1() * m.m1(), m.c12() / n + m.m1() * m.m2(), m.c22() / n + m.m2() * m.m2());
    }

    @Override
    public double batchValue(int[] order, int from, int to, double w1, double w2) {
        double s = 0;
        Dataset d = points();
        for (int k = from; k < to; k++) {
            int i = order[k];
            double r = w1 * d.x1(i) + w2 * d.x2(i) - d.y(i);
            s += r * r;
        }
        return 0.5 * s / (to - from);
    }

    @Override
    public Vec2 batchGradient(int[] order, int from, int to, double w1, double w2) {
        double g1 = 0;
        double g2 = 0;
        Dataset d = points();
        for (int k = from; k < to; k++) {
            int i = order[k];
            double a = d.x1(i);
            double b = d.x2(i);
            double r = w1 * a + w2 * b - d.y(i);
            g1 += r * a;
            g2 += r * b;
        }
        int n = to - from;
        return new Vec2(g1 / n, g2 / n);
    }
}
