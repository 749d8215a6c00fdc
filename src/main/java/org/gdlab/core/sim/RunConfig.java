package org.gdlab.core.sim;

import java.util.Objects;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.schedule.Schedule;
import org.gdlab.core.schedule.Schedules;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.surface.ViewRect;

/**
 * Everything that determines a run (same config → same run, bit for bit). Immutable; one wither per field.
 *
 * @param function the cost C
 * @param start w₀ (finite)
 * @param optimizer which optimizer
 * @param hyper its hyperparameters, of the same optimizer ({@link RunConfig#of} uses {@link Hyperparameters#defaults})
 * @param learningRate the base learning rate α &gt; 0 (finite)
 * @param schedule α_k = schedule.rate(α, k) (default constant)
 * @param clip the gradient-norm cap c; ≤ 0 or NaN means no clipping (default 0: none)
 * @param noise σ ≥ 0 of the simulated gradient noise (default 0: none)
 * @param seed the seed of the noise generator (default {@value #DEFAULT_SEED})
 * @param maxSteps the most steps to take, ≥ 0 (default {@value #DEFAULT_MAX_STEPS})
 * @param tolerance converged when |∇C(w_k)| &lt; tolerance, ≥ 0 (default {@value #DEFAULT_TOLERANCE})
 * @param divergenceRadius diverged when |w_k| &gt; this bound, &gt; 0, may be +∞ for none (default
 *     {@value #DEFAULT_DIVERGENCE_RADIUS}, far outside every built-in view; see {@link #divergenceRadiusFor})
 */
