package org.gdlab.core.batch;

import java.util.SplittableRandom;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.schedule.Schedule;
import org.gdlab.core.sim.Converged;
import org.gdlab.core.sim.MaxSteps;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.StepRecord;
import org.gdlab.core.sim.Stepper;
import org.gdlab.core.surface.CostFunction;

/**
 * Runs a {@link RunConfig} to its end and keeps only its {@link RunSummary}, checking a
 * {@link CancellationToken} every {@link #CHECK_EVERY} steps.
 *
 * <p><b>Fast path.</b> For GD, momentum and Nesterov ({@link #hasFastPath}) the step of the
 * {@link org.gdlab.core.sim sim package} is written out on primitive doubles, so the hot loop allocates
 * nothing but what {@link CostFunction#gradient(double, double)} returns (often scalar-replaced by the JIT):
 * <pre>
 *   g̃ = clip(g + σ(ξ, η))            (ξ, η from new SplittableRandom(seed), only when σ &gt; 0)
 *   GD:        Δw = −α_k g̃
 *   momentum:  b ← μ b + g̃,  Δw = −α_k b
 *   Nesterov:  b ← μ b + g̃,  Δw = −α_k (g̃ + μ b)
 *   w_{k+1} = w_k + Δw,  α_k = schedule(α, k)
 * </pre>
 * with the same floating-point operations in the same order as the optimizers and {@link Stepper}, and the
 * same admissibility checks in the same order (finite iterate, |w| ≤ radius, finite cost, finite gradient,
 * then |∇C| &lt; tolerance, then the step limit). So the iterates, the end and its step are identical to
 * {@link org.gdlab.core.sim.Simulation#run} (tested). The norm tests |w| &gt; R and |∇C| &lt; tol compare
 * squares first and fall back to {@link Math#hypot} (what {@link Vec2#norm} uses) only within a relative
 * 1e-9 band around the threshold, where rounding could matter; outside the band the answer is the same
 * (the squared sum has relative error ≤ 3·2⁻⁵³). When the fast path meets a divergence it replays the run
 * on the {@link Stepper}, so the {@link org.gdlab.core.sim.Diverged} (with its sentence for students) is
 * exactly the simulation's; divergent runs therefore cost up to twice as much.
 *
 * <p>Every other optimizer runs on the {@link Stepper}.
 */
public final class RunKernel {

    /** Steps between two looks at the cancellation token inside one run (a power of two). */
    public static final int CHECK_EVERY = 256;

    private static final double BAND = 1e-9;

    private RunKernel() {
    }

    /** @return true when {@link #summarize} uses the allocation-free loop for c (GD, momentum, Nesterov) */
    public static boolean hasFastPath(RunConfig c) {
        OptimizerKind k = c.optimizer();
        return k == OptimizerKind.GD || k == OptimizerKind.MOMENTUM || k == OptimizerKind.NESTEROV;
    }

    /**
     * Runs c to its end.
     *
     * @param c the run
     * @param token checked before the first step and every {@link #CHECK_EVERY} steps
     * @return the summary, or null when the token was cancelled before the run ended
     */
    public static RunSummary summarize(RunConfig c, CancellationToken token) {
        if (hasFastPath(c)) {
            return fast(c, token);
        }
        return onStepper(c, token);
    }

    /** The reference path: {@link Stepper}, as {@link org.gdlab.core.sim.Simulation} does. */
    static RunSummary onStepper(RunConfig c, CancellationToken token) {
        Stepper s = new Stepper(c);
        if (s.current() == null) {
            return new RunSummary(c.start(), Double.NaN, Double.NaN, s.end());
        }
        int n = 0;
        while (s.end() == null) {
            if ((n++ & (CHECK_EVERY - 1)) == 0 && token.isCancelled()) {
                return null;
            }
            s.advance();
        }
        StepRecord r = s.current();
        return new RunSummary(r.w(), r.cost(), r.gradientNorm(), s.end());
    }

