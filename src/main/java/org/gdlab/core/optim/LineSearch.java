package org.gdlab.core.optim;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameter.Range;
import org.gdlab.core.optim.Hyperparameter.Scale;
import org.gdlab.core.optim.Hyperparameter.Slider;
import org.gdlab.core.surface.CostFunction;

/**
 * The one-dimensional searches along a direction d from w, on φ(t) = C(w + t·d) with φ'(t) = ∇C(w + t·d)ᵀd
 * and φ'(0) &lt; 0 (d a descent direction). Each returns the accepted t &gt; 0, or {@link #FAILED} when no
 * t within its budget satisfies its conditions, or (exact search only) {@link #UNBOUNDED}. The trial point
 * is always computed as (x + t·dx, y + t·dy), the same expression the loops use for w_{k+1}, so the
 * conditions checked hold for the step taken. Written by hand (no line-search library is on the class path;
 * these are a few dozen lines each, and the app must show their exact trials). Every search reports its
 * start and each trial (t, φ(t), φ'(t)) to a {@link TrialRecorder} when it is handed one as the cost (the
 * app's replay of one step, {@link LineSearchTrace}); with any other cost nothing is reported.
 *
 * <ul>
 *   <li>{@link #armijo}: backtracking: t = t₀, t₀ρ, t₀ρ², … until φ(t) ≤ φ(0) + c₁·t·φ'(0), at most
 *       {@value #ARMIJO_REDUCTIONS} reductions.</li>
 *   <li>{@link #strongWolfe}: Nocedal &amp; Wright, Numerical Optimization (2nd ed.), Algorithms 3.5
 *       (bracketing: t doubles from t₀ up to {@link #T_MAX}) and 3.6 (zoom, by safeguarded cubic
 *       interpolation, eq. 3.59, falling back to bisection), until φ(t) ≤ φ(0) + c₁·t·φ'(0) and
 *       |φ'(t)| ≤ c₂·|φ'(0)|; at most {@value #WOLFE_EVALUATIONS} evaluations of C and ∇C.</li>
 *   <li>{@link #exact}: the minimiser of φ. First the Newton step of φ from 0, t = −φ'(0)/(dᵀ∇²C(w)d), which
 *       on a quadratic is the exact minimiser (t = gᵀg/gᵀAg for d = −g); it is accepted when
 *       |φ'(t)| ≤ {@value #EXACT_TOLERANCE}·|φ'(0)|. Otherwise a bracket [a, b] with φ'(a) &lt; 0 &lt; φ'(b)
 *       is found (doubling up to {@link #T_MAX}; none: {@link #UNBOUNDED}) and narrowed by regula falsi
 *       (Illinois variant) and bisection to the same tolerance, or to a bracket of relative width 10⁻¹⁴,
 *       or {@value #EXACT_ITERATIONS} iterations.</li>
 * </ul>
 */
final class LineSearch {

    /** The largest step length any search tries: 1e10. */
    static final double T_MAX = 1e10;
    /** Armijo's budget: at most 60 reductions by ρ. */
    static final int ARMIJO_REDUCTIONS = 60;
    /** The strong Wolfe search's budget: at most 30 evaluations of C and ∇C. */
    static final int WOLFE_EVALUATIONS = 30;
    /** The exact search stops when |φ'(t)| ≤ 1e-10·|φ'(0)|. */
    static final double EXACT_TOLERANCE = 1e-10;
    /** The exact search's budget of narrowing iterations. */
    static final int EXACT_ITERATIONS = 100;
    /** Returned when no step was accepted. */
    static final double FAILED = Double.NaN;
    /** Returned by the exact search when φ falls as far as it looks. */
    static final double UNBOUNDED = Double.POSITIVE_INFINITY;

    /** c₁ ∈ (0, 1), default 1e-4 (Nocedal &amp; Wright's). */
    static final Hyperparameter C1 = Hyperparameter.real("c1", "c₁",
            "Sufficient decrease: a step t is accepted only if C(w + t·d) ≤ C(w) + c₁·t·∇C(w)ᵀd.",
            new Range(0, true, 1, true), 1e-4, new Slider(Scale.LOG, 1e-6, 0.5));

    /** Which one-dimensional search cg, bfgs and lbfgs use: wolfe (default) or exact. */
    static final Hyperparameter LINE_SEARCH = Hyperparameter.choice("line_search", "line search",
            "How the step along the direction is chosen: the strong Wolfe conditions, or the exact minimum along the line.",
            List.of("wolfe", "exact"), 0);

