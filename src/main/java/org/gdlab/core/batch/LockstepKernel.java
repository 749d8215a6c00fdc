package org.gdlab.core.batch;

import java.util.Objects;
import java.util.SplittableRandom;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Halt;
import org.gdlab.core.optim.UpdateKernel;
import org.gdlab.core.schedule.Schedule;
import org.gdlab.core.sim.Admissibility;
import org.gdlab.core.sim.Admissibility.Verdict;
import org.gdlab.core.sim.Converged;
import org.gdlab.core.sim.MaxSteps;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.RunEnd;
import org.gdlab.core.sim.SeenGradient;
import org.gdlab.core.surface.BatchEvaluator;
import org.gdlab.core.surface.CostFunction;

/**
 * Many runs of one template that differ only in their start (or only in their learning rate), stepped
 * together: at step k every lane i that is still running takes the step of its optimizer's
 * {@link UpdateKernel} (one call for all running lanes) on the gradient it sees
 * <pre>
 *   α_k = schedule(α_i, k)
 *   g̃_i = clip(g_i + σ(ξ, η)_i)                   {@link SeenGradient}, lane i's own SplittableRandom(seed)
 *   (Δw_i, state_i) = rule(g̃_i, state_i, α_k, w_i)    the optimizer's {@link UpdateKernel}, all lanes at once
 *   w_i ← w_i + Δw_i
 * </pre>
 * and then <em>one</em> {@link BatchEvaluator#valuesAndGradients} call evaluates C(w_i) and ∇C(w_i) at all
 * still-running lanes (compacted to the front of the arrays, so finished lanes cost nothing). A compiled
 * formula evaluates a batch of points several times faster per point than one call per point.
 *
 * <p><b>Same results as one run at a time, by construction.</b> The lanes call the very kernel, noise and
 * clipping ({@link SeenGradient}) and checks ({@link Admissibility}) that {@link RunKernel} and the
 * {@link org.gdlab.core.sim.Stepper} call, each lane with its own state slice and, with noise, its own
 * {@code new SplittableRandom(seed)} (the same sequence as its run alone), and a batch evaluation returns
 * bit for bit what {@code value(x, y)} and {@code gradient(x, y)} return (the {@link BatchEvaluator}
 * contract). So lane i's {@link RunSummary} equals {@code RunKernel.summarize(template.withStart(w_i), token)}
 * exactly: same last point, cost, gradient norm, end and step (tested for every optimizer, with and without
 * noise, clipping and schedules). Wherever {@link RunKernel} hands a run to the {@link org.gdlab.core.sim.Stepper}
 * (a start outside R or with a non-finite cost or gradient, a non-finite rate, a divergent step) that lane
 * alone is replayed there, so its {@link org.gdlab.core.sim.Diverged} is exactly the simulation's; the other
 * lanes go on unaffected.
 *
 * <p><b>Where it applies</b> ({@link #steppedInLockstep}). Each rule declares where lockstep pays
 * ({@link UpdateKernel#lockstep()}): RMSprop, Adam and normalized GD on every surface; GD, momentum,
 * Nesterov and Adagrad only on a {@link BatchEvaluator.Source} (a compiled formula); Newton never, nor the
 * rules that choose their own step length (armijo, wolfe, exact, polyak, bb, cg, bfgs, lbfgs: a varying
 * number of extra evaluations per step, inside the kernel), which run one at a time.
 * Elsewhere the lanes run one after another through {@link RunKernel#summarize}, with the same results. The
 * choice is measured ({@code KernelBenchmark}: 32 rows of 256 Himmelblau starts, at most 500 steps, one
 * thread, one run at a time against lockstep in the same JMH run; two full runs and a third of the
 * hand-written cases, on 2 shared cores at load 3.5–8, so single figures vary by ±30 % or more). Time one
 * run at a time ÷ time in lockstep (above 1: lockstep is faster):
 * <table>
 *   <caption>one run at a time ÷ lockstep</caption>
 *   <tr><th>optimizer</th><th>formula</th><th>formula, σ = 2</th><th>hand-written</th>
 *       <th>hand-written, σ = 2</th></tr>
 *   <tr><td>gd</td><td>3.4, 5.1</td><td>1.4, 2.7</td><td>0.66, 1.2, 0.67</td><td>0.28, 1.0, 0.64</td></tr>
 *   <tr><td>momentum</td><td>2.8, 3.5</td><td>1.3, 2.6</td><td>1.1, 1.3, 2.4</td><td>0.32, 0.99, 0.86</td></tr>
 *   <tr><td>nesterov</td><td>3.4, 4.8</td><td>0.82, 1.8</td><td>1.2, 2.9, 2.3</td><td>0.52, 0.67, 0.96</td></tr>
 *   <tr><td>adagrad</td><td>2.5, 3.2</td><td>3.5, 2.1</td><td>1.7, 2.5, 1.9</td><td>0.41, 0.80, 0.75</td></tr>
 *   <tr><td>rmsprop</td><td>4.1, 1.8</td><td>4.3, 4.0</td><td>1.7, 1.7</td><td>1.4, 1.2</td></tr>
 *   <tr><td>adam</td><td>4.9, 1.8</td><td>5.4, 2.1</td><td>3.2, 1.6</td><td>4.0, 4.8</td></tr>
 *   <tr><td>normalized</td><td>4.1, 6.5</td><td>3.2, 3.5</td><td>1.9, 2.0</td><td>2.0, 1.1</td></tr>
 *   <tr><td>newton</td><td>0.38, 0.38</td><td>1.6, 1.0</td><td>0.78, 1.8, 1.8</td><td>1.4, 0.81, 0.69</td></tr>
 * </table>
 * Lockstep on a hand-written surface is kept only where it was faster in every run, with and without noise:
 * a compiled formula gains from evaluating a batch; a hand-written surface gains only when the rule's own
 * arithmetic is long (square roots, divisions, Adam's powers computed once per step for all lanes); for
 * the cheap rules it was often faster without noise but never with it (probably because each lane's
 * generator is an object in an array where one run can keep it in registers).
 * Newton on a formula was 2.6× slower in lockstep in both runs.
 *
 * <p><b>Cancellation.</b> The token is checked before step k whenever k is a multiple of
 * {@link RunKernel#CHECK_EVERY} while some lane is still running (and inside every replay); a cancelled
 * call returns null, as {@link RunKernel#summarize} does.
 *
 * <p>Each call makes its own {@link BatchEvaluator}, kernel and scratch arrays (nothing is allocated per step
 * but the summaries of finished lanes), so concurrent calls, e.g. one per basin-map row, are independent.
 */
