package org.gdlab.core.basin;

/** Where a run from one start ended up. */
public enum OutcomeKind {
    /** converged within the match radius of a minimum listed in the surface's known points */
    KNOWN_MINIMUM,
    /**
     * converged to a point that is not a listed minimum and whose Hessian does not show it to be a saddle or
     * maximum (a positive-definite or degenerate Hessian: a minimum found by the run)
     */
    OTHER_MINIMUM,
    /** converged (|∇C| &lt; tolerance) to a point whose Hessian has a negative eigenvalue */
    SADDLE_OR_MAXIMUM,
    /** the run diverged (non-finite numbers or |w| beyond the escape bound) */
    DIVERGED,
    /** the step limit ran out before |∇C| fell below the tolerance, or a line search stopped the run */
    NOT_CONVERGED
}
