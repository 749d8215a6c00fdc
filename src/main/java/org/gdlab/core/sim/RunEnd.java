package org.gdlab.core.sim;

/** How a run ended. */
public sealed interface RunEnd permits Converged, MaxSteps, Diverged {

    /**
     * @return for {@link Converged} and {@link MaxSteps} the last row's step k; for {@link Diverged} the
     *     first step that could not be kept (rows 0 … step − 1 are the finite ones)
     */
    int step();
}
