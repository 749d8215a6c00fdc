package org.gdlab.core.sim;

import java.util.SplittableRandom;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Clipping;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.Optimizer;
import org.gdlab.core.optim.OptimizerState;
import org.gdlab.core.optim.Optimizers;
import org.gdlab.core.optim.Update;
import org.gdlab.core.surface.CostFunction;

/**
 * MUTABLE cursor over a run, one step at a time, for the UI's "tune live": the base learning rate and the
 * hyperparameters may change between steps; the optimizer state (buffers, Adam's t) and the noise sequence
 * carry on unchanged. Not thread-safe: confine it to one thread.
 *
 * <p>After construction the cursor sits on row 0 (or, if the start itself is outside the bounds or has a
 * non-finite cost or gradient, on nothing: {@link #current()} is null and {@link #end()} is a
 * {@link Diverged} at step 0). {@link #advance()} takes one step as described in the package comment.
 * This class is also the engine of {@link Simulation}, so a Stepper that is only advanced reproduces
 * {@link Simulation#run} exactly.
 */
public final class Stepper {

    private final RunConfig config;
    private final CostFunction f;
    private final SplittableRandom random;
    private Optimizer optimizer;
    private Hyperparameters hyper;
    private double learningRate;
    private OptimizerState state;

    private boolean hasCurrent;
    private int k;
    private Vec2 w;
    private double cost;
    private Vec2 gradient;
    private RunEnd end;
    private StepRecord previous;

    /** @param c the run; its learning rate and hyperparameters are the starting values */
    public Stepper(RunConfig c) {
        this.config = c;
        this.f = c.function();
        this.random = new SplittableRandom(c.seed());
        this.hyper = c.hyper();
        this.learningRate = c.learningRate();
        this.optimizer = Optimizers.create(c.optimizer(), hyper);
        this.state = optimizer.init();
        this.end = arrive(0, c.start());
    }

    /**
     * Takes the step from the current iterate w_k. On success the cursor moves to row k + 1 (which may end
     * the run: converged or max steps) and {@link #previous()} is the completed row k. If w_{k+1} cannot be
     * kept, the run ends {@link Diverged} at step k + 1, the cursor stays on row k and {@link #previous()}
     * is row k with the update that was attempted (or zero if it was not finite).
     *
     * @return true if the cursor moved to a new row; false if the run had already ended or ends now by
     *     divergence
     */
    public boolean advance() {
        if (end != null) {
            return false;
        }
        double rate = config.rates().rate(learningRate, k);
        if (!Double.isFinite(rate)) {
            previous = new StepRecord(k, w, cost, gradient, 0, Vec2.ZERO);
            end = DivergenceMessages.rate(k + 1, rate);
            return false;
        }
        Vec2 seen = gradient;
        if (config.noise() > 0) {
            double xi = random.nextGaussian();
            double eta = random.nextGaussian();
            seen = seen.plus(new Vec2(config.noise() * xi, config.noise() * eta));
        }
        seen = Clipping.byNorm(seen, config.clip());
        Update u = optimizer.update(seen, state, rate, w, f);
        Vec2 next = w.plus(u.delta());
        previous = new StepRecord(k, w, cost, gradient, rate, next.isFinite() ? u.delta() : Vec2.ZERO);
        OptimizerState nextState = u.state();
        RunEnd e = arrive(k + 1, next);
        if (e instanceof Diverged) {
            end = e;
            return false;
        }
        state = nextState;
        end = e;
        return true;
    }

    /** Evaluates w at step s; moves the cursor there if it is admissible. @return the end it causes, or null */
    private RunEnd arrive(int s, Vec2 at) {
        if (!at.isFinite()) {
            return DivergenceMessages.iterate(s, at);
        }
        if (at.norm() > config.escapeBound()) {
            return DivergenceMessages.bounds(s, at, config.escapeBound());
        }
        double c = f.value(at);
        if (!Double.isFinite(c)) {
            return DivergenceMessages.cost(s, c);
        }
        Vec2 g = f.gradient(at);
        if (!g.isFinite()) {
            return DivergenceMessages.gradient(s, g);
        }
        hasCurrent = true;
        k = s;
        w = at;
        cost = c;
        gradient = g;
        if (g.norm() < config.tolerance()) {
            return new Converged(s);
        }
        if (s >= config.maxSteps()) {
            return new MaxSteps(s);
        }
        return null;
    }

    /**
     * @return the row of the current iterate w_k: its learning rate is α_k under the current settings and its
     *     update is {@link Vec2#ZERO} (no step has been taken from it yet); null if the start was not admissible
     */
    public StepRecord current() {
        if (!hasCurrent) {
            return null;
        }
        double rate = config.rates().rate(learningRate, k);
        return new StepRecord(k, w, cost, gradient, Double.isFinite(rate) ? rate : 0, Vec2.ZERO);
    }

    /** @return the last completed row (with the update taken), or null before the first {@link #advance()} */
    public StepRecord previous() {
        return previous;
    }

    /** @return how the run ended, or null while it is still running */
    public RunEnd end() {
        return end;
    }

    /** @return the current base learning rate α */
    public double learningRate() {
        return learningRate;
    }

    /** @return the current hyperparameters */
    public Hyperparameters hyperparameters() {
        return hyper;
    }

    /** @return the optimizer state that the next step will continue from */
    public OptimizerState state() {
        return state;
    }

    /** @return the run's configuration as given to the constructor (α and hyperparameters as they started) */
    public RunConfig config() {
        return config;
    }

    /**
     * Changes the base learning rate α for the following steps (the schedule still applies to it).
     *
     * @throws IllegalArgumentException unless lr is finite and &gt; 0
     */
    public void setLearningRate(double lr) {
        if (!(lr > 0) || !Double.isFinite(lr)) {
            throw new IllegalArgumentException("the learning rate must be a finite number > 0, got " + lr);
        }
        learningRate = lr;
    }

    /** Changes the hyperparameters for the following steps; the optimizer state is kept. */
    public void setHyperparameters(Hyperparameters h) {
        hyper = java.util.Objects.requireNonNull(h, "hyperparameters");
        optimizer = Optimizers.create(config.optimizer(), h);
    }
}
