package org.gdlab.core.batch;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.RunEnd;

/**
 * A finished run reduced to what a sweep or a basin map needs: its last finite row and how it ended.
 *
 * @param last the last finite iterate w_k (the start when even row 0 was not admissible)
 * @param cost C(last) (NaN when row 0 was not admissible)
 * @param gradientNorm |∇C(last)| (NaN when row 0 was not admissible)
 * @param end how the run ended, exactly as {@link org.gdlab.core.sim.Simulation#run} reports it
 */
public record RunSummary(Vec2 last, double cost, double gradientNorm, RunEnd end) {

    /**
     * @return the steps taken: k of the last row for a converged or exhausted run, and for a diverged run
     *     the step s that could not be kept (so "diverged at step s" and "s steps taken" agree)
     */
    public int steps() {
        return end.step();
    }

    /** @return true when the run diverged */
    public boolean diverged() {
        return end instanceof Diverged;
    }
}