    /** @return c₂ ∈ (0, 1) with the given default (0.9 for wolfe, bfgs, lbfgs; 0.1 for cg) */
    static Hyperparameter c2(double defaultValue) {
        return Hyperparameter.real("c2", "c₂",
                "Curvature: the accepted t also has |∇C(w + t·d)ᵀd| ≤ c₂·|∇C(w)ᵀd| (c₂ > c₁).",
                new Range(0, true, 1, true), defaultValue, new Slider(Scale.LINEAR, 0.01, 0.99));
    }

    private LineSearch() {
    }

    /**
     * The search chosen by {@link #LINE_SEARCH}: strong Wolfe (value 0) or exact (value 1).
     *
     * @return as {@link #strongWolfe} or {@link #exact}
     */
    static double chosen(double lineSearch, CostFunction f, double x, double y, double c0, double slope0,
            double dx, double dy, double t0, double c1, double c2) {
        return lineSearch == 1 ? exact(f, x, y, slope0, dx, dy) : strongWolfe(f, x, y, c0, slope0, dx, dy, t0, c1, c2);
    }

    /**
     * Backtracking (Armijo).
     *
     * @param c0 φ(0) = C(w)
     * @param slope0 φ'(0) &lt; 0
     * @param t0 the first trial
     * @param rho the shrink factor ρ ∈ (0, 1)
     * @param c1 c₁
     * @return the first t = t₀ρʲ, j ≤ {@value #ARMIJO_REDUCTIONS}, with φ(t) ≤ φ(0) + c₁·t·φ'(0), or {@link #FAILED}
     */
    static double armijo(CostFunction f, double x, double y, double c0, double slope0, double dx, double dy,
            double t0, double rho, double c1) {
        TrialRecorder.start(f, x, y, dx, dy, c0, slope0);
        double t = t0;
        for (int j = 0; j <= ARMIJO_REDUCTIONS; j++) {
            double phi = f.value(x + t * dx, y + t * dy);
            TrialRecorder.trial(f, t, phi, Double.NaN);
            if (phi <= c0 + c1 * t * slope0) {
                return t;
            }
            t *= rho;
        }
        return FAILED;
    }

    /**
     * A step satisfying the strong Wolfe conditions (Nocedal &amp; Wright, Algorithms 3.5 and 3.6).
     *
     * @param c0 φ(0)
     * @param slope0 φ'(0) &lt; 0
     * @param t0 the first trial
     * @return t with φ(t) ≤ φ(0) + c₁tφ'(0) and |φ'(t)| ≤ c₂|φ'(0)|, or {@link #FAILED}
     */
    static double strongWolfe(CostFunction f, double x, double y, double c0, double slope0, double dx, double dy,
            double t0, double c1, double c2) {
        TrialRecorder.start(f, x, y, dx, dy, c0, slope0);
        Line line = new Line(f, x, y, dx, dy);
        double tPrev = 0;
        double phiPrev = c0;
        double slopePrev = slope0;
        double t = Math.min(t0, T_MAX);
        for (int i = 1; line.evaluations < WOLFE_EVALUATIONS; i++) {
            line.at(t);
            double phi = line.phi;
            double slope = line.slope;
            if (!(phi <= c0 + c1 * t * slope0) || (i > 1 && phi >= phiPrev)) {
                return zoom(line, c0, slope0, c1, c2, tPrev, phiPrev, slopePrev, t, phi, slope);
            }
            if (Math.abs(slope) <= -c2 * slope0) {
                return t;
            }
            if (slope >= 0) {
                return zoom(line, c0, slope0, c1, c2, t, phi, slope, tPrev, phiPrev, slopePrev);
            }
            if (t >= T_MAX) {
                return FAILED;
            }
            tPrev = t;
            phiPrev = phi;
            slopePrev = slope;
            t = Math.min(2 * t, T_MAX);
        }
        return FAILED;
    }

    /** Algorithm 3.6: lo satisfies sufficient decrease with the lowest φ so far, φ'(lo)(hi − lo) &lt; 0. */
    private static double zoom(Line line, double c0, double slope0, double c1, double c2, double lo, double phiLo,
            double slopeLo, double hi, double phiHi, double slopeHi) {
        while (line.evaluations < WOLFE_EVALUATIONS) {
            if (Math.abs(hi - lo) <= 1e-16 * Math.max(Math.abs(lo), Math.abs(hi))) {
                return FAILED;
            }
            double t = cubic(lo, phiLo, slopeLo, hi, phiHi, slopeHi);
            line.at(t);
            double phi = line.phi;
            double slope = line.slope;
            if (!(phi <= c0 + c1 * t * slope0) || phi >= phiLo) {
                hi = t;
                phiHi = phi;
                slopeHi = slope;
            } else {
                if (Math.abs(slope) <= -c2 * slope0) {
                    return t;
                }
                if (slope * (hi - lo) >= 0) {
                    hi = lo;
                    phiHi = phiLo;
                    slopeHi = slopeLo;
                }
                lo = t;
                phiLo = phi;
                slopeLo = slope;
            }
        }
        return FAILED;
    }

