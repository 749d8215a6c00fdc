package org.gdlab.render;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.LineSearchTrace;
import org.gdlab.core.optim.Memory;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.StepRecord;
import org.gdlab.core.sim.StepSeen;
import org.gdlab.core.sim.Stepper;

/**
 * One run stepped again from its start with its own {@link Stepper} (which reproduces the run exactly), for
 * what a picture of step k shows beside the path and the window computes the same way: what its optimizer
 * keeps in memory at w_k (the glyph of a raced run), the line search of the step leaving w_k and the
 * gradient of that step's mini-batch ({@link StepSeen}). The stepper is kept between calls, so the frames
 * of a descent (k rising) cost one pass over the run in all; asking for an earlier step starts again.
 * Memory stays constant whatever the step count: one step's marks at a time. Not thread-safe.
 */
final class RunReplay {

    private final RunConfig config;
    private Stepper stepper;
    private int row;

    RunReplay(RunConfig config) {
        this.config = config;
    }

    /** @return the memory at w_k (k clamped to the run's last row): what the step leaving w_k continues from */
    Memory memory(int k) {
        Stepper s = at(k);
        if (s.current() == null) {
            return new Memory.None();
        }
        double rate = config.rates().rate(s.learningRate(), row);
        return s.state().memory(s.hyperparameters(), rate);
    }

    /**
     * @return the line search of the step leaving w_k, or null: a rule that makes none (not stepped at all
     *     then), or no step leaves w_k (k at or past the run's last row)
     */
    LineSearchTrace lineSearch(int k) {
        if (!config.optimizer().choosesStepLength()) {
            return null;
        }
        Stepper s = at(k);
        return s.current() == null || row != k ? null : StepSeen.lineSearch(s).orElse(null);
    }

    /**
     * @return {w_k, ∇C(w_k), ∇J_B(w_k)} of a mini-batch run's step k, or null: a full-batch run (not stepped
     *     at all then), or no step leaves w_k
     */
    Vec2[] batchStep(int k) {
        if (!config.miniBatch()) {
            return null;
        }
        Stepper s = at(k);
        StepRecord now = s.current();
        if (now == null || row != k || s.end() != null) {
            return null;
        }
        return new Vec2[] {now.w(), now.gradient(), StepSeen.batchGradient(config, k, now.w())};
    }

    /** @return the stepper moved to row k, or to the run's last row before it */
    private Stepper at(int k) {
        if (stepper == null || k < row) {
            stepper = new Stepper(config);
            row = 0;
        }
        if (stepper.current() == null) {
            return stepper;
        }
        while (row < k && stepper.advance()) {
            row++;
        }
        return stepper;
    }
}
