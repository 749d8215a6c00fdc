package org.gdlab.cli;

import org.gdlab.core.explain.Outcome;
import org.gdlab.core.sim.StepRecord;

/** Writes a run's rows as they are computed, then how the run ended. */
interface PathWriter {

    /** Writes one row (called for rows 0, 1, 2, … in order; every row is finite). */
    void row(StepRecord r);

    /** Called once after the last row, with how the run ended and why. */
    void finish(Outcome outcome);
}