    /**
     * The minimiser of the cubic through (a, φa, φ'a) and (b, φb, φ'b) (Nocedal &amp; Wright eq. 3.59),
     * kept at least a tenth of |b − a| from both ends; the midpoint when the cubic gives nothing usable.
     */
    static double cubic(double a, double fa, double da, double b, double fb, double db) {
        double lowEnd = Math.min(a, b);
        double highEnd = Math.max(a, b);
        double margin = 0.1 * (highEnd - lowEnd);
        double d1 = da + db - 3 * (fa - fb) / (a - b);
        double disc = d1 * d1 - da * db;
        double mid = 0.5 * (a + b);
        if (!(disc >= 0) || !Double.isFinite(fb) || !Double.isFinite(db)) {
            return mid;
        }
        double d2 = Math.signum(b - a) * Math.sqrt(disc);
        double t = b - (b - a) * (db + d2 - d1) / (db - da + 2 * d2);
        if (!Double.isFinite(t) || t < lowEnd + margin || t > highEnd - margin) {
            return mid;
        }
        return t;
    }

    /**
     * The exact minimiser of φ along d (see the class comment).
     *
     * @param slope0 φ'(0) &lt; 0
     * @return t &gt; 0 with |φ'(t)| ≤ {@value #EXACT_TOLERANCE}·|φ'(0)| (or the narrowed bracket's end),
     *     or {@link #UNBOUNDED} when φ'(t) &lt; 0 for every t up to {@link #T_MAX}
     */
    static double exact(CostFunction f, double x, double y, double slope0, double dx, double dy) {
        TrialRecorder.start(f, x, y, dx, dy, Double.NaN, slope0);
        Line line = new Line(f, x, y, dx, dy);
        double tol = EXACT_TOLERANCE * Math.abs(slope0);
        Sym2 h = f.hessian(x, y);
        double curvature = dx * (h.xx() * dx + h.xy() * dy) + dy * (h.xy() * dx + h.yy() * dy);
        double t = curvature > 0 ? -slope0 / curvature : 1;
        if (!(t > 0) || !Double.isFinite(t)) {
            t = 1;
        }
        line.at(t);
        if (Math.abs(line.slope) <= tol) {
            return t;
        }
        double lo = 0;
        double slopeLo = slope0;
        double hi = t;
        double slopeHi = line.slope;
        while (slopeHi < 0) {
            if (hi >= T_MAX) {
                return UNBOUNDED;
            }
            lo = hi;
            slopeLo = slopeHi;
            hi = Math.min(2 * hi, T_MAX);
            line.at(hi);
            slopeHi = line.slope;
            if (Math.abs(slopeHi) <= tol) {
                return hi;
            }
        }
        if (!Double.isFinite(slopeHi)) {
            slopeHi = Double.MAX_VALUE;
        }
        int side = 0;
        for (int i = 0; i < EXACT_ITERATIONS && hi - lo > 1e-14 * hi; i++) {
            double c = lo - slopeLo * (hi - lo) / (slopeHi - slopeLo);
            if (!(c > lo && c < hi)) {
                c = 0.5 * (lo + hi);
            }
            line.at(c);
            double s = line.slope;
            if (Math.abs(s) <= tol) {
                return c;
            }
            if (s < 0) {
                lo = c;
                slopeLo = s;
                if (side == -1) {
                    slopeHi *= 0.5;
                }
                side = -1;
            } else {
                hi = c;
                slopeHi = Double.isFinite(s) ? s : Double.MAX_VALUE;
                if (side == 1) {
                    slopeLo *= 0.5;
                }
                side = 1;
            }
        }
        return lo > 0 ? lo : hi;
    }

    /** MUTABLE: φ and φ' at the last t asked for, and how many evaluations were made. */
    private static final class Line {
        private final CostFunction f;
        private final double x;
        private final double y;
        private final double dx;
        private final double dy;
        private double phi;
        private double slope;
        private int evaluations;

        Line(CostFunction f, double x, double y, double dx, double dy) {
            this.f = f;
            this.x = x;
            this.y = y;
            this.dx = dx;
            this.dy = dy;
        }

        void at(double t) {
            double px = x + t * dx;
            double py = y + t * dy;
            phi = f.value(px, py);
            Vec2 g = f.gradient(px, py);
            slope = g.x() * dx + g.y() * dy;
            evaluations++;
            TrialRecorder.trial(f, t, phi, slope);
        }
    }
}
