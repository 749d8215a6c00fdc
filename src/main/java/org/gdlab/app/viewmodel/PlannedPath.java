package org.gdlab.app.viewmodel;

import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.gdlab.core.explain.Explainer;
import org.gdlab.core.explain.Outcome;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.RunEnd;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;

/**
 * The whole planned path of one run, up to the step limit: the iterates w_0 … w_{n-1} (all finite), their
 * cost, gradient and the α used for the step leaving them, plus how the run ended and the live α changes it
 * replayed, and why it ended ({@link Outcome}, from the core's {@link Explainer}). Immutable; a view of the
 * run's {@link Trajectory} (no copy of its arrays).
 */
public final class PlannedPath implements org.gdlab.render.paint.PathPoints {

    private final Trajectory trajectory;
    private final List<RateChange> changes;
    private final Outcome outcome;
    /** on a mini-batch run, J_B at w_k over step k's batch (NaN at the last iterate); else null */
    private final double[] batchLoss;

    private PlannedPath(Trajectory trajectory, List<RateChange> changes) {
        this.trajectory = trajectory;
        this.changes = List.copyOf(changes);
        this.outcome = Explainer.explain(trajectory);
        this.batchLoss = batchLosses(trajectory);
    }

    /**
     * The loss each step's mini-batch had where the step left from, J_B(w_k) = (1/|B|) Σ_{i∈B_k} ℓᵢ(w_k) with
     * B_k the batch {@link org.gdlab.core.data.MiniBatches} draws for step k (as the CLI's {@code batch_loss}
     * column); computed here, on the worker that plans the path, as the trajectory records only the full loss.
     */
    private static double[] batchLosses(Trajectory t) {
        RunConfig c = t.config();
        if (!c.miniBatch() || !(c.function() instanceof org.gdlab.core.data.DataCost cost)) {
            return null;
        }
        org.gdlab.core.data.MiniBatches.Cursor cursor = new org.gdlab.core.data.MiniBatches.Cursor(c.miniBatches());
        double[] out = new double[t.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = k + 1 < out.length ? cursor.batchValue(cost, k, t.x(k), t.y(k)) : Double.NaN;
        }
        return out;
    }

    /** @return true on a mini-batch run: {@link #batchLoss} is there */
    public boolean hasBatchLoss() {
        return batchLoss != null;
    }

    /** @return the loss over step k's mini-batch at w_k (NaN at the last iterate, or on a full-batch run) */
    public double batchLoss(int k) {
        return batchLoss == null ? Double.NaN : batchLoss[k];
    }

    /**
     * Plan a run. Without live changes this is {@link Simulation#run}; with them each change applies as
     * {@link org.gdlab.core.sim.Stepper#setLearningRate} at its step, so the path is the one the user saw,
     * continued with the new α.
     */
    public static PlannedPath plan(RunConfig config, List<RateChange> changes) {
        return new PlannedPath(Simulation.run(config, rates(changes), false), changes);
    }

    /**
     * Plans a run once and keeps the optimizer's state at every iterate ({@link Trajectory#state}).
     *
     * @param config the run
     * @return its path, with states
     */
    public static PlannedPath planWithStates(RunConfig config) {
        return new PlannedPath(Simulation.run(config, new TreeMap<>(), true), List.of());
    }

    /** @return the changes as step → α, a later change at the same step winning */
    private static NavigableMap<Integer, Double> rates(List<RateChange> changes) {
        NavigableMap<Integer, Double> m = new TreeMap<>();
        for (RateChange c : changes) {
            m.put(c.step(), c.learningRate());
        }
        return m;
    }

    /** @return the run itself (with the optimizer's states if planned {@link #planWithStates with states}) */
    public Trajectory trajectory() {
        return trajectory;
    }

    /** @return the number of finite iterates; 0 only when the start itself is not admissible */
    public int size() {
        return trajectory.size();
    }

    public double x(int k) {
        return trajectory.x(k);
    }

    public double y(int k) {
        return trajectory.y(k);
    }

    /** @return C(w_k) */
    public double cost(int k) {
        return trajectory.cost(k);
    }

    /** @return ∂C/∂x at w_k */
    public double gx(int k) {
        return trajectory.gx(k);
    }

    /** @return ∂C/∂y at w_k */
    public double gy(int k) {
        return trajectory.gy(k);
    }

    /** @return |∇C(w_k)| */
    public double gradientNorm(int k) {
        return Math.hypot(trajectory.gx(k), trajectory.gy(k));
    }

    /** @return α_k, the rate of the step leaving w_k (schedule applied) */
    public double learningRate(int k) {
        return trajectory.learningRate(k);
    }

    /** @return true when a step leaves w_k inside the path (k &lt; size − 1) */
    public boolean hasStepAfter(int k) {
        return k + 1 < trajectory.size();
    }

    /** @return how the run ended */
    /** @return how the run ended and why, with the sentence the banner and the legend show */
    public Outcome outcome() {
        return outcome;
    }

    /** @return true when the run diverged (its last kept iterate is followed by one that could not be kept) */
    public boolean diverged() {
        return end() instanceof Diverged;
    }

    public RunEnd end() {
        return trajectory.end();
    }

    /** @return the configuration that was run (its α is the one before any live change) */
    public RunConfig config() {
        return trajectory.config();
    }

    /** @return the live α changes replayed, in step order */
    public List<RateChange> changes() {
        return changes;
    }
}
