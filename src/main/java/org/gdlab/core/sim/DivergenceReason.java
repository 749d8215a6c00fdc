package org.gdlab.core.sim;

/** Why a run diverged. */
public enum DivergenceReason {
    /** C(w_k) is NaN or ±∞. */
    NON_FINITE_COST,
    /** ∇C(w_k) has a NaN or ±∞ component. */
    NON_FINITE_GRADIENT,
    /** w_k itself overflowed or became NaN (or the schedule's α was not finite, so no step could be taken). */
    NON_FINITE_ITERATE,
    /** |w_k| exceeded the run's escape bound (a property of the surface: RunConfig#escapeBoundFor). */
    LEFT_BOUNDS,
    /**
     * Exact line search: along the search direction the cost kept falling as far as the search looked, so the
     * line has no minimum and no step can be taken.
     */
    UNBOUNDED_ALONG_LINE
}
