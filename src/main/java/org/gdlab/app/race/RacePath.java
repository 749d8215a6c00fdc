package org.gdlab.app.race;

import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.optim.Memory;
import org.gdlab.core.optim.OptimizerState;
import org.gdlab.core.sim.RunConfig;

/**
 * The planned path of a racing run together with the optimizer state at each iterate (what it keeps in
 * memory at w_k, before the step that leaves w_k). Immutable. The run is simulated once, keeping the
 * states as it goes ({@link PlannedPath#planWithStates}).
 */
public final class RacePath {

    private final PlannedPath path;

    private RacePath(PlannedPath path) {
        this.path = path;
    }

    /** Plan c (as {@link PlannedPath#plan} without live changes), keeping the state at every iterate. */
    public static RacePath plan(RunConfig c) {
        return new RacePath(PlannedPath.planWithStates(c));
    }

    /** @return the planned path */
    public PlannedPath path() {
        return path;
    }

    /** @return the number of iterates */
    public int size() {
        return path.size();
    }

    /** @return the optimizer state at w_k (k clamped into the path), or null for an empty path */
    public OptimizerState state(int k) {
        return path.size() == 0 ? null : path.trajectory().state(clamp(k));
    }

    /** @return what the optimizer keeps in memory at w_k, as drawn (k clamped into the path) */
    public Memory memory(int k) {
        if (path.size() == 0) {
            return new Memory.None();
        }
        int kk = clamp(k);
        return state(kk).memory(path.config().hyper(), path.learningRate(kk));
    }

    private int clamp(int k) {
        return Math.max(0, Math.min(k, path.size() - 1));
    }
}
