package org.gdlab.core.sweep;

import java.util.OptionalInt;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.RunEnd;

/**
 * The outcome of one learning rate of a sweep.
 *
 * @param learningRate α
 * @param finalCost C at the last finite iterate (NaN if even the start was not admissible)
 * @param finalGradientNorm |∇C| there (NaN likewise)
 * @param steps the steps taken: the last row's k, or for a divergent run the step that could not be kept
 * @param end how the run ended (converged, step limit, diverged with its reason)
 */
public record SweepPoint(double learningRate, double finalCost, double finalGradientNorm, int steps, RunEnd end) {

    /** @return true when the run diverged */
    public boolean diverged() {
        return end instanceof Diverged;
    }

    /** @return the step at which the run diverged, or empty if it did not */
    public OptionalInt divergedAt() {
        return end instanceof Diverged d ? OptionalInt.of(d.step()) : OptionalInt.empty();
    }
}