public final class LockstepKernel {

    private LockstepKernel() {
    }

    /**
     * Runs template.withStart((startX[i], startY[i])) for every i in lockstep.
     *
     * @param template everything but the start
     * @param startX the starts' x, as many as startY
     * @param startY the starts' y
     * @param token checked every {@link RunKernel#CHECK_EVERY} steps
     * @return summary i of start i (what {@code RunKernel.summarize} returns for it), or null when cancelled
     * @throws IllegalArgumentException if the arrays differ in length or a start is not finite
     */
    public static RunSummary[] summarize(RunConfig template, double[] startX, double[] startY,
            CancellationToken token) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(token, "token");
        if (startX.length != startY.length) {
            throw new IllegalArgumentException("need as many x as y of starts, got " + startX.length + " and "
                    + startY.length);
        }
        RunConfig[] lanes = new RunConfig[startX.length];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = template.withStart(new Vec2(startX[i], startY[i]));
        }
        return run(template, lanes, false, token, steppedInLockstep(template));
    }

    /**
     * As {@link #summarize}, always in lockstep, even where one run at a time is faster: for tests that the
     * lanes agree with one run for every rule.
     */
    static RunSummary[] summarizeInLockstep(RunConfig template, double[] startX, double[] startY,
            CancellationToken token) {
        RunConfig[] lanes = new RunConfig[startX.length];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = template.withStart(new Vec2(startX[i], startY[i]));
        }
        return run(template, lanes, false, token, true);
    }

    /**
     * Runs template.withLearningRate(learningRates[i]) for every i in lockstep, all from the template's
     * start; lane i uses α_k = schedule(α_i, k).
     *
     * @param template everything but the learning rate
     * @param learningRates the base learning rates α_i (each finite and &gt; 0)
     * @param token checked every {@link RunKernel#CHECK_EVERY} steps
     * @return summary i of rate i (what {@code RunKernel.summarize} returns for it), or null when cancelled
     * @throws IllegalArgumentException if a learning rate is not finite and &gt; 0
     */
    public static RunSummary[] summarizeLearningRates(RunConfig template, double[] learningRates,
            CancellationToken token) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(token, "token");
        RunConfig[] lanes = new RunConfig[learningRates.length];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = template.withLearningRate(learningRates[i]);
        }
        return run(template, lanes, true, token, steppedInLockstep(template));
    }

    /**
     * @param template a run template
     * @return true when {@link #summarize} steps the runs of template in lockstep, as its optimizer's kernel
     *     declares ({@link UpdateKernel#lockstep()}): always, only when its function has its own
     *     {@link BatchEvaluator.Source batch evaluator}, or never, and never for a mini-batch run; otherwise the runs go one by one through
     *     {@link RunKernel#summarize} (same results)
     */
    public static boolean steppedInLockstep(RunConfig template) {
        if (template.miniBatch()) {
            return false; // each lane would need its own batches: one run at a time
        }
        UpdateKernel kernel = template.kernel();
        return switch (kernel.lockstep()) {
            case ALWAYS -> true;
            case WITH_BATCH_SURFACE -> template.function() instanceof BatchEvaluator.Source;
            case NEVER -> false;
        };
    }

    /**
     * The lanes equal the template except in their start (perLaneRate false) or their learning rate
     * (perLaneRate true).
     */
    private static RunSummary[] run(RunConfig template, RunConfig[] lanes, boolean perLaneRate,
            CancellationToken token, boolean inLockstep) {
        int n = lanes.length;
        RunSummary[] out = new RunSummary[n];
        if (!inLockstep) {
            for (int i = 0; i < n; i++) {
                out[i] = RunKernel.summarize(lanes[i], token);
                if (out[i] == null) {
                    return null;
                }
            }
            return out;
        }
        return new Lanes(template, lanes, perLaneRate, out).run(token) ? out : null;
    }

    /** The state of one lockstep call: per-lane arrays, the running lanes compacted to [0, m). */
    private static final class Lanes {

        private final RunConfig[] configs;
        private final RunSummary[] out;
        private final BatchEvaluator evaluator;
        private final CostFunction f;
        private final UpdateKernel kernel;
        private final int stateSize;
        private final Schedule schedule;
        private final double radius;
        private final double tol;
        private final int maxSteps;
        private final double sharedRate;
        private final boolean perLaneRate;
        private final double clip;
        private final double sigma;

        /** lane[s]: which run sits in slot s; the other arrays hold that run's state. */
        private final int[] lane;
        private final double[] lr;
        private final double[] x;
        private final double[] y;
        private final double[] cost;
        private final double[] gx;
        private final double[] gy;
        private final double[] state;
        private final SplittableRandom[] random;
        /** Scratch of one step: the gradient seen, the rate, Δw. */
        private final double[] sx;
        private final double[] sy;
        private final double[] rate;
        private final double[] dx;
        private final double[] dy;
        private int m;

        Lanes(RunConfig template, RunConfig[] configs, boolean perLaneRate, RunSummary[] out) {
            this.configs = configs;
            this.out = out;
            this.f = template.function();
            this.evaluator = BatchEvaluator.of(f);
            this.kernel = template.kernel();
            this.stateSize = kernel.stateSize();
            this.schedule = template.rates();
            this.radius = template.escapeBound();
            this.tol = template.tolerance();
            this.maxSteps = template.maxSteps();
            this.sharedRate = template.learningRate();
            this.perLaneRate = perLaneRate;
            this.clip = template.clip();
            this.sigma = template.noise();
            int n = configs.length;
            lane = new int[n];
            lr = new double[n];
            x = new double[n];
            y = new double[n];
            cost = new double[n];
            gx = new double[n];
            gy = new double[n];
            state = new double[n * stateSize];
            random = new SplittableRandom[n];
            sx = new double[n];
            sy = new double[n];
            rate = new double[n];
            dx = new double[n];
            dy = new double[n];
        }

        /** @return false when cancelled */
        boolean run(CancellationToken token) {
            for (int i = 0; i < configs.length; i++) {
                Vec2 start = configs[i].start();
                if (Admissibility.iterate(start.x(), start.y(), radius) != Verdict.GOES_ON) {
                    if (!replay(i, token)) {
                        return false;
                    }
                    continue;
                }
                lane[m] = i;
                lr[m] = configs[i].learningRate();
                x[m] = start.x();
                y[m] = start.y();
                random[m] = SeenGradient.random(configs[i]);
                m++;
            }
            if (!evaluateAndSettle(0, token)) {
                return false;
            }
            for (int k = 0; m > 0; k++) {
                if ((k & (RunKernel.CHECK_EVERY - 1)) == 0 && token.isCancelled()) {
                    return false;
                }
                if (!step(k, token) || !evaluateAndSettle(k + 1, token)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Moves every running lane one step: drops the lanes whose rate is not finite to the reference replay,
         * computes the gradient each lane sees, calls the kernel once for all lanes, then drops the lanes whose
         * new iterate is not finite or leaves the radius to the replay.
         *
         * @return false when a replay was cancelled
         */
        private boolean step(int k, CancellationToken token) {
            double shared = perLaneRate ? Double.NaN : schedule.rate(sharedRate, k);
            int w = 0;
            for (int s = 0; s < m; s++) {
                double a = perLaneRate ? schedule.rate(lr[s], k) : shared;
                if (!Double.isFinite(a)) {
                    if (!replay(lane[s], token)) {
                        return false;
                    }
                    continue;
                }
                move(s, w);
                rate[w] = a;
                SeenGradient.into(gx[w], gy[w], sigma, random[w], clip, sx, sy, w);
                w++;
            }
            m = w;
            kernel.update(m, k, sx, sy, rate, x, y, state, dx, dy, f);
            w = 0;
            for (int s = 0; s < m; s++) {
                if (kernel.halt(state, s) != Halt.NONE) {
                    if (!replay(lane[s], token)) {
                        return false;
                    }
                    continue;
                }
                double nx = x[s] + dx[s];
                double ny = y[s] + dy[s];
                if (Admissibility.iterate(nx, ny, radius) != Verdict.GOES_ON) {
                    if (!replay(lane[s], token)) {
                        return false;
                    }
                    continue;
                }
                move(s, w);
                x[w] = nx;
                y[w] = ny;
                w++;
            }
            m = w;
            return true;
        }

        /**
         * Evaluates C and ∇C at the running lanes (one batch call), then ends the lanes that converged
         * (|∇C| &lt; tol) or reached the step limit, replays those with a non-finite cost or gradient, and
         * compacts the rest.
         *
         * @param steps the steps every running lane has taken
         * @return false when a replay was cancelled
         */
        private boolean evaluateAndSettle(int steps, CancellationToken token) {
            if (m == 0) {
                return true;
            }
            evaluator.valuesAndGradients(x, y, cost, gx, gy, m);
            int w = 0;
            for (int s = 0; s < m; s++) {
                switch (Admissibility.evaluated(cost[s], gx[s], gy[s], steps, tol, maxSteps)) {
                    case GOES_ON -> {
                        move(s, w);
                        w++;
                    }
                    case CONVERGED -> finish(s, new Converged(steps));
                    case MAX_STEPS -> finish(s, new MaxSteps(steps));
                    default -> {
                        if (!replay(lane[s], token)) {
                            return false;
                        }
                    }
                }
            }
            m = w;
            return true;
        }

        /** Moves the lane in slot s to slot w ≤ s (w = s: nothing to do). */
        private void move(int s, int w) {
            if (s == w) {
                return;
            }
            lane[w] = lane[s];
            lr[w] = lr[s];
            x[w] = x[s];
            y[w] = y[s];
            cost[w] = cost[s];
            gx[w] = gx[s];
            gy[w] = gy[s];
            random[w] = random[s];
            if (stateSize > 0) {
                System.arraycopy(state, s * stateSize, state, w * stateSize, stateSize);
            }
        }

        private void finish(int s, RunEnd end) {
            out[lane[s]] = RunKernel.summary(x[s], y[s], cost[s], gx[s], gy[s], end);
        }

        /** @return false when cancelled */
        private boolean replay(int i, CancellationToken token) {
            out[i] = RunKernel.onStepper(configs[i], token);
            return out[i] != null;
        }
    }
}
