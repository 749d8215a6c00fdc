package org.gdlab.core.sim;

import org.gdlab.core.math.NumberText;
import org.gdlab.core.math.Vec2;

/** The sentences of {@link Diverged#message()}, in words a student understands. */
final class DivergenceMessages {

    private DivergenceMessages() {
    }

    static Diverged cost(int step, double c) {
        String what = Double.isNaN(c) ? "the cost is undefined (NaN)"
                : c > 0 ? "the cost overflowed to infinity" : "the cost fell to minus infinity";
        return new Diverged(step, DivergenceReason.NON_FINITE_COST, what + " at step " + step);
    }

    static Diverged gradient(int step, Vec2 g) {
        String what = Double.isNaN(g.x()) || Double.isNaN(g.y()) ? "the gradient is undefined (NaN)"
                : "the gradient overflowed to infinity";
        return new Diverged(step, DivergenceReason.NON_FINITE_GRADIENT, what + " at step " + step);
    }

    static Diverged iterate(int step, Vec2 w) {
        String what = Double.isNaN(w.x()) || Double.isNaN(w.y()) ? "the iterate became undefined (NaN)"
                : "the iterate overflowed to infinity";
        return new Diverged(step, DivergenceReason.NON_FINITE_ITERATE, what + " at step " + step);
    }

    static Diverged rate(int step, double rate) {
        return new Diverged(step, DivergenceReason.NON_FINITE_ITERATE, "the schedule's learning rate at step "
                + (step - 1) + " is " + compact(rate) + ", so step " + step + " cannot be taken");
    }

    static Diverged bounds(int step, Vec2 w, double radius) {
        return new Diverged(step, DivergenceReason.LEFT_BOUNDS, "the iterate left |w| ≤ " + compact(radius)
                + " at step " + step + " (|w| = " + compact(w.norm()) + ")");
    }

    static Diverged unboundedAlongLine(int step) {
        return new Diverged(step, DivergenceReason.UNBOUNDED_ALONG_LINE, "from step " + (step - 1)
                + " the cost keeps falling along the search direction as far as the exact line search looks (t up to "
                + compact(1e10) + "), so step " + step + " cannot be taken");
    }

    static Stopped lineSearchFailed(int step) {
        return new Stopped(step, StopReason.LINE_SEARCH_FAILED, "no step length satisfied the line search's conditions within its budget at step " + step);
    }

    static Stopped belowCstar(int step, double cost, double cstar) {
        int digits = 3;
        while (digits < 17 && NumberText.significant(cost, digits).equals(NumberText.significant(cstar, digits))) {
            digits++; // as many digits as it takes to show C below C*
        }
        return new Stopped(step, StopReason.BELOW_CSTAR, "C = " + NumberText.significant(cost, digits) + " at step "
                + step + " is below the C* = " + NumberText.significant(cstar, digits) + " given, so C* is not the minimum value");
    }

    /**
     * @return v with three significant digits in the one text form of numbers ({@link NumberText}):
     *     "1.00e6", "7.07e4", "12.5"
     */
    static String compact(double v) {
        return NumberText.significant(v, 3);
    }
}
