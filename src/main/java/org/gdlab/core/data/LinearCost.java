package org.gdlab.core.data;

import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;

/**
 * Least squares on a line, ŷ = w·x + b, J(w, b) = (1/2N) Σ (w·xᵢ + b − yᵢ)², evaluated from the centred
 * {@link Moments} in O(1) whatever N. With vₓₓ = Cₓₓ/N, vₓᵧ = Cₓᵧ/N, vᵧᵧ = Cᵧᵧ/N and c = w·mₓ + b − m_y
 * (the residual's mean):
 * <pre>
 *   J   = ½(w²vₓₓ − 2w·vₓᵧ + vᵧᵧ) + ½c²
 *   ∇J  = (w·vₓₓ − vₓᵧ + c·mₓ,  c)
 *   H   = [[vₓₓ + mₓ², mₓ], [mₓ, 1]]
 *   w*  = Cₓᵧ/Cₓₓ,  b* = m_y − w*·mₓ   (the 2×2 normal equations H·(w, b) = (mean xy, m_y), eliminated
 *                                      in centred form; no library for a 2×2 system)
 * </pre>
 * No unique optimum ({@link NoOptimum#NOT_UNIQUE}) when every x is equal: Cₓₓ = 0, or √vₓₓ below 10⁻¹³·|mₓ|
 * (a spread below round-off). Immutable.
 */
public final class LinearCost extends LeastSquaresCost {

    private static final String FORMULA = "J(w, b) = (1/2N) Σ (w·x + b − y)²";

    LinearCost(DataSpec spec) {
        super(spec, null, FORMULA);
    }

    private LinearCost(DataSpec spec, Moments raw) {
        super(spec, raw, FORMULA);
    }

    @Override
    LeastSquaresCost with(DataSpec spec, Moments raw) {
        return new LinearCost(spec, raw);
    }

    @Override
    Optimum solve() {
        double v = m.var1();
        if (!(v > 0) || Math.sqrt(v) <= 1e-13 * Math.abs(m.m1())) {
            return Optimum.none(NoOptimum.NOT_UNIQUE);
        }
        double w = m.c1y() / m.c11();
        double b = m.my() - w * m.m1();
        return Optimum.at(new Vec2(w, b), value(w, b));
    }

    @Override
    public double value(double w, double b) {
        double n = m.n();
        double c = w * m.m1() + b - m.my();
        return 0.5 * (w * w * (m.c11() / n) - 2 * w * (m.c1y() / n) + m.cyy() / n) + 0.5 * c * c;
    }

    @Override
    public Vec2 gradient(double w, double b) {
        double n = m.n();
        double c = w * m.m1() + b - m.my();
        return new Vec2(w * (m.c11() / n) - m.c1y() / n + c * m.m1(), c);
    }

    @Override
    public Sym2 hessian(double w, double b) {
        return new Sym2(m.c11() / m.n() + m.m1() * m.m1(), m.m1(), 1);
    }

    @Override
    public double batchValue(int[] order, int from, int to, double w, double b) {
        double s = 0;
        Dataset d = points();
        for (int k = from; k < to; k++) {
            int i = order[k];
            double r = w * d.x1(i) + b - d.y(i);
            s += r * r;
        }
        return 0.5 * s / (to - from);
    }

    @Override
    public Vec2 batchGradient(int[] order, int from, int to, double w, double b) {
        double gw = 0;
        double gb = 0;
        Dataset d = points();
        for (int k = from; k < to; k++) {
            int i = order[k];
            double x = d.x1(i);
            double r = w * x + b - d.y(i);
            gw += r * x;
            gb += r;
        }
        int n = to - from;
        return new Vec2(gw / n, gb / n);
    }
}
