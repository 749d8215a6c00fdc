package org.gdlab.core.sim;

import java.util.Objects;
import java.util.SplittableRandom;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.MiniBatches;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Halt;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerState;
import org.gdlab.core.optim.UpdateKernel;
import org.gdlab.core.sim.Admissibility.Verdict;
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
 *
 * <p>On a mini-batch run ({@link RunConfig#miniBatch()}) the optimizer sees the gradient of step k's batch
 * ({@link MiniBatches}) in place of the full one; the rows still record the full gradient, and convergence
 * is judged on it.
 *
 * <p>A step is the optimizer's {@link UpdateKernel} with one lane, the gradient it sees from
 * {@link SeenGradient} and the checks of {@link Admissibility}: the same code the batch runners call, so
 * they agree with this class bit for bit by construction.
 */
public final class Stepper {

    private final RunConfig config;
    private final CostFunction f;
    private final SplittableRandom random;
    /** The run's mini-batches, or null when it steps on the full gradient. */
    private final MiniBatches.Cursor batches;
    private final DataCost data;
    private UpdateKernel kernel;
    private Hyperparameters hyper;
    private double learningRate;
    /** The state the next step continues from, and the scratch the step writes before it is kept. */
    private double[] state;
    private double[] next;
    private int updates;
    /** One lane of the kernel's arguments. */
    private final double[] seenX = new double[1];
    private final double[] seenY = new double[1];
    private final double[] rate1 = new double[1];
    private final double[] x1 = new double[1];
    private final double[] y1 = new double[1];
    private final double[] dx = new double[1];
    private final double[] dy = new double[1];

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
        this.random = SeenGradient.random(c);
        this.batches = c.miniBatch() ? new MiniBatches.Cursor(c.miniBatches()) : null;
        this.data = c.miniBatch() ? (DataCost) c.function() : null;
        this.hyper = c.hyper();
        this.learningRate = c.learningRate();
        this.kernel = c.kernel(hyper);
        this.state = new double[kernel.stateSize()];
        this.next = new double[kernel.stateSize()];
        this.end = arrive(0, c.start());
    }

    /**
     * Takes the step from the current iterate w_k. On success the cursor moves to row k + 1 (which may end
     * the run: converged or max steps) and {@link #previous()} is the completed row k. If w_{k+1} cannot be
     * kept, the run ends {@link Diverged} at step k + 1, the cursor stays on row k and {@link #previous()}
     * is row k with the update that was attempted (or zero if it was not finite).
     *
     * A rule that chooses its own step length may find no step ({@link Halt}): the run then ends
     * {@link Stopped} at step k (or, for an exact line search along which the cost has no minimum,
     * {@link Diverged} at step k + 1), the cursor stays on row k and {@link #previous()} is row k with
     * t = 0 and no update. A completed row's learning rate is the step length the rule used
     * ({@link UpdateKernel#stepLength}: α_k, or the accepted t).
     *
     * @return true if the cursor moved to a new row; false if the run had already ended or ends now by
     *     divergence or a stop
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
        Vec2 g = batches == null ? gradient : batches.batchGradient(data, k, w.x(), w.y());
        SeenGradient.into(g.x(), g.y(), config.noise(), random, config.clip(), seenX, seenY, 0);
        rate1[0] = rate;
        x1[0] = w.x();
        y1[0] = w.y();
        System.arraycopy(state, 0, next, 0, state.length);
        kernel.update(1, updates, seenX, seenY, rate1, x1, y1, next, dx, dy, f);
        Halt halt = kernel.halt(next, 0);
        if (halt != Halt.NONE) {
            previous = new StepRecord(k, w, cost, gradient, 0, Vec2.ZERO);
            end = switch (halt) {
                case LINE_SEARCH_FAILED -> DivergenceMessages.lineSearchFailed(k);
                case BELOW_CSTAR -> DivergenceMessages.belowCstar(k, cost, config.cstar());
                default -> DivergenceMessages.unboundedAlongLine(k + 1);
            };
            return false;
        }
        double length = kernel.stepLength(rate, next, 0);
        Vec2 delta = new Vec2(dx[0], dy[0]);
        Vec2 to = w.plus(delta);
        previous = new StepRecord(k, w, cost, gradient, length, to.isFinite() ? delta : Vec2.ZERO);
        RunEnd e = arrive(k + 1, to);
        if (e instanceof Diverged) {
            end = e;
            return false;
        }
        double[] t = state;
        state = next;
        next = t;
        updates++;
        end = e;
        return true;
    }

    /** Evaluates w at step s; moves the cursor there if it is admissible. @return the end it causes, or null */
    private RunEnd arrive(int s, Vec2 at) {
        switch (Admissibility.iterate(at.x(), at.y(), config.escapeBound())) {
            case NON_FINITE_ITERATE:
                return DivergenceMessages.iterate(s, at);
            case OUTSIDE:
                return DivergenceMessages.bounds(s, at, config.escapeBound());
            default:
                break;
        }
        double c = f.value(at);
        Vec2 g = f.gradient(at);
        Verdict v = Admissibility.evaluated(c, g.x(), g.y(), s, config.tolerance(), config.maxSteps());
        switch (v) {
            case NON_FINITE_COST:
                return DivergenceMessages.cost(s, c);
            case NON_FINITE_GRADIENT:
                return DivergenceMessages.gradient(s, g);
            default:
                break;
        }
        hasCurrent = true;
        k = s;
        w = at;
        cost = c;
        gradient = g;
        return switch (v) {
            case CONVERGED -> new Converged(s);
            case MAX_STEPS -> new MaxSteps(s);
            default -> null;
        };
    }

    /**
     * @return the row of the current iterate w_k: its learning rate is α_k under the current settings (0 for a
     *     rule that chooses its own step length: no step length is known before its search) and its update is
     *     {@link Vec2#ZERO} (no step has been taken from it yet); null if the start was not admissible
     */
    public StepRecord current() {
        if (!hasCurrent) {
            return null;
        }
        if (config.optimizer().choosesStepLength()) {
            return new StepRecord(k, w, cost, gradient, 0, Vec2.ZERO); // no step length is known before the search
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

    /** @return a view of the optimizer state that the next step will continue from */
    public OptimizerState state() {
        return OptimizerState.of(config.optimizer(), updates, state);
    }

    /** Copies the state the next step continues from into dst[offset …] ({@link UpdateKernel#stateSize()} doubles). */
    void copyStateTo(double[] dst, int offset) {
        System.arraycopy(state, 0, dst, offset, state.length);
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

    /**
     * Changes the hyperparameters for the following steps; the optimizer state is kept.
     *
     * @throws IllegalArgumentException if h belongs to another optimizer than the run's
     */
    public void setHyperparameters(Hyperparameters h) {
        Objects.requireNonNull(h, "hyperparameters");
        if (h.kind() != config.optimizer()) {
            throw new IllegalArgumentException("the hyperparameters of " + h.kind().id() + " do not fit a "
                    + config.optimizer().id() + " run");
        }
        hyper = h;
        kernel = config.kernel(h);
    }
}