    private static RunSummary fast(RunConfig c, CancellationToken token) {
        CostFunction f = c.function();
        Schedule schedule = c.rates();
        double radius = c.escapeBound();
        double tol = c.tolerance();
        int maxSteps = c.maxSteps();
        double lr = c.learningRate();
        double sigma = c.noise();
        double clip = c.clip();
        boolean clipping = clip > 0;
        double mu = c.hyper().has("momentum") ? c.hyper().get("momentum") : 0;
        OptimizerKind kind = c.optimizer();
        boolean momentum = kind == OptimizerKind.MOMENTUM;
        boolean nesterov = kind == OptimizerKind.NESTEROV;
        SplittableRandom random = sigma > 0 ? new SplittableRandom(c.seed()) : null;

        double x = c.start().x();
        double y = c.start().y();
        if (normAbove(x, y, radius)) {
            return onStepper(c, token);
        }
        double cost = f.value(x, y);
        if (!Double.isFinite(cost)) {
            return onStepper(c, token);
        }
        Vec2 g = f.gradient(x, y);
        double gx = g.x();
        double gy = g.y();
        if (!(Double.isFinite(gx) && Double.isFinite(gy))) {
            return onStepper(c, token);
        }
        if (normBelow(gx, gy, tol)) {
            return summary(x, y, cost, gx, gy, new Converged(0));
        }
        if (maxSteps <= 0) {
            return summary(x, y, cost, gx, gy, new MaxSteps(0));
        }
        double bx = 0;
        double by = 0;
        for (int k = 0; ; k++) {
            if ((k & (CHECK_EVERY - 1)) == 0 && token.isCancelled()) {
                return null;
            }
            double rate = schedule.rate(lr, k);
            if (!Double.isFinite(rate)) {
                return onStepper(c, token);
            }
            double sx = gx;
            double sy = gy;
            if (random != null) {
                double xi = random.nextGaussian();
                double eta = random.nextGaussian();
                sx = sx + sigma * xi;
                sy = sy + sigma * eta;
            }
            if (clipping) {
                double n = Math.hypot(sx, sy);
                if (n > clip) {
                    double s = clip / n;
                    sx = s * sx;
                    sy = s * sy;
                }
            }
            double dx;
            double dy;
            double minusRate = -rate;
            if (momentum || nesterov) {
                bx = mu * bx + sx;
                by = mu * by + sy;
                if (nesterov) {
                    dx = minusRate * (sx + mu * bx);
                    dy = minusRate * (sy + mu * by);
                } else {
                    dx = minusRate * bx;
                    dy = minusRate * by;
                }
            } else {
                dx = minusRate * sx;
                dy = minusRate * sy;
            }
            double nx = x + dx;
            double ny = y + dy;
            if (!(Double.isFinite(nx) && Double.isFinite(ny)) || normAbove(nx, ny, radius)) {
                return onStepper(c, token);
            }
            double nc = f.value(nx, ny);
            if (!Double.isFinite(nc)) {
                return onStepper(c, token);
            }
            Vec2 ng = f.gradient(nx, ny);
            double ngx = ng.x();
            double ngy = ng.y();
            if (!(Double.isFinite(ngx) && Double.isFinite(ngy))) {
                return onStepper(c, token);
            }
            x = nx;
            y = ny;
            cost = nc;
            gx = ngx;
            gy = ngy;
            if (normBelow(gx, gy, tol)) {
                return summary(x, y, cost, gx, gy, new Converged(k + 1));
            }
            if (k + 1 >= maxSteps) {
                return summary(x, y, cost, gx, gy, new MaxSteps(k + 1));
            }
        }
    }

    private static RunSummary summary(double x, double y, double cost, double gx, double gy,
            org.gdlab.core.sim.RunEnd end) {
        return new RunSummary(new Vec2(x, y), cost, Math.hypot(gx, gy), end);
    }

    /** @return exactly {@code Math.hypot(x, y) > r} for finite x, y (false when r = +∞) */
    static boolean normAbove(double x, double y, double r) {
        double s = x * x + y * y;
        double r2 = r * r;
        if (s < 1e300 && r2 > 1e-290 && r2 < 1e300) {
            if (s < r2 * (1 - BAND)) {
                return false;
            }
            if (s > r2 * (1 + BAND)) {
                return true;
            }
        }
        return Math.hypot(x, y) > r;
    }

    /** @return exactly {@code Math.hypot(x, y) < t} for finite x, y */
    static boolean normBelow(double x, double y, double t) {
        double s = x * x + y * y;
        double t2 = t * t;
        if (s < 1e300 && t2 > 1e-290 && t2 < 1e300) {
            if (s < t2 * (1 - BAND)) {
                return true;
            }
            if (s > t2 * (1 + BAND)) {
                return false;
            }
        }
        return Math.hypot(x, y) < t;
    }
}
