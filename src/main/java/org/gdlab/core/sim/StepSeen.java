package org.gdlab.core.sim;

import java.util.Optional;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.MiniBatches;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.LineSearchTrace;

/**
 * What the step leaving w_k works with, replayed for a picture of that step: its line search (the trials
 * the rule made along d_k) and, on a mini-batch run, the gradient of its batch ∇J_B(w_k). The window's
 * slice tab, its update panel and its plot's marks, and every export's frames (the animated GIF and
 * {@code gdlab render}) ask here, so they show the same numbers. Stateless.
 */
public final class StepSeen {

    private StepSeen() {
    }

    /**
     * Replays the line search of the step leaving the stepper's current row w_k ({@link LineSearchTrace#replay}
     * with the rule's kernel at the stepper's hyperparameters, its state at w_k, the exact ∇C(w_k) and
     * α_k = schedule(α, k)). Does not move the stepper.
     *
     * @return the trace; empty when the start could not be used, when the run has ended at w_k (no step
     *     leaves it), or when the rule makes no line search (gd, momentum, polyak, bb, …)
     */
    public static Optional<LineSearchTrace> lineSearch(Stepper s) {
        StepRecord now = s.current();
        if (now == null || s.end() != null) {
            return Optional.empty();
        }
        RunConfig c = s.config();
        double rate = c.rates().rate(s.learningRate(), now.step());
        return LineSearchTrace.replay(c.kernel(s.hyperparameters()), s.state(), c.function(), now.w(),
                now.gradient(), rate);
    }

    /**
     * @return ∇J_B(w) = (1/|B_k|) Σ_{i ∈ B_k} ∇ℓᵢ(w), the gradient of step k's mini-batch B_k
     *     ({@link MiniBatches}) at w, as the {@link Stepper} hands it to the optimizer (before noise and
     *     clipping); null when the run is not a mini-batch run. The caller says whether a step leaves w_k.
     */
    public static Vec2 batchGradient(RunConfig c, int k, Vec2 w) {
        if (!c.miniBatch() || !(c.function() instanceof DataCost cost)) {
            return null;
        }
        return new MiniBatches.Cursor(c.miniBatches()).batchGradient(cost, k, w.x(), w.y());
    }
}
