package org.gdlab.app.viewmodel;

import org.gdlab.core.explain.Outcome;
import org.gdlab.core.explain.Reason;
import org.gdlab.core.explain.Status;

/** How the planned run ends, for the banner's colour: green, neutral or red. */
public enum RunOutcome {
    /** at a minimum: |∇C| fell below the tolerance, or the run reached the minimum at the step limit */
    CONVERGED,
    /** the step limit was reached elsewhere (oscillating, still descending, stalled) */
    STOPPED,
    /** the iterate or the cost left all finite bounds */
    DIVERGED;

    /** @return the colour of an explained end */
    public static RunOutcome of(Outcome o) {
        if (o.status() == Status.DIVERGED) {
            return DIVERGED;
        }
        return o.status() == Status.CONVERGED || o.reason() == Reason.REACHED_MINIMUM ? CONVERGED : STOPPED;
    }
}
