package org.gdlab.app.race;

import java.util.List;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.optim.Memory;
import org.gdlab.core.optim.OptimizerState;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Stepper;

/**
 * The planned path of a racing run together with the optimizer state at each iterate (what it keeps in
 * memory at w_k, before the step that leaves w_k). Immutable.
 */
public final class RacePath {

    private final PlannedPath path;
    private final OptimizerState[] states;

    private RacePath(PlannedPath path, OptimizerState[] states) {
        this.path = path;
        this.states = states;
    }

    /** Plan c (as {@link PlannedPath#plan} without live changes) and replay it once to record the states. */
    public static RacePath plan(RunConfig c) {
        PlannedPath p = PlannedPath.plan(c, List.of());
        OptimizerState[] states = new OptimizerState[p.size()];
        if (p.size() > 0) {
            Stepper s = new Stepper(c);
            states[0] = s.state();
            for (int k = 1; k < p.size() && s.advance(); k++) {
                states[k] = s.state();
            }
        }
        return new RacePath(p, states);
    }

    /** @return the planned path */
    public PlannedPath path() {
        return path;
    }

    /** @return the number of iterates */
    public int size() {
        return path.size();
    }

    /** @return the optimizer state at w_k (k clamped into the path) */
    public OptimizerState state(int k) {
        return states[Math.max(0, Math.min(k, states.length - 1))];
    }

    /** @return what the optimizer keeps in memory at w_k, as drawn (k clamped into the path) */
    public Memory memory(int k) {
        int kk = Math.max(0, Math.min(k, path.size() - 1));
        OptimizerState s = state(kk);
        return s == null ? new Memory.None() : s.memory(path.config().hyper(), path.learningRate(kk));
    }
}
