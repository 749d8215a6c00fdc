package org.gdlab.render;

import org.gdlab.core.optim.Memory;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Stepper;

/**
 * What a raced run's optimizer keeps in memory at step k, for a picture (the glyph the window draws at w_k):
 * the run stepped again from its start with its own {@link Stepper}, which reproduces the run exactly. The
 * stepper is kept between calls, so the frames of a descent (k rising) cost one pass over the run in all;
 * asking for an earlier step starts again. Memory stays constant whatever the step count. Not thread-safe.
 */
final class RunMemory {

    private final RunConfig config;
    private Stepper stepper;
    private int row;

    RunMemory(RunConfig config) {
        this.config = config;
    }

    /** @return the memory at w_k (k clamped to the run's last row): what the step leaving w_k continues from */
    Memory at(int k) {
        if (stepper == null || k < row) {
            stepper = new Stepper(config);
            row = 0;
        }
        if (stepper.current() == null) {
            return new Memory.None();
        }
        while (row < k && stepper.advance()) {
            row++;
        }
        double rate = config.rates().rate(stepper.learningRate(), row);
        return stepper.state().memory(stepper.hyperparameters(), rate);
    }
}
