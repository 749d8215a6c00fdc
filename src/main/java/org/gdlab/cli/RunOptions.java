package org.gdlab.cli;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.Surface;

/** Checks the options of {@code gdlab run} and turns them into a {@link RunConfig}. */
final class RunOptions {

    private RunOptions() {
    }

    /**
     * Builds the run specification from the options: what an option leaves out is the specification's own
     * default ({@link RunConfig#defaults}, {@link RunConfig#defaultLearningRate}); every value is checked by
     * the specification itself, and its sentence is printed after the option's name.
     *
     * @throws BadInputException naming the bad option
     */
    static RunConfig config(RunCommand o, Surface surface) {
        OptimizerKind kind = OptimizerKind.fromId(o.optimizer.strip());
        Vec2 start = surface.description().suggestedStart();
        if (o.start != null) {
            double[] p = Numbers.parsePoint(o.start, "--start");
            start = new Vec2(p[0], p[1]);
        }
        double lr = o.lr != null ? o.lr : RunConfig.defaultLearningRate(surface, kind);
        RunConfig c = option("--optimizer", () -> RunConfig.of(surface, Vec2.ZERO,
                HyperparameterOptions.read(o.spec, kind), 1));
        RunConfig base = c;
        Vec2 w0 = start;
        c = option("--start", () -> base.withStart(w0));
        c = set("--lr", c, x -> x.withLearningRate(lr));
        c = set("--schedule", c, x -> x.withSchedule(o.schedule));
        c = set("--warmup", c, x -> x.withWarmup(o.warmup));
        if (o.clip != null) {
            if (!(o.clip > 0)) {
                throw new BadInputException("--clip must be a positive number, got " + o.clip);
            }
            c = set("--clip", c, x -> x.withClip(o.clip));
        }
        c = set("--noise", c, x -> x.withNoise(o.noise));
        c = set("--steps", c, x -> x.withMaxSteps(o.steps));
        c = set("--tol", c, x -> x.withTolerance(o.tol));
        c = set("--batch", c, x -> x.withBatch(o.batch));
        return c.withSeed(o.seed);
    }

    private static RunConfig set(String option, RunConfig c, java.util.function.UnaryOperator<RunConfig> change) {
        return option(option, () -> change.apply(c));
    }

    private static RunConfig option(String option, java.util.function.Supplier<RunConfig> make) {
        try {
            return make.get();
        } catch (BadInputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + ": " + e.getMessage());
        }
    }
}