public record RunConfig(CostFunction function, Vec2 start, OptimizerKind optimizer, Hyperparameters hyper,
        double learningRate, Schedule schedule, double clip, double noise, long seed, int maxSteps,
        double tolerance, double divergenceRadius) {

    /** Default most steps: 1000. */
    public static final int DEFAULT_MAX_STEPS = 1000;
    /** Default gradient-norm tolerance: 1e-8. */
    public static final double DEFAULT_TOLERANCE = 1e-8;
    /** Default divergence bound on |w|: 1e6. */
    public static final double DEFAULT_DIVERGENCE_RADIUS = 1e6;
    /** Default noise seed: 0. */
    public static final long DEFAULT_SEED = 0L;

    /** @throws IllegalArgumentException with a one-line message for an invalid field */
    public RunConfig {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(hyper, "hyper");
        Objects.requireNonNull(schedule, "schedule");
        if (hyper.kind() != optimizer) {
            throw new IllegalArgumentException("the hyperparameters of " + hyper.kind().id() + " do not fit a "
                    + optimizer.id() + " run");
        }
        if (!start.isFinite()) {
            throw new IllegalArgumentException("the start point must be finite, got (" + start.x() + ", " + start.y() + ")");
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a finite number > 0, got " + learningRate);
        }
        if (!(noise >= 0) || !Double.isFinite(noise)) {
            throw new IllegalArgumentException("the noise σ must be a finite number ≥ 0, got " + noise);
        }
        if (maxSteps < 0) {
            throw new IllegalArgumentException("the number of steps must be ≥ 0, got " + maxSteps);
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("the tolerance must be a finite number ≥ 0, got " + tolerance);
        }
        if (!(divergenceRadius > 0)) {
            throw new IllegalArgumentException("the divergence radius must be > 0, got " + divergenceRadius);
        }
    }

    /**
     * @return a config with the optimizer's default hyperparameters, a constant schedule, no clipping, no
     *     noise, seed 0, {@value #DEFAULT_MAX_STEPS} steps, tolerance {@value #DEFAULT_TOLERANCE} and
     *     divergence radius {@value #DEFAULT_DIVERGENCE_RADIUS}
     */
    public static RunConfig of(CostFunction f, Vec2 start, OptimizerKind k, double lr) {
        return new RunConfig(f, start, k, Hyperparameters.defaults(k), lr, Schedules.constant(), 0, 0,
                DEFAULT_SEED, DEFAULT_MAX_STEPS, DEFAULT_TOLERANCE, DEFAULT_DIVERGENCE_RADIUS);
    }

    /**
     * A divergence bound "far outside the view": 10⁴ times the distance from the origin to the view's
     * farthest corner (so 7.07e4 for [-5,5]²), but at least 10³; a suggestion for the UI, while the default
     * {@value #DEFAULT_DIVERGENCE_RADIUS} suits every built-in view.
     *
     * @param view a view rectangle
     * @return max(1e3, 1e4 · max corner distance)
     */
    public static double divergenceRadiusFor(ViewRect view) {
        double cx = Math.max(Math.abs(view.xMin()), Math.abs(view.xMax()));
        double cy = Math.max(Math.abs(view.yMin()), Math.abs(view.yMax()));
        return Math.max(1e3, 1e4 * Math.hypot(cx, cy));
    }

    public RunConfig withFunction(CostFunction v) {
        return new RunConfig(v, start, optimizer, hyper, learningRate, schedule, clip, noise, seed, maxSteps, tolerance, divergenceRadius);
    }

    public RunConfig withStart(Vec2 v) {
        return new RunConfig(function, v, optimizer, hyper, learningRate, schedule, clip, noise, seed, maxSteps, tolerance, divergenceRadius);
    }

    /**
     * Replaces the optimizer and keeps the hyperparameters it shares with the old one (same name, see
     * {@link Hyperparameters#carriedTo}); the others take their defaults (see {@link #withOptimizerDefaults}).
     */
    public RunConfig withOptimizer(OptimizerKind v) {
        return new RunConfig(function, start, v, hyper.carriedTo(v), learningRate, schedule, clip, noise, seed, maxSteps, tolerance, divergenceRadius);
    }

    /** Replaces the optimizer and resets the hyperparameters to its defaults. */
    public RunConfig withOptimizerDefaults(OptimizerKind v) {
        return new RunConfig(function, start, v, Hyperparameters.defaults(v), learningRate, schedule, clip, noise, seed, maxSteps, tolerance, divergenceRadius);
    }

    public RunConfig withHyper(Hyperparameters v) {
        return new RunConfig(function, start, optimizer, v, learningRate, schedule, clip, noise, seed, maxSteps, tolerance, divergenceRadius);
    }

    public RunConfig withLearningRate(double v) {
        return new RunConfig(function, start, optimizer, hyper, v, schedule, clip, noise, seed, maxSteps, tolerance, divergenceRadius);
    }

    public RunConfig withSchedule(Schedule v) {
        return new RunConfig(function, start, optimizer, hyper, learningRate, v, clip, noise, seed, maxSteps, tolerance, divergenceRadius);
    }

    public RunConfig withClip(double v) {
        return new RunConfig(function, start, optimizer, hyper, learningRate, schedule, v, noise, seed, maxSteps, tolerance, divergenceRadius);
    }

    public RunConfig withNoise(double v) {
        return new RunConfig(function, start, optimizer, hyper, learningRate, schedule, clip, v, seed, maxSteps, tolerance, divergenceRadius);
    }

    public RunConfig withSeed(long v) {
        return new RunConfig(function, start, optimizer, hyper, learningRate, schedule, clip, noise, v, maxSteps, tolerance, divergenceRadius);
    }

    public RunConfig withMaxSteps(int v) {
        return new RunConfig(function, start, optimizer, hyper, learningRate, schedule, clip, noise, seed, v, tolerance, divergenceRadius);
    }

    public RunConfig withTolerance(double v) {
        return new RunConfig(function, start, optimizer, hyper, learningRate, schedule, clip, noise, seed, maxSteps, v, divergenceRadius);
    }

    public RunConfig withDivergenceRadius(double v) {
        return new RunConfig(function, start, optimizer, hyper, learningRate, schedule, clip, noise, seed, maxSteps, tolerance, v);
    }
}
