package org.gdlab.core.scenario;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameter;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.schedule.Schedule;
import org.gdlab.core.schedule.Schedules;

/**
 * One optimizer run of a scenario. Runs share the scenario's start point and step limit, so that several
 * optimizers race from the same place (issue 5); a run may name its own {@code start} instead (for example
 * to show that on Himmelblau's function where you start decides where you end). Immutable; one wither per
 * field.
 *
 * @param label what the legend calls the run; "" for an automatic label ({@link #displayLabel()})
 * @param optimizer the optimizer
 * @param hyper its hyperparameters
 * @param learningRate the base learning rate α &gt; 0
 * @param schedule a schedule spec for {@link Schedules#parse}: constant | step:N:G | exp:G | inv:K | cosine:T[:MIN]
 * @param warmup linear warm-up over this many steps, 0 ≤ warmup ≤ {@value Scenario#MAX_STEPS} (0: none)
 * @param clip the gradient-norm cap c ≥ 0 (0: no clipping)
 * @param noise σ ≥ 0 of the Gaussian gradient noise (0: none)
 * @param seed the seed of the noise
 * @param color the path's colour as "#rrggbb" (lower case), or "" for the plot's palette
 * @param start the run's own start point, or empty to start at the scenario's
 */
public record RunSpec(String label, OptimizerKind optimizer, Hyperparameters hyper, double learningRate,
        String schedule, int warmup, double clip, double noise, long seed, String color, Optional<Vec2> start) {

    /** @throws IllegalArgumentException with a one-line message for a value out of range */
    public RunSpec {
        label = label == null ? "" : label.strip();
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(hyper, "hyper");
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a finite number > 0, got " + learningRate);
        }
        schedule = schedule == null ? "constant" : schedule.strip();
        Schedules.parse(schedule);
        if (warmup < 0 || warmup > Scenario.MAX_STEPS) {
            throw new IllegalArgumentException("the warm-up must be 0 to " + Scenario.MAX_STEPS + " steps, got " + warmup);
        }
        if (!(clip >= 0) || !Double.isFinite(clip)) {
            throw new IllegalArgumentException("the clip must be a finite number ≥ 0 (0: none), got " + clip);
        }
        if (!(noise >= 0) || !Double.isFinite(noise)) {
            throw new IllegalArgumentException("the noise σ must be a finite number ≥ 0, got " + noise);
        }
        color = color == null ? "" : color.strip().toLowerCase(Locale.ROOT);
        if (!color.isEmpty() && !color.matches("#[0-9a-f]{6}")) {
            throw new IllegalArgumentException("a colour must be written #rrggbb (e.g. #e41a1c), got '" + color + "'");
        }
        start = start == null ? Optional.empty() : start;
        if (start.isPresent() && !start.get().isFinite()) {
            throw new IllegalArgumentException("a start point must be finite, got " + start.get());
        }
    }

    /** @return plain settings: default hyperparameters, constant schedule, no warm-up, clip, noise; seed 0 */
    public static RunSpec of(OptimizerKind optimizer, double learningRate) {
        return new RunSpec("", optimizer, Hyperparameters.defaults(optimizer), learningRate, "constant", 0, 0, 0, 0,
                "", Optional.empty());
    }

    /** @return the schedule with its warm-up, as the simulation uses it */
    public Schedule scheduleFunction() {
        return Schedules.withWarmup(Schedules.parse(schedule), warmup);
    }

    /** @return the start point of this run: its own, or the scenario's */
    public Vec2 startOr(Vec2 scenarioStart) {
        return start.orElse(scenarioStart);
    }

    /**
     * @return the label, or when it is "" one made of the settings, e.g. "Gradient descent, α = 0.22" or
     *     "Momentum, α = 0.1, μ = 0.5, clip 1, inv:0.05, σ = 2"
     */
    public String displayLabel() {
        if (!label.isEmpty()) {
            return label;
        }
        StringBuilder b = new StringBuilder(optimizer.displayName()).append(", α = ").append(plain(learningRate));
        for (Hyperparameter d : hyper.declarations()) {
            if (d.inLabel()) {
                b.append(", ").append(d.symbol()).append(" = ").append(plain(hyper.get(d.name())));
            }
        }
        if (clip > 0) {
            b.append(", clip ").append(plain(clip));
        }
        if (!schedule.equalsIgnoreCase("constant")) {
            b.append(", ").append(schedule);
        }
        if (warmup > 1) {
            b.append(", warm-up ").append(warmup);
        }
        if (noise > 0) {
            b.append(", σ = ").append(plain(noise));
        }
        return b.toString();
    }

    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    public RunSpec withLabel(String v) {
        return new RunSpec(v, optimizer, hyper, learningRate, schedule, warmup, clip, noise, seed, color, start);
    }

    /** Replaces the optimizer and resets the hyperparameters to its defaults. */
    public RunSpec withOptimizer(OptimizerKind v) {
        return new RunSpec(label, v, Hyperparameters.defaults(v), learningRate, schedule, warmup, clip, noise, seed, color, start);
    }

    public RunSpec withHyper(Hyperparameters v) {
        return new RunSpec(label, optimizer, v, learningRate, schedule, warmup, clip, noise, seed, color, start);
    }

    public RunSpec withLearningRate(double v) {
        return new RunSpec(label, optimizer, hyper, v, schedule, warmup, clip, noise, seed, color, start);
    }

    public RunSpec withSchedule(String v) {
        return new RunSpec(label, optimizer, hyper, learningRate, v, warmup, clip, noise, seed, color, start);
    }

    public RunSpec withWarmup(int v) {
        return new RunSpec(label, optimizer, hyper, learningRate, schedule, v, clip, noise, seed, color, start);
    }

    public RunSpec withClip(double v) {
        return new RunSpec(label, optimizer, hyper, learningRate, schedule, warmup, v, noise, seed, color, start);
    }

    public RunSpec withNoise(double v) {
        return new RunSpec(label, optimizer, hyper, learningRate, schedule, warmup, clip, v, seed, color, start);
    }

    public RunSpec withSeed(long v) {
        return new RunSpec(label, optimizer, hyper, learningRate, schedule, warmup, clip, noise, v, color, start);
    }

    public RunSpec withColor(String v) {
        return new RunSpec(label, optimizer, hyper, learningRate, schedule, warmup, clip, noise, seed, v, start);
    }

    /** @param v the run's own start, or null to start at the scenario's */
    public RunSpec withStart(Vec2 v) {
        return new RunSpec(label, optimizer, hyper, learningRate, schedule, warmup, clip, noise, seed, color, Optional.ofNullable(v));
    }
}
