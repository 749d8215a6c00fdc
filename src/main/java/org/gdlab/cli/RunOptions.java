package org.gdlab.cli;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.schedule.Schedule;
import org.gdlab.core.schedule.Schedules;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.Surface;

/** Checks the options of {@code gdlab run} and turns them into a {@link RunConfig}. */
final class RunOptions {

    private RunOptions() {
    }

    /** @throws BadInputException (or IllegalArgumentException from the core) naming the bad option */
    static RunConfig config(RunCommand o, Surface surface) {
        OptimizerKind kind = OptimizerKind.fromId(o.optimizer.strip());
        Vec2 start = surface.description().suggestedStart();
        if (o.start != null) {
            double[] p = Numbers.parsePoint(o.start, "--start");
            start = new Vec2(p[0], p[1]);
        }
        double lr = o.lr != null ? o.lr
                : kind == OptimizerKind.NEWTON ? kind.defaultLearningRate() : surface.description().suggestedLearningRate();
        requirePositive(lr, "--lr (the learning rate α)");
        if (o.steps < 0) {
            throw new BadInputException("--steps must be 0 or more, got " + o.steps);
        }
        if (o.warmup < 0) {
            throw new BadInputException("--warmup must be 0 or more, got " + o.warmup);
        }
        if (!(o.tol >= 0) || !Double.isFinite(o.tol)) {
            throw new BadInputException("--tol must be 0 or more, got " + o.tol);
        }
        if (!(o.noise >= 0) || !Double.isFinite(o.noise)) {
            throw new BadInputException("--noise must be 0 or more, got " + o.noise);
        }
        double clip = 0;
        if (o.clip != null) {
            requirePositive(o.clip, "--clip");
            clip = o.clip;
        }
        Schedule schedule = Schedules.parse(o.schedule.strip());
        if (o.warmup > 0) {
            schedule = Schedules.withWarmup(schedule, o.warmup);
        }
        return RunConfig.of(surface, start, kind, lr)
                .withHyper(HyperparameterOptions.read(o.spec, kind))
                .withSchedule(schedule)
                .withClip(clip)
                .withNoise(o.noise)
                .withSeed(o.seed)
                .withMaxSteps(o.steps)
                .withTolerance(o.tol)
                .withDivergenceRadius(RunConfig.divergenceRadiusFor(surface.description().view()));
    }

    private static void requirePositive(double v, String what) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new BadInputException(what + " must be a positive number, got " + v);
        }
    }
}
