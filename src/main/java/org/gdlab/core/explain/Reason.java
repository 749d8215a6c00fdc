package org.gdlab.core.explain;

/**
 * Why a run ended as it did: a closed set, each reason belonging to one {@link Status}. The codes are a
 * contract of the command line's JSON ({@code "reason"}) and are documented in the README. How
 * {@link Explainer} chooses among them, and in which order it tries them, is written in its Javadoc.
 */
public enum Reason {
    /** |∇C(w_k)| &lt; tol: the run stopped early. */
    CONVERGED(Status.CONVERGED, "converged"),
    /** At the step limit, at a minimum as far as double arithmetic can tell. */
    REACHED_MINIMUM(Status.MAX_STEPS, "reached_minimum"),
    /** At the step limit, bouncing within a bounded set without getting lower (a 2-cycle, chatter at a kink, noise). */
    OSCILLATING(Status.MAX_STEPS, "oscillating"),
    /** At the step limit, with the cost still falling. */
    STILL_DESCENDING(Status.MAX_STEPS, "still_descending"),
    /** At the step limit, barely moving: a plateau, or α far too small for the gradient there. */
    STALLED(Status.MAX_STEPS, "stalled"),
    /** Diverged because α is above the rule's stability limit, which the sentence names. */
    STEP_TOO_LARGE(Status.DIVERGED, "step_too_large"),
    /** Diverged while the cost fell without bound along the path. */
    UNBOUNDED_BELOW(Status.DIVERGED, "unbounded_below"),
    /** Diverged because the function itself gave NaN or ∞ where the run arrived. */
    NON_FINITE(Status.DIVERGED, "non_finite"),
    /** Diverged otherwise: the iterate left the escape bound (or the step itself overflowed). */
    LEFT_BOUND(Status.DIVERGED, "left_bound"),
    /** Stopped: no step within the line search's budget satisfied its conditions. */
    LINE_SEARCH_FAILED(Status.STOPPED, "line_search_failed"),
    /** Stopped: Polyak's step met C(w) &lt; C*, which the C* given contradicts. */
    BELOW_CSTAR(Status.STOPPED, "below_cstar");

    private final Status status;
    private final String code;

    Reason(Status status, String code) {
        this.status = status;
        this.code = code;
    }

    /** @return the status this reason belongs to */
    public Status status() {
        return status;
    }

    /** @return the code written in JSON, e.g. {@code reached_minimum} */
    public String code() {
        return code;
    }
}
