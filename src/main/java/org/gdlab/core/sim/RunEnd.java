package org.gdlab.core.sim;

/** How a run ended. */
public sealed interface RunEnd permits Converged, MaxSteps, Diverged, Stopped {

    /**
     * @return for {@link Converged}, {@link MaxSteps} and {@link Stopped} the last row's step k; for {@link Diverged} the
     *     first step that could not be kept (rows 0 … step − 1 are the finite ones)
     */
    int step();

    /** @return true when the last kept row is the one the last attempted step left from (diverged, stopped) */
    default boolean endedByAttempt() {
        return this instanceof Diverged || this instanceof Stopped;
    }
}
