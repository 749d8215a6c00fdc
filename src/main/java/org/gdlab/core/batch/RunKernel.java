package org.gdlab.core.batch;

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
import org.gdlab.core.sim.StepRecord;
import org.gdlab.core.sim.Stepper;
import org.gdlab.core.surface.CostFunction;

/**
 * Runs a {@link RunConfig} to its end and keeps only its {@link RunSummary}, checking a
 * {@link CancellationToken} every {@link #CHECK_EVERY} steps.
 *
 * <p><b>One lane on primitive doubles.</b> Every optimizer, with or without noise, clipping or a schedule,
 * runs in a loop that holds the iterate in locals and calls the same three pieces as {@link Stepper}:
 * <pre>
 *   α_k = schedule(α, k)
 *   g̃ = clip(g + σ(ξ, η))                 {@link SeenGradient} (the run's own SplittableRandom(seed))
 *   (Δw, state) = rule(g̃, state, α_k, w)  the optimizer's {@link UpdateKernel}, one lane
 *   w_{k+1} = w_k + Δw                      then the checks of {@link Admissibility}
 * </pre>
 * so the iterates, the end and its step are identical to {@link org.gdlab.core.sim.Simulation#run} by
 * construction (and tested). The loop allocates nothing per step but what
 * {@link CostFunction#gradient(double, double)} returns (often scalar-replaced by the JIT) and, for Newton,
 * the Hessian's solve. When the loop meets a divergence it replays the run on the {@link Stepper}, so the
 * {@link org.gdlab.core.sim.Diverged} (with its sentence for students) is exactly the simulation's;
 * divergent runs therefore cost up to twice as much. A rule that finds no step ({@link Halt}) is replayed
 * the same way, so its {@link org.gdlab.core.sim.Stopped} is the simulation's.
 */
public final class RunKernel {

    /** Steps between two looks at the cancellation token inside one run (a power of two). */
    public static final int CHECK_EVERY = 256;

    private RunKernel() {
    }

    /**
     * Runs c to its end.
     *
     * @param c the run
     * @param token checked before the first step and every {@link #CHECK_EVERY} steps
     * @return the summary, or null when the token was cancelled before the run ended
     */
    public static RunSummary summarize(RunConfig c, CancellationToken token) {
        if (c.miniBatch()) {
            return onStepper(c, token); // the Stepper draws the mini-batches
        }
        CostFunction f = c.function();
        Schedule schedule = c.rates();
        double radius = c.escapeBound();
        double tol = c.tolerance();
        int maxSteps = c.maxSteps();
        double lr = c.learningRate();
        double sigma = c.noise();
        double clip = c.clip();
        SplittableRandom random = SeenGradient.random(c);
        UpdateKernel kernel = c.kernel();
        double[] state = new double[kernel.stateSize()];
        double[] sx = new double[1];
        double[] sy = new double[1];
        double[] rate1 = new double[1];
        double[] x1 = new double[1];
        double[] y1 = new double[1];
        double[] dx = new double[1];
        double[] dy = new double[1];

        double x = c.start().x();
        double y = c.start().y();
        if (Admissibility.iterate(x, y, radius) != Verdict.GOES_ON) {
            return onStepper(c, token);
        }
        double cost = f.value(x, y);
        Vec2 g = f.gradient(x, y);
        double gx = g.x();
        double gy = g.y();
        int k = 0;
        Verdict v = Admissibility.evaluated(cost, gx, gy, 0, tol, maxSteps);
        for (; v == Verdict.GOES_ON; k++) {
            if ((k & (CHECK_EVERY - 1)) == 0 && token.isCancelled()) {
                return null;
            }
            double rate = schedule.rate(lr, k);
            if (!Double.isFinite(rate)) {
                return onStepper(c, token);
            }
            SeenGradient.into(gx, gy, sigma, random, clip, sx, sy, 0);
            rate1[0] = rate;
            x1[0] = x;
            y1[0] = y;
            kernel.update(1, k, sx, sy, rate1, x1, y1, state, dx, dy, f);
            if (kernel.halt(state, 0) != Halt.NONE) {
                return onStepper(c, token);
            }
            double nx = x + dx[0];
            double ny = y + dy[0];
            if (Admissibility.iterate(nx, ny, radius) != Verdict.GOES_ON) {
                return onStepper(c, token);
            }
            x = nx;
            y = ny;
            cost = f.value(x, y);
            g = f.gradient(x, y);
            gx = g.x();
            gy = g.y();
            v = Admissibility.evaluated(cost, gx, gy, k + 1, tol, maxSteps);
        }
        return switch (v) {
            case CONVERGED -> summary(x, y, cost, gx, gy, new Converged(k));
            case MAX_STEPS -> summary(x, y, cost, gx, gy, new MaxSteps(k));
            default -> onStepper(c, token);
        };
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

    static RunSummary summary(double x, double y, double cost, double gx, double gy, RunEnd end) {
        return new RunSummary(new Vec2(x, y), cost, Math.hypot(gx, gy), end);
    }
}
