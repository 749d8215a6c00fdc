package org.gdlab.core.sim;

/**
 * The checks that decide, after every step, whether a run goes on, and how it ends: written once, used by
 * the {@link Stepper} and by the batch runners ({@code org.gdlab.core.batch}), in this order:
 * <ol>
 *   <li>the iterate is finite ({@link Verdict#NON_FINITE_ITERATE}) and |w| ≤ R ({@link Verdict#OUTSIDE});</li>
 *   <li>the cost C(w) is finite ({@link Verdict#NON_FINITE_COST});</li>
 *   <li>the gradient ∇C(w) is finite ({@link Verdict#NON_FINITE_GRADIENT});</li>
 *   <li>|∇C(w)| &lt; tolerance: {@link Verdict#CONVERGED};</li>
 *   <li>the step limit is reached: {@link Verdict#MAX_STEPS};</li>
 *   <li>otherwise {@link Verdict#GOES_ON}.</li>
 * </ol>
 * The norm tests compare squares first and fall back to {@link Math#hypot} (what
 * {@link org.gdlab.core.math.Vec2#norm} uses) only within a relative 1e-9 band around the threshold, where
 * rounding could matter; outside the band the answer is the same (the squared sum has relative error
 * ≤ 3·2⁻⁵³), so every caller decides exactly as {@code hypot} would.
 */
public final class Admissibility {

    /** What the checks say about an iterate. */
    public enum Verdict {
        /** admissible, and the run goes on */
        GOES_ON,
        /** admissible, and |∇C| &lt; tolerance */
        CONVERGED,
        /** admissible, and the step limit is reached */
        MAX_STEPS,
        /** the iterate is NaN or infinite */
        NON_FINITE_ITERATE,
        /** |w| &gt; R */
        OUTSIDE,
        /** C(w) is NaN or infinite */
        NON_FINITE_COST,
        /** ∇C(w) is NaN or infinite */
        NON_FINITE_GRADIENT
    }

    private static final double BAND = 1e-9;

    private Admissibility() {
    }

    /**
     * Check 1, before evaluating C at w.
     *
     * @return {@link Verdict#GOES_ON} when w = (x, y) is finite and |w| ≤ radius, otherwise why not
     */
    public static Verdict iterate(double x, double y, double radius) {
        if (!(Double.isFinite(x) && Double.isFinite(y))) {
            return Verdict.NON_FINITE_ITERATE;
        }
        return normAbove(x, y, radius) ? Verdict.OUTSIDE : Verdict.GOES_ON;
    }

    /**
     * Checks 2 to 6, after evaluating C and ∇C at an iterate that passed {@link #iterate}.
     *
     * @param cost C(w)
     * @param gx ∂C/∂x at w
     * @param gy ∂C/∂y at w
     * @param step the iterate's step number k
     * @param tolerance converged when |∇C| &lt; tolerance
     * @param maxSteps the step limit
     * @return the verdict
     */
    public static Verdict evaluated(double cost, double gx, double gy, int step, double tolerance, int maxSteps) {
        if (!Double.isFinite(cost)) {
            return Verdict.NON_FINITE_COST;
        }
        if (!(Double.isFinite(gx) && Double.isFinite(gy))) {
            return Verdict.NON_FINITE_GRADIENT;
        }
        if (normBelow(gx, gy, tolerance)) {
            return Verdict.CONVERGED;
        }
        return step >= maxSteps ? Verdict.MAX_STEPS : Verdict.GOES_ON;
    }

    /** @return exactly {@code Math.hypot(x, y) > r} for finite x, y (false when r = +∞) */
    public static boolean normAbove(double x, double y, double r) {
        double s = x * x + y * y;
        double r2 = r * r;
        if (s < 1e300 && r2 > 1e-290 && r2 < 1e300) {
            if (s < r2 * (1 - BAND)) {
                return false;
            }
            if (s > r2 * (1 + BAND)) {
                return true;
            }
        }
        return Math.hypot(x, y) > r;
    }

    /** @return exactly {@code Math.hypot(x, y) < t} for finite x, y */
    public static boolean normBelow(double x, double y, double t) {
        double s = x * x + y * y;
        double t2 = t * t;
        if (s < 1e300 && t2 > 1e-290 && t2 < 1e300) {
            if (s < t2 * (1 - BAND)) {
                return true;
            }
            if (s > t2 * (1 + BAND)) {
                return false;
            }
        }
        return Math.hypot(x, y) < t;
    }
}
