package org.gdlab.core.optim;

/**
 * Why a line-search rule could not take its step (a closed set): the loops that run a kernel
 * ({@link org.gdlab.core.sim.Stepper} and the batch runners) end the run when a kernel reports one of these
 * for a lane ({@link UpdateKernel#halt}). Rules with a fixed α never halt.
 */
public enum Halt {
    /** the step was taken */
    NONE,
    /** no step within the search's budget satisfied its conditions (armijo, wolfe, cg, bfgs, lbfgs) */
    LINE_SEARCH_FAILED,
    /** Polyak: C(w) &lt; C*, which contradicts the C* given */
    BELOW_CSTAR,
    /**
     * exact line search: along the search direction the cost kept falling as far as the search looked
     * (t up to {@link LineSearch#T_MAX}): the line has no minimum
     */
    UNBOUNDED_ALONG_LINE;

    /** @return the halt stored as code in a kernel's state (its ordinal) */
    static Halt of(double code) {
        return values()[(int) code];
    }
}
