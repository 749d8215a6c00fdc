package org.gdlab.app.viewmodel;

import java.util.List;
import org.gdlab.core.explain.Explainer;
import org.gdlab.core.explain.Outcome;
import org.gdlab.core.explain.RunWitness;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.RunEnd;
import org.gdlab.core.sim.Stepper;
import org.gdlab.core.sim.StepRecord;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;

/**
 * The whole planned path of one run, up to the step limit: immutable parallel arrays of the iterates
 * w_0 … w_{n-1} (all finite), their cost, gradient and the α used for the step leaving them, plus how the
 * run ended, why ({@link Outcome}, from the core's {@link Explainer}) and the live α changes it replayed.
 */
public final class PlannedPath {

    private final RunConfig config;
    private final List<RateChange> changes;
    private final double[] x;
    private final double[] y;
    private final double[] cost;
    private final double[] gx;
    private final double[] gy;
    private final double[] lr;
    private final RunEnd end;
    private final Outcome outcome;

    private PlannedPath(RunConfig config, List<RateChange> changes, int n, RunEnd end, Outcome outcome) {
        this.config = config;
        this.changes = List.copyOf(changes);
        this.x = new double[n];
        this.y = new double[n];
        this.cost = new double[n];
        this.gx = new double[n];
        this.gy = new double[n];
        this.lr = new double[n];
        this.end = end;
        this.outcome = outcome;
    }

    /**
     * Plan a run. Without live changes this is {@link Simulation#run}; with them a {@link Stepper} replays
     * the run and calls {@link Stepper#setLearningRate} at each change's step, so the path is the one the
     * user saw, continued with the new α.
     */
    public static PlannedPath plan(RunConfig config, List<RateChange> changes) {
        if (changes.isEmpty()) {
            Trajectory t = Simulation.run(config);
            PlannedPath p = new PlannedPath(config, changes, t.size(), t.end(), Explainer.explain(t));
            for (int k = 0; k < t.size(); k++) {
                p.set(k, t.step(k));
            }
            return p;
        }
        Stepper s = new Stepper(config);
        java.util.ArrayList<StepRecord> rows = new java.util.ArrayList<>();
        int next = 0;
        while (s.current() != null) {
            if (rows.isEmpty()) {
                rows.add(s.current());
            }
            boolean changed = false;
            while (next < changes.size() && changes.get(next).step() <= s.current().step()) {
                s.setLearningRate(changes.get(next).learningRate());
                next++;
                changed = true;
            }
            if (changed) {
                rows.set(rows.size() - 1, s.current());
            }
            if (!s.advance()) {
                break;
            }
            rows.add(s.current());
        }
        RunWitness witness = new RunWitness();
        for (int k = 0; k < rows.size(); k++) {
            StepRecord r = rows.get(k);
            boolean refused = k == rows.size() - 1 && s.end() instanceof Diverged && s.previous() != null
                    && s.previous().step() == r.step();
            witness.accept(refused ? s.previous() : r); // the last row with the step that was refused
        }
        PlannedPath p = new PlannedPath(config, changes, rows.size(), s.end(), Explainer.explain(config, s.end(), witness));
        for (int k = 0; k < rows.size(); k++) {
            p.set(k, rows.get(k));
        }
        return p;
    }

    private void set(int k, StepRecord r) {
        x[k] = r.w().x();
        y[k] = r.w().y();
        cost[k] = r.cost();
        gx[k] = r.gradient().x();
        gy[k] = r.gradient().y();
        lr[k] = r.learningRate();
    }

    /** @return the number of finite iterates; 0 only when the start itself is not admissible */
    public int size() {
        return x.length;
    }

    public double x(int k) {
        return x[k];
    }

    public double y(int k) {
        return y[k];
    }

    /** @return C(w_k) */
    public double cost(int k) {
        return cost[k];
    }

    /** @return ∂C/∂x at w_k */
    public double gx(int k) {
        return gx[k];
    }

    /** @return ∂C/∂y at w_k */
    public double gy(int k) {
        return gy[k];
    }

    /** @return |∇C(w_k)| */
    public double gradientNorm(int k) {
        return Math.hypot(gx[k], gy[k]);
    }

    /** @return α_k, the rate of the step leaving w_k (schedule applied) */
    public double learningRate(int k) {
        return lr[k];
    }

    /** @return true when a step leaves w_k inside the path (k &lt; size − 1) */
    public boolean hasStepAfter(int k) {
        return k + 1 < x.length;
    }

    /** @return how the run ended */
    public RunEnd end() {
        return end;
    }

    /** @return how the run ended and why, with the sentence the banner and the legend show */
    public Outcome outcome() {
        return outcome;
    }

    /** @return true when the run diverged (its last kept iterate is followed by one that could not be kept) */
    public boolean diverged() {
        return end instanceof Diverged;
    }

    /** @return the configuration that was run (its α is the one before any live change) */
    public RunConfig config() {
        return config;
    }

    /** @return the live α changes replayed, in step order */
    public List<RateChange> changes() {
        return changes;
    }
}
