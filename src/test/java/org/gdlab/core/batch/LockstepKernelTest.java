package org.gdlab.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.gdlab.core.expr.FormulaSurface;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.schedule.Schedules;
import org.gdlab.core.sim.Converged;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.MaxSteps;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.core.testing.TestFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lockstep runs must be bit-identical to one {@link RunKernel#summarize} per lane: the comparisons below are
 * exact (bits of every double, the end record and its step), no tolerance.
 */
class LockstepKernelTest {

    private static final CostFunction HIMMELBLAU = SurfaceCatalog.create("himmelblau");
    private static final CostFunction ROSENBROCK = SurfaceCatalog.create("rosenbrock");
    private static final CostFunction QUADRATIC = SurfaceCatalog.create("quadratic");
    private static final CostFunction HIMMELBLAU_FORMULA = FormulaSurface.parse("(x^2 + y - 11)^2 + (x + y^2 - 7)^2");
    private static final CostFunction TRIG_FORMULA = FormulaSurface.parse("sin(x)cos(y) + 0.1(x^2+y^2)");
    /**
     * −|w|²/2 pushes every run outwards; its cost is NaN where |x| &gt; 4 and its gradient NaN where |y| &gt; 4,
     * so lanes leave through a non-finite cost, a non-finite gradient or the radius, at the start or mid-run.
     */
    private static final CostFunction HOLES = TestFunctions.of(
            (x, y) -> Math.abs(x) > 4 ? Double.NaN : -(x * x + y * y) / 2,
            (x, y) -> Math.abs(y) > 4 ? new Vec2(Double.NaN, -y) : new Vec2(-x, -y),
            (x, y) -> new Sym2(-1, 0, -1));

    /** n × n starts on [−h, h]², row-major. */
    private static double[][] grid(int n, double h) {
        double[] xs = new double[n * n];
        double[] ys = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                xs[j * n + i] = -h + 2 * h * i / (n - 1);
                ys[j * n + i] = -h + 2 * h * j / (n - 1) + 0.013 * i;
            }
        }
        return new double[][] {xs, ys};
    }

    private static RunConfig gd(CostFunction f, double lr) {
        return RunConfig.of(f, Vec2.ZERO, OptimizerKind.GD, lr);
    }

    static Stream<Arguments> templates() {
        return Stream.of(
                Arguments.of("gd himmelblau converges", gd(HIMMELBLAU, 0.01).withMaxSteps(500)),
                Arguments.of("gd himmelblau exhausted", gd(HIMMELBLAU, 0.01).withMaxSteps(30)),
                Arguments.of("gd himmelblau some diverge", gd(HIMMELBLAU, 0.03).withMaxSteps(400)),
                Arguments.of("momentum himmelblau", RunConfig.of(HIMMELBLAU, Vec2.ZERO, OptimizerKind.MOMENTUM, 0.002).withMaxSteps(500)),
                Arguments.of("nesterov rosenbrock", RunConfig.of(ROSENBROCK, Vec2.ZERO, OptimizerKind.NESTEROV, 1e-4).withMaxSteps(3000)),
                Arguments.of("gd rosenbrock clipped scheduled", gd(ROSENBROCK, 1e-3).withClip(5)
                        .withSchedule(Schedules.parse("exp:0.999")).withMaxSteps(2000)),
                Arguments.of("momentum quadratic clipped step schedule", RunConfig.of(QUADRATIC, Vec2.ZERO, OptimizerKind.MOMENTUM, 0.2)
                        .withClip(1).withSchedule(Schedules.parse("step:50:0.5")).withMaxSteps(600)),
                Arguments.of("gd quadratic some diverge", gd(QUADRATIC, 0.21)),
                Arguments.of("gd himmelblau tolerance 0", gd(HIMMELBLAU, 0.01).withMaxSteps(300).withTolerance(0)),
                Arguments.of("gd himmelblau small radius", gd(HIMMELBLAU, 0.02).withEscapeBound(5).withMaxSteps(300)),
                Arguments.of("gd himmelblau 0 steps", gd(HIMMELBLAU, 0.01).withMaxSteps(0)),
                Arguments.of("gd himmelblau 1 step", gd(HIMMELBLAU, 0.01).withMaxSteps(1)),
                Arguments.of("gd rate turns NaN at step 7", gd(HIMMELBLAU, 0.01).withSchedule((a, t) -> t < 7 ? a : Double.NaN)),
                Arguments.of("gd non-finite cost and gradient", gd(HOLES, 0.1).withMaxSteps(200)),
                Arguments.of("gd non-finite cost and gradient, 60 steps", gd(HOLES, 0.1).withMaxSteps(60)),
                Arguments.of("formula gd himmelblau converges", gd(HIMMELBLAU_FORMULA, 0.01).withMaxSteps(500)),
                Arguments.of("formula gd himmelblau some diverge", gd(HIMMELBLAU_FORMULA, 0.03).withMaxSteps(400)),
                Arguments.of("formula momentum himmelblau clipped", RunConfig.of(HIMMELBLAU_FORMULA, Vec2.ZERO, OptimizerKind.MOMENTUM, 0.002)
                        .withClip(20).withMaxSteps(500)),
                Arguments.of("formula nesterov himmelblau cosine", RunConfig.of(HIMMELBLAU_FORMULA, Vec2.ZERO, OptimizerKind.NESTEROV, 0.004)
                        .withSchedule(Schedules.parse("cosine:300")).withMaxSteps(300)),
                Arguments.of("formula gd trig", gd(TRIG_FORMULA, 0.3).withMaxSteps(1000)),
                Arguments.of("formula momentum trig tolerance 0", RunConfig.of(TRIG_FORMULA, Vec2.ZERO, OptimizerKind.MOMENTUM, 0.1)
                        .withTolerance(0).withMaxSteps(200)),
                Arguments.of("formula nesterov trig diverges", RunConfig.of(TRIG_FORMULA, Vec2.ZERO, OptimizerKind.NESTEROV, 12).withMaxSteps(100)),
                Arguments.of("formula gd trig 1 step", gd(TRIG_FORMULA, 0.3).withMaxSteps(1)),
                Arguments.of("noisy gd", gd(HIMMELBLAU_FORMULA, 0.01).withNoise(0.5).withSeed(3).withMaxSteps(200)),
                Arguments.of("noisy momentum clipped", RunConfig.of(HIMMELBLAU, Vec2.ZERO, OptimizerKind.MOMENTUM, 0.002)
                        .withNoise(2).withSeed(11).withClip(20).withMaxSteps(300)),
                Arguments.of("adam", RunConfig.of(HIMMELBLAU, Vec2.ZERO, OptimizerKind.ADAM, 0.1).withMaxSteps(200)),
                Arguments.of("formula adam noisy", RunConfig.of(HIMMELBLAU_FORMULA, Vec2.ZERO, OptimizerKind.ADAM, 0.1)
                        .withNoise(1).withSeed(5).withMaxSteps(200)),
                Arguments.of("adagrad rosenbrock", RunConfig.of(ROSENBROCK, Vec2.ZERO, OptimizerKind.ADAGRAD, 0.5).withMaxSteps(300)),
                Arguments.of("rmsprop himmelblau scheduled", RunConfig.of(HIMMELBLAU, Vec2.ZERO, OptimizerKind.RMSPROP, 0.05)
                        .withSchedule(Schedules.parse("inv:0.01")).withMaxSteps(300)),
                Arguments.of("normalized trig", RunConfig.of(TRIG_FORMULA, Vec2.ZERO, OptimizerKind.NORMALIZED, 0.1).withMaxSteps(200)),
                Arguments.of("newton himmelblau", RunConfig.of(HIMMELBLAU, Vec2.ZERO, OptimizerKind.NEWTON, 1).withMaxSteps(50)),
                Arguments.of("newton non-finite cost and gradient", RunConfig.of(HOLES, Vec2.ZERO, OptimizerKind.NEWTON, 0.5)
                        .withMaxSteps(60)));
    }

    /** f stepped in lockstep even when hand-written ({@link TestFunctions#batched}). */
    private static CostFunction batched(CostFunction f) {
        return TestFunctions.batched(f);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyLaneIsBitIdenticalToItsOwnRun(String name, RunConfig template) {
        double[][] starts = grid(9, 6);
        RunConfig lockstepTemplate = template.withFunction(batched(template.function()));
        for (RunConfig t : new RunConfig[] {template, lockstepTemplate}) {
            RunSummary[] lockstep = LockstepKernel.summarize(t, starts[0], starts[1], CancellationToken.none());
            assertNotNull(lockstep);
            assertEquals(starts[0].length, lockstep.length);
            for (int i = 0; i < lockstep.length; i++) {
                RunConfig c = template.withStart(new Vec2(starts[0][i], starts[1][i]));
                assertBitIdentical(RunKernel.summarize(c, CancellationToken.none()), lockstep[i], name + ", start " + c.start());
            }
        }
        assertEquals(template.optimizer() != OptimizerKind.NEWTON, LockstepKernel.steppedInLockstep(lockstepTemplate), name);
    }

    @Test
    void eachRuleIsSteppedInLockstepWhereItDeclaresThatItPays() {
        for (OptimizerKind k : OptimizerKind.values()) {
            boolean always = k == OptimizerKind.RMSPROP || k == OptimizerKind.ADAM || k == OptimizerKind.NORMALIZED;
            boolean never = k == OptimizerKind.NEWTON || k.choosesStepLength();
            // Polyak's C* is given where the formula has no known minimum
            org.gdlab.core.optim.Hyperparameters h = k == OptimizerKind.POLYAK
                    ? org.gdlab.core.optim.Hyperparameters.defaults(k).with("cstar", 0)
                    : org.gdlab.core.optim.Hyperparameters.defaults(k);
            assertEquals(!never, LockstepKernel.steppedInLockstep(RunConfig.of(HIMMELBLAU_FORMULA, Vec2.ZERO, h, 0.01)), k.id());
            if (!k.choosesStepLength()) {
                assertEquals(!never, LockstepKernel.steppedInLockstep(RunConfig.of(TRIG_FORMULA, Vec2.ZERO, k, 0.01).withNoise(0.1)), k.id());
            }
            assertEquals(always, LockstepKernel.steppedInLockstep(RunConfig.of(HIMMELBLAU, Vec2.ZERO, k, 0.01)), k.id());
        }
    }

    @Test
    void divergingLanesLeaveTheOthersRunning() {
        RunConfig template = gd(HIMMELBLAU_FORMULA, 0.03).withMaxSteps(400);
        double[][] starts = grid(9, 6);
        RunSummary[] lockstep = LockstepKernel.summarize(template, starts[0], starts[1], CancellationToken.none());
        int diverged = 0;
        int other = 0;
        for (RunSummary s : lockstep) {
            if (s.diverged()) {
                diverged++;
            } else if (s.steps() > 0) {
                other++;
            }
        }
        // the grid mixes both, so the bitwise comparison above covers lanes running on after others left
        assertTrue(diverged > 0 && other > 0, diverged + " diverged, " + other + " ran on");
    }

    @Test
    void laneEndsCoverEveryKindInTheMixedCases() {
        double[][] starts = grid(9, 6);
        RunSummary[] small = LockstepKernel.summarize(gd(batched(HIMMELBLAU), 0.02).withEscapeBound(5).withMaxSteps(300),
                starts[0], starts[1], CancellationToken.none());
        boolean atStart = false;
        boolean converged = false;
        for (RunSummary s : small) {
            atStart |= s.diverged() && s.steps() == 0;
            converged |= s.end() instanceof Converged;
        }
        assertTrue(atStart && converged, "starts outside radius 5 and converging starts in one call");
        RunSummary[] exhausted = LockstepKernel.summarize(gd(HIMMELBLAU, 0.01).withMaxSteps(30), starts[0], starts[1],
                CancellationToken.none());
        assertTrue(Stream.of(exhausted).anyMatch(s -> s.end() instanceof MaxSteps));
    }

    @Test
    void perLaneLearningRatesMatchOneRunPerRate() {
        double[] rates = new double[40];
        for (int i = 0; i < rates.length; i++) {
            rates[i] = 1e-4 * Math.pow(10, 3.5 * i / (rates.length - 1));
        }
        RunConfig[] templates = {
            gd(HIMMELBLAU, 1).withStart(new Vec2(-4, 4)).withMaxSteps(800),
            gd(HIMMELBLAU_FORMULA, 1).withStart(new Vec2(4, -4)).withMaxSteps(800),
            RunConfig.of(TRIG_FORMULA, new Vec2(2, 1), OptimizerKind.MOMENTUM, 1).withClip(3)
                    .withSchedule(Schedules.parse("inv:0.01")).withMaxSteps(500),
            RunConfig.of(ROSENBROCK, new Vec2(-1.5, 2), OptimizerKind.NESTEROV, 1).withSchedule(Schedules.parse("exp:0.999"))
                    .withMaxSteps(1000),
            gd(HIMMELBLAU, 1).withStart(new Vec2(1, 1)).withSchedule((a, t) -> t < 5 || a < 1e-3 ? a : Double.NaN),
            gd(HIMMELBLAU, 1).withStart(new Vec2(1, 1)).withNoise(0.2).withMaxSteps(100),
        };
        for (RunConfig template : templates) {
            RunConfig lockstepTemplate = template.withFunction(batched(template.function()));
            RunSummary[] lockstep = LockstepKernel.summarizeLearningRates(lockstepTemplate, rates, CancellationToken.none());
            assertNotNull(lockstep);
            for (int i = 0; i < rates.length; i++) {
                RunConfig c = template.withLearningRate(rates[i]);
                assertBitIdentical(RunKernel.summarize(c, CancellationToken.none()), lockstep[i], "α = " + rates[i] + " " + template);
            }
        }
    }

    @Test
    void emptyStartsGiveNoSummaries() {
        assertEquals(0, LockstepKernel.summarize(gd(HIMMELBLAU, 0.01), new double[0], new double[0], CancellationToken.none()).length);
        assertEquals(0, LockstepKernel.summarizeLearningRates(gd(HIMMELBLAU, 0.01), new double[0], CancellationToken.none()).length);
    }

    @Test
    void cancelledTokenReturnsNull() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        double[][] starts = grid(3, 4);
        assertNull(LockstepKernel.summarize(gd(HIMMELBLAU_FORMULA, 0.01), starts[0], starts[1], token));
        assertNull(LockstepKernel.summarize(gd(HIMMELBLAU, 0.01).withNoise(0.1), starts[0], starts[1], token));
        assertNull(LockstepKernel.summarizeLearningRates(gd(HIMMELBLAU, 0.01).withStart(new Vec2(4, 4)), new double[] {0.01, 0.02}, token));
    }

    @Test
    void tokenCancelledMidRunStopsWithinCheckEverySteps() {
        AtomicLong calls = new AtomicLong();
        CancellationToken token = new CancellationToken();
        CostFunction counting = TestFunctions.of((x, y) -> x * x + y * y, (x, y) -> {
            if (calls.incrementAndGet() == 1000) {
                token.cancel();
            }
            return new Vec2(2 * x, 2 * y);
        }, (x, y) -> new Sym2(2, 0, 2));
        RunConfig c = gd(batched(counting), 1e-9).withMaxSteps(1_000_000).withTolerance(0);
        assertNull(LockstepKernel.summarize(c, new double[] {1, 2}, new double[] {1, 2}, token));
        // two lanes, one gradient each per step: cancelled at step 500, noticed at the next multiple of CHECK_EVERY
        assertTrue(calls.get() <= 1000 + 2 * RunKernel.CHECK_EVERY, "gradients evaluated: " + calls.get());
    }

    @Test
    void startArraysMustMatchInLength() {
        assertThrows(IllegalArgumentException.class,
                () -> LockstepKernel.summarize(gd(HIMMELBLAU, 0.01), new double[2], new double[3], CancellationToken.none()));
        assertThrows(IllegalArgumentException.class,
                () -> LockstepKernel.summarize(gd(HIMMELBLAU, 0.01), new double[] {Double.NaN}, new double[1], CancellationToken.none()));
        assertThrows(IllegalArgumentException.class,
                () -> LockstepKernel.summarizeLearningRates(gd(HIMMELBLAU, 0.01), new double[] {0}, CancellationToken.none()));
    }

    private static void assertBitIdentical(RunSummary expected, RunSummary actual, String what) {
        assertNotNull(actual, what);
        assertEquals(Double.doubleToLongBits(expected.last().x()), Double.doubleToLongBits(actual.last().x()), what + ": x");
        assertEquals(Double.doubleToLongBits(expected.last().y()), Double.doubleToLongBits(actual.last().y()), what + ": y");
        assertEquals(Double.doubleToLongBits(expected.cost()), Double.doubleToLongBits(actual.cost()), what + ": cost");
        assertEquals(Double.doubleToLongBits(expected.gradientNorm()), Double.doubleToLongBits(actual.gradientNorm()),
                what + ": |∇C|");
        assertEquals(expected.end().getClass(), actual.end().getClass(), what + ": end");
        assertEquals(expected.end().step(), actual.end().step(), what + ": step");
        if (expected.end() instanceof Diverged) {
            assertEquals(expected.end(), actual.end(), what + ": divergence");
        }
    }
}
