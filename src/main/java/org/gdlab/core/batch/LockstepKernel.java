package org.gdlab.core.batch;

import java.util.Objects;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.schedule.Schedule;
import org.gdlab.core.sim.Converged;
import org.gdlab.core.sim.MaxSteps;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.RunEnd;
import org.gdlab.core.surface.BatchEvaluator;

/**
 * Many runs of one template that differ only in their start (or only in their learning rate), stepped
 * together: at step k every lane i that is still running takes the step of {@link RunKernel}'s fast path
 * <pre>
 *   α_k = schedule(α_i, k)
 *   GD:        Δw_i = −α_k g_i
 *   momentum:  b_i ← μ b_i + g_i,  Δw_i = −α_k b_i
 *   Nesterov:  b_i ← μ b_i + g_i,  Δw_i = −α_k (g_i + μ b_i)
 *   w_i ← w_i + Δw_i                (g_i clipped to norm ≤ c first when c &gt; 0)
 * </pre>
 * and then <em>one</em> {@link BatchEvaluator#valuesAndGradients} call evaluates C(w_i) and ∇C(w_i) at all
 * still-running lanes (compacted to the front of the arrays, so finished lanes cost nothing). A compiled
 * formula evaluates a batch of points several times faster per point than one call per point.
 *
 * <p><b>Same results as one run at a time.</b> Each lane performs the same floating-point operations in the
 * same order as {@link RunKernel#summarize} on its own config, and a batch evaluation returns bit for bit
 * what {@code value(x, y)} and {@code gradient(x, y)} return (the {@link BatchEvaluator} contract), so lane
 * i's {@link RunSummary} equals {@code RunKernel.summarize(template.withStart(w_i), token)} exactly: same
 * last point, cost, gradient norm, end and step (tested). The admissibility checks come in the same order:
 * finite iterate and |w| ≤ R, finite cost, finite gradient, then |∇C| &lt; tolerance (→ {@link Converged}
 * at step k + 1), then the step limit (→ {@link MaxSteps}). Wherever {@link RunKernel}'s fast path hands
 * a run to the reference {@link org.gdlab.core.sim.Stepper} (a start outside R or with a non-finite cost
 * or gradient, a non-finite rate, a divergent step) that lane alone is replayed there, so its
 * {@link org.gdlab.core.sim.Diverged} is exactly the simulation's; the other lanes go on unaffected.
 *
 * <p><b>Where it applies</b> ({@link #steppedInLockstep}). Only {@link RunKernel#hasFastPath} optimizers
 * (GD, momentum, Nesterov) without noise (σ = 0), on a function that is a {@link BatchEvaluator.Source} (a
 * compiled formula), are stepped in lockstep. Otherwise every lane simply runs through
 * {@link RunKernel#summarize}, one after another, with the same results: with noise or another optimizer
 * there is no fast path to batch, and a hand-written surface gains nothing from batching (its batch
 * evaluation is a loop of per-point calls) while the per-lane array traffic of lockstep made the 256 × 256
 * Himmelblau map 1.6× slower than {@link RunKernel}'s register-only loop (40 ms vs 25 ms on one thread,
 * while the same map on the formula went from 170–220 ms to 45–48 ms in lockstep; {@code LockstepBenchmark}).
 *
 * <p><b>Cancellation.</b> The token is checked before step k whenever k is a multiple of
 * {@link RunKernel#CHECK_EVERY} while some lane is still running (and inside every replay); a cancelled
 * call returns null, as {@link RunKernel#summarize} does.
 *
 * <p>Each call makes its own {@link BatchEvaluator} and scratch arrays (nothing is allocated per step but
 * the summaries of finished lanes), so concurrent calls, e.g. one per basin-map row, are independent.
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
        return run(template, lanes, false, token);
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
        return run(template, lanes, true, token);
    }

    /**
     * @param template a run template
     * @return true when {@link #summarize} steps the runs of template in lockstep: a {@link RunKernel#hasFastPath}
     *     optimizer, no noise, and a function with its own {@link BatchEvaluator.Source batch evaluator};
     *     otherwise the runs go one by one through {@link RunKernel#summarize} (same results)
     */
    public static boolean steppedInLockstep(RunConfig template) {
        return RunKernel.hasFastPath(template) && template.noise() == 0
                && template.function() instanceof BatchEvaluator.Source;
    }

    /**
     * The lanes equal the template except in their start (perLaneRate false) or their learning rate
     * (perLaneRate true).
     */
    private static RunSummary[] run(RunConfig template, RunConfig[] lanes, boolean perLaneRate,
            CancellationToken token) {
        int n = lanes.length;
        RunSummary[] out = new RunSummary[n];
        if (!steppedInLockstep(template)) {
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
        private final Schedule schedule;
        private final double radius;
        private final double tol;
        private final int maxSteps;
        private final double sharedRate;
        private final boolean perLaneRate;
        private final double clip;
        private final boolean clipping;
        private final double mu;
        private final boolean momentum;
        private final boolean nesterov;

        /** lane[s]: which run sits in slot s; the other arrays hold that run's state. */
        private final int[] lane;
        private final double[] lr;
        private final double[] x;
        private final double[] y;
        private final double[] cost;
        private final double[] gx;
        private final double[] gy;
        private final double[] bx;
        private final double[] by;
        private int m;

        Lanes(RunConfig template, RunConfig[] configs, boolean perLaneRate, RunSummary[] out) {
            this.configs = configs;
            this.out = out;
            this.evaluator = BatchEvaluator.of(template.function());
            this.schedule = template.rates();
            this.radius = template.escapeBound();
            this.tol = template.tolerance();
            this.maxSteps = template.maxSteps();
            this.sharedRate = template.learningRate();
            this.perLaneRate = perLaneRate;
            this.clip = template.clip();
            this.clipping = clip > 0;
            this.mu = template.hyper().has("momentum") ? template.hyper().get("momentum") : 0;
            OptimizerKind kind = template.optimizer();
            this.momentum = kind == OptimizerKind.MOMENTUM;
            this.nesterov = kind == OptimizerKind.NESTEROV;
            int n = configs.length;
            lane = new int[n];
            lr = new double[n];
            x = new double[n];
            y = new double[n];
            cost = new double[n];
            gx = new double[n];
            gy = new double[n];
            bx = new double[n];
            by = new double[n];
        }

        /** @return false when cancelled */
        boolean run(CancellationToken token) {
            for (int i = 0; i < configs.length; i++) {
                Vec2 start = configs[i].start();
                if (RunKernel.normAbove(start.x(), start.y(), radius)) {
                    if (!replay(i, token)) {
                        return false;
                    }
                    continue;
                }
                lane[m] = i;
                lr[m] = configs[i].learningRate();
                x[m] = start.x();
                y[m] = start.y();
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
         * Moves every running lane one step (the update of {@link RunKernel}'s fast path, operation for
         * operation) and drops the lanes whose new iterate is not finite or leaves the radius, or whose rate
         * is not finite, to the reference replay.
         *
         * @return false when a replay was cancelled
         */
        private boolean step(int k, CancellationToken token) {
            double shared = perLaneRate ? Double.NaN : schedule.rate(sharedRate, k);
            int w = 0;
            for (int s = 0; s < m; s++) {
                double rate = perLaneRate ? schedule.rate(lr[s], k) : shared;
                if (!Double.isFinite(rate)) {
                    if (!replay(lane[s], token)) {
                        return false;
                    }
                    continue;
                }
                double sx = gx[s];
                double sy = gy[s];
                if (clipping) {
                    double norm = Math.hypot(sx, sy);
                    if (norm > clip) {
                        double c = clip / norm;
                        sx = c * sx;
                        sy = c * sy;
                    }
                }
                double dx;
                double dy;
                double minusRate = -rate;
                double b1 = bx[s];
                double b2 = by[s];
                if (momentum || nesterov) {
                    b1 = mu * b1 + sx;
                    b2 = mu * b2 + sy;
                    if (nesterov) {
                        dx = minusRate * (sx + mu * b1);
                        dy = minusRate * (sy + mu * b2);
                    } else {
                        dx = minusRate * b1;
                        dy = minusRate * b2;
                    }
                } else {
                    dx = minusRate * sx;
                    dy = minusRate * sy;
                }
                double nx = x[s] + dx;
                double ny = y[s] + dy;
                if (!(Double.isFinite(nx) && Double.isFinite(ny)) || RunKernel.normAbove(nx, ny, radius)) {
                    if (!replay(lane[s], token)) {
                        return false;
                    }
                    continue;
                }
                lane[w] = lane[s];
                lr[w] = lr[s];
                x[w] = nx;
                y[w] = ny;
                bx[w] = b1;
                by[w] = b2;
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
                double c = cost[s];
                double g1 = gx[s];
                double g2 = gy[s];
                if (!Double.isFinite(c) || !(Double.isFinite(g1) && Double.isFinite(g2))) {
                    if (!replay(lane[s], token)) {
                        return false;
                    }
                    continue;
                }
                if (RunKernel.normBelow(g1, g2, tol)) {
                    finish(s, new Converged(steps));
                    continue;
                }
                if (steps >= maxSteps) {
                    finish(s, new MaxSteps(steps));
                    continue;
                }
                lane[w] = lane[s];
                lr[w] = lr[s];
                x[w] = x[s];
                y[w] = y[s];
                cost[w] = c;
                gx[w] = g1;
                gy[w] = g2;
                bx[w] = bx[s];
                by[w] = by[s];
                w++;
            }
            m = w;
            return true;
        }

        private void finish(int s, RunEnd end) {
            out[lane[s]] = new RunSummary(new Vec2(x[s], y[s]), cost[s], Math.hypot(gx[s], gy[s]), end);
        }

        /** @return false when cancelled */
        private boolean replay(int i, CancellationToken token) {
            out[i] = RunKernel.onStepper(configs[i], token);
            return out[i] != null;
        }
    }
}
