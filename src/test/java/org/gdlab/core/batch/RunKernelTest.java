package org.gdlab.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.schedule.Schedules;
import org.gdlab.core.sim.Admissibility;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.core.testing.TestFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RunKernelTest {

    private static final CostFunction HIMMELBLAU = SurfaceCatalog.create("himmelblau");

    static Stream<Arguments> configs() {
        CostFunction rosen = SurfaceCatalog.create("rosenbrock");
        return Stream.of(
                Arguments.of("gd himmelblau", RunConfig.of(HIMMELBLAU, new Vec2(4, 4), OptimizerKind.GD, 0.01).withMaxSteps(500)),
                Arguments.of("gd himmelblau near max", RunConfig.of(HIMMELBLAU, new Vec2(-0.3, -0.9), OptimizerKind.GD, 0.01).withMaxSteps(500)),
                Arguments.of("momentum himmelblau", RunConfig.of(HIMMELBLAU, new Vec2(-4, 4), OptimizerKind.MOMENTUM, 0.002).withMaxSteps(500)),
                Arguments.of("nesterov rosenbrock", RunConfig.of(rosen, new Vec2(-1.5, 2), OptimizerKind.NESTEROV, 1e-4).withMaxSteps(3000)),
                Arguments.of("gd rosenbrock clipped noisy scheduled", RunConfig.of(rosen, new Vec2(-1.5, 2), OptimizerKind.GD, 1e-3)
                        .withClip(5).withNoise(0.3).withSeed(42).withSchedule(Schedules.parse("exp:0.999")).withMaxSteps(2000)),
                Arguments.of("gd quadratic diverges", RunConfig.of(SurfaceCatalog.create("quadratic"), new Vec2(-4.5, 2), OptimizerKind.GD, 0.21)),
                Arguments.of("momentum leaves small radius", RunConfig.of(HIMMELBLAU, new Vec2(4, 4), OptimizerKind.MOMENTUM, 0.05).withEscapeBound(50)),
                Arguments.of("gd exhausted", RunConfig.of(rosen, new Vec2(-1.5, 2), OptimizerKind.GD, 1e-4).withMaxSteps(700)),
                Arguments.of("adam on stepper", RunConfig.of(HIMMELBLAU, new Vec2(1, 1), OptimizerKind.ADAM, 0.1).withMaxSteps(300)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void summaryIsTheLastRowAndEndOfTheSimulation(String name, RunConfig c) {
        Trajectory t = Simulation.run(c);
        RunSummary s = RunKernel.summarize(c, CancellationToken.none());
        int last = t.size() - 1;
        // bit-identical: the fast path performs the same floating-point operations in the same order
        assertEquals(t.point(last), s.last());
        assertEquals(t.cost(last), s.cost());
        assertEquals(t.step(last).gradientNorm(), s.gradientNorm());
        assertEquals(t.end(), s.end());
    }

    @Test
    void fastPathGivesTheSimulationsIteratesAtSampledHimmelblauStarts() {
        SplittableRandom r = new SplittableRandom(7);
        for (int n = 0; n < 200; n++) {
            Vec2 start = new Vec2(r.nextDouble(-5, 5), r.nextDouble(-5, 5));
            for (int steps : new int[] {0, 1, 17, 500}) {
                RunConfig c = RunConfig.of(HIMMELBLAU, start, OptimizerKind.GD, 0.01).withMaxSteps(steps);
                Trajectory t = Simulation.run(c);
                RunSummary s = RunKernel.summarize(c, CancellationToken.none());
                assertEquals(t.point(t.size() - 1), s.last(), start + " after " + steps);
                assertEquals(t.end(), s.end(), start + " after " + steps);
            }
        }
    }

    @Test
    void divergenceCarriesTheSimulationsSentence() {
        RunConfig c = RunConfig.of(SurfaceCatalog.create("quadratic"), new Vec2(-4.5, 2), OptimizerKind.GD, 0.3);
        RunSummary s = RunKernel.summarize(c, CancellationToken.none());
        assertTrue(s.diverged());
        assertEquals(Simulation.run(c).end(), s.end());
        assertFalse(((Diverged) s.end()).message().isEmpty());
    }

    @Test
    void cancelledTokenStopsARunWithinCheckEverySteps() {
        AtomicLong calls = new AtomicLong();
        CancellationToken token = new CancellationToken();
        CostFunction counting = TestFunctions.of((x, y) -> x * x + y * y, (x, y) -> {
            if (calls.incrementAndGet() == 1000) {
                token.cancel();
            }
            return new Vec2(2 * x, 2 * y);
        }, (x, y) -> new Sym2(2, 0, 2));
        RunConfig c = RunConfig.of(counting, new Vec2(1, 1), OptimizerKind.GD, 1e-9).withMaxSteps(1_000_000).withTolerance(0);
        assertNull(RunKernel.summarize(c, token));
        // one gradient per step: cancelled at the 1000th, noticed at the next multiple of CHECK_EVERY
        assertTrue(calls.get() <= 1000 + RunKernel.CHECK_EVERY, "gradients evaluated: " + calls.get());
    }

    @Test
    void normTestsAgreeWithHypotAtTheThreshold() {
        SplittableRandom r = new SplittableRandom(3);
        for (int n = 0; n < 100_000; n++) {
            double x = r.nextDouble(-2, 2);
            double y = r.nextDouble(-2, 2);
            double t = Math.hypot(x, y) * (1 + (r.nextInt(5) - 2) * 0x1p-52);
            assertEquals(Math.hypot(x, y) > t, Admissibility.normAbove(x, y, t));
            assertEquals(Math.hypot(x, y) < t, Admissibility.normBelow(x, y, t));
        }
        assertFalse(Admissibility.normAbove(1e200, 1e200, Double.POSITIVE_INFINITY));
        assertTrue(Admissibility.normAbove(1e200, 1e200, 1e6));
        assertFalse(Admissibility.normBelow(0, 0, 0));
    }
}
