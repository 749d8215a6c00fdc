package org.gdlab.app.charts;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.LineSearchTrace;
import org.gdlab.core.surface.CostFunction;

/**
 * What the slice chart draws for one step's line search: the cost along the search direction,
 * φ(t) = C(w + t·d) for t from a little below the smallest trial to a little past the largest (on a
 * logarithmic scale: backtracking's trials α, ρα, ρ²α, … are then evenly spaced), the Armijo line
 * ℓ(t) = φ(0) + c₁·t·φ'(0) (points below it decrease enough), the band of t where the strong curvature
 * condition |φ'(t)| ≤ c₂·|φ'(0)| holds, and the trials ({@link LineSearchTrace}). Immutable.
 *
 * @param trace the replayed search
 * @param c1 the rule's c₁, or NaN when it has none (exact)
 * @param c2 the rule's c₂, or NaN when it checks no curvature condition (armijo, exact)
 * @param ts the sampled t, from {@link #tLow()} to {@link #tMax()}, increasing
 * @param costs φ at each sampled t
 * @param band the intervals [a, b] within [t_low, t_max] where |φ'(t)| ≤ c₂·|φ'(0)| (empty without c₂)
 */
public record SliceData(LineSearchTrace trace, double c1, double c2, double[] ts, double[] costs, List<double[]> band) {

    /** samples of φ along [0, t_max] */
    static final int SAMPLES = 400;
    /** the slice starts this factor below the smallest trial (the chart's t axis is logarithmic) */
    static final double LOW = 16;
    /** the slice reaches this factor past the largest finite trial */
    static final double MARGIN = 1.25;

    /**
     * Samples the slice and finds the band's ends: where |φ'| − c₂|φ'(0)| changes sign between two samples,
     * the end is narrowed by bisection to the resolution of double (60 halvings).
     *
     * @param f the cost
     * @return the slice of trace's step
     */
    public static SliceData of(LineSearchTrace trace, double c1, double c2, CostFunction f) {
        double tMax = 0;
        double tMin = Double.POSITIVE_INFINITY;
        for (LineSearchTrace.Trial r : trace.trials()) {
            if (Double.isFinite(r.t()) && r.t() > 0 && Double.isFinite(r.cost())) {
                tMax = Math.max(tMax, r.t());
                tMin = Math.min(tMin, r.t());
            }
        }
        tMax = tMax > 0 ? MARGIN * tMax : 1;
        double tLow = (Double.isFinite(tMin) ? tMin : tMax) / LOW;
        double[] ts = grid(trace, tLow, tMax);
        double[] costs = new double[ts.length];
        for (int i = 0; i < ts.length; i++) {
            Vec2 p = at(trace, ts[i]);
            costs[i] = f.value(p.x(), p.y());
        }
        List<double[]> band = new ArrayList<>();
        if (Double.isFinite(c2)) {
            double limit = c2 * Math.abs(trace.slope0());
            double start = -1;
            double previous = excess(trace, f, ts[0], limit);
            if (previous <= 0) {
                start = ts[0];
            }
            for (int i = 1; i < ts.length; i++) {
                double e = excess(trace, f, ts[i], limit);
                if (previous > 0 && e <= 0) {
                    start = crossing(trace, f, limit, ts[i - 1], ts[i]);
                } else if (previous <= 0 && e > 0 && start >= 0) {
                    band.add(new double[] {start, crossing(trace, f, limit, ts[i - 1], ts[i])});
                    start = -1;
                }
                previous = e;
            }
            if (start >= 0) {
                band.add(new double[] {start, tMax});
            }
        }
        return new SliceData(trace, c1, c2, ts, costs, List.copyOf(band));
    }

    /**
     * @return {@value #SAMPLES} + 1 values of t spaced evenly on a logarithmic scale from tLow to tMax, with
     *     every trial's t among them (so a band narrower than the spacing that holds a trial is still found)
     */
    private static double[] grid(LineSearchTrace trace, double tLow, double tMax) {
        java.util.TreeSet<Double> t = new java.util.TreeSet<>();
        double ratio = Math.log(tMax / tLow);
        for (int i = 0; i <= SAMPLES; i++) {
            t.add(i == SAMPLES ? tMax : tLow * Math.exp(ratio * i / SAMPLES));
        }
        for (LineSearchTrace.Trial r : trace.trials()) {
            if (r.t() > tLow && r.t() < tMax) {
                t.add(r.t());
            }
        }
        return t.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** @return the left end of the slice, t_min/{@value #LOW} */
    public double tLow() {
        return ts[0];
    }

    /** @return the right end of the slice, t_max */
    public double tMax() {
        return ts[ts.length - 1];
    }

    /**
     * @return the top of the chart's cost axis: φ(0) plus the drop from φ(0) to the lowest sampled φ (at
     *     least 1e-12·|φ(0)|), so the part of the slice that decides the step fills the chart; trials above
     *     it are drawn at the top edge
     */
    public double costTop() {
        double low = trace.cost0();
        for (double c : costs) {
            if (Double.isFinite(c)) {
                low = Math.min(low, c);
            }
        }
        return trace.cost0() + Math.max(trace.cost0() - low, 1e-12 * Math.abs(trace.cost0()) + Double.MIN_NORMAL);
    }

    /** @return ℓ(t) = φ(0) + c₁·t·φ'(0), the Armijo line (NaN without c₁) */
    public double armijoLine(double t) {
        return trace.cost0() + c1 * t * trace.slope0();
    }

    private static Vec2 at(LineSearchTrace trace, double t) {
        return new Vec2(trace.w().x() + t * trace.d().x(), trace.w().y() + t * trace.d().y());
    }

    /** @return |φ'(t)| − limit: ≤ 0 inside the band (NaN counts as outside) */
    private static double excess(LineSearchTrace trace, CostFunction f, double t, double limit) {
        Vec2 p = at(trace, t);
        double e = Math.abs(f.gradient(p.x(), p.y()).dot(trace.d())) - limit;
        return Double.isNaN(e) ? Double.POSITIVE_INFINITY : e;
    }

    /** The sign change of {@link #excess} between a and b, by bisection. */
    private static double crossing(LineSearchTrace trace, CostFunction f, double limit, double a, double b) {
        boolean aInside = excess(trace, f, a, limit) <= 0;
        for (int i = 0; i < 60 && b - a > 0; i++) {
            double m = 0.5 * (a + b);
            if (m <= a || m >= b) {
                break;
            }
            if ((excess(trace, f, m, limit) <= 0) == aInside) {
                a = m;
            } else {
                b = m;
            }
        }
        return 0.5 * (a + b);
    }
}
