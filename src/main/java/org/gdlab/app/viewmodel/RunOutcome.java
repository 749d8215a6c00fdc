package org.gdlab.app.viewmodel;

import org.gdlab.core.sim.Converged;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.RunEnd;

/** How the planned run ends, for the banner's colour: green, neutral or red. */
public enum RunOutcome {
    /** |∇C| fell below the tolerance */
    CONVERGED,
    /** the step limit was reached first */
    STOPPED,
    /** the iterate or the cost left all finite bounds */
    DIVERGED;

    /** @return the outcome of a run end */
    public static RunOutcome of(RunEnd end) {
        if (end instanceof Converged) {
            return CONVERGED;
        }
        return end instanceof Diverged ? DIVERGED : STOPPED;
    }
}
