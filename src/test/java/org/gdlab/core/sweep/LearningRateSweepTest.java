package org.gdlab.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.batch.RunKernel;
import org.gdlab.core.batch.RunSummary;
import org.gdlab.core.expr.FormulaSurface;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceCatalog;
import org.junit.jupiter.api.Test;

class LearningRateSweepTest {

    private static final Surface QUADRATIC = SurfaceCatalog.create("quadratic", Map.of("kappa", 10.0, "theta", 30.0));

    private static SweepSpec quadraticSweep(OptimizerKind k) {
        RunConfig template = RunConfig.of(QUADRATIC, new Vec2(-4.5, 2), k, 0.1).withMaxSteps(1000);
        return new SweepSpec(template, 0.01, 1, 60);
    }

    @Test
    void gdDivergesAboveTwoOverLambdaMaxAndNotBelow() {
        SweepResult r = LearningRateSweep.run(quadraticSweep(OptimizerKind.GD), 2, f -> { }, CancellationToken.none());
        assertTrue(r.complete());
        assertEquals(60, r.points().size());
        double limit = 2 / 10.0;
        for (SweepPoint p : r.points()) {
            // the grid avoids the knife edge: α is ≥ 2% away from 0.2, so |1 − 10α| ≥ 1.04 above (1.04¹⁰⁰⁰ ≫ 10⁶) and ≤ 0.96 below
            assertTrue(Math.abs(p.learningRate() - limit) > 0.02 * limit, "grid point too close to 2/λmax");
            assertEquals(p.learningRate() > limit, p.diverged(), "α = " + p.learningRate());
            assertEquals(p.diverged(), p.divergedAt().isPresent());
        }
        assertTrue(r.firstDivergentRate().getAsDouble() > limit);
    }

    @Test
    void eachPointIsTheSimulationsLastRow() {
        SweepSpec spec = quadraticSweep(OptimizerKind.MOMENTUM);
        SweepResult r = LearningRateSweep.run(spec, 2, f -> { }, CancellationToken.none());
        double[] rates = spec.learningRates();
        for (int i = 0; i < rates.length; i += 7) {
            Trajectory t = Simulation.run(spec.template().withLearningRate(rates[i]));
            SweepPoint p = r.points().get(i);
            assertEquals(rates[i], p.learningRate());
            assertEquals(t.cost(t.size() - 1), p.finalCost());
            assertEquals(t.step(t.size() - 1).gradientNorm(), p.finalGradientNorm());
            assertEquals(t.end(), p.end());
            assertEquals(t.end().step(), p.steps());
        }
    }

    @Test
    void formulaSweepInLockstepChunksMatchesOneRunPerRate() {
        Surface formula = FormulaSurface.parse("(x^2 + y - 11)^2 + (x + y^2 - 7)^2");
        for (OptimizerKind k : List.of(OptimizerKind.GD, OptimizerKind.NESTEROV)) {
            RunConfig template = RunConfig.of(formula, new Vec2(-4, 4), k, 0.01).withMaxSteps(600);
            // 37 rates: two full chunks and a partial one; the grid spans converging, exhausted and divergent α
            SweepSpec spec = new SweepSpec(template, 1e-4, 0.1, 2 * LearningRateSweep.CHUNK + 5);
            SweepResult r = LearningRateSweep.run(spec, 2, f -> { }, CancellationToken.none());
            double[] rates = spec.learningRates();
            assertEquals(rates.length, r.points().size());
            for (int i = 0; i < rates.length; i++) {
                RunSummary s = RunKernel.summarize(template.withLearningRate(rates[i]), CancellationToken.none());
                // record equality compares the doubles bit for bit (Double.compare)
                assertEquals(new SweepPoint(rates[i], s.cost(), s.gradientNorm(), s.steps(), s.end()), r.points().get(i),
                        k.id() + " α = " + rates[i]);
            }
            assertTrue(r.points().stream().anyMatch(SweepPoint::diverged));
            assertTrue(r.points().stream().anyMatch(p -> !p.diverged()));
        }
    }

    @Test
    void resultsAreIdenticalWithOneAndTwoThreads() {
        for (OptimizerKind k : List.of(OptimizerKind.GD, OptimizerKind.ADAM)) {
            SweepSpec spec = quadraticSweep(k);
            SweepResult one = LearningRateSweep.run(spec, 1, f -> { }, CancellationToken.none());
            SweepResult two = LearningRateSweep.run(spec, 2, f -> { }, CancellationToken.none());
            assertEquals(one, two, k.id());
        }
    }

    @Test
    void progressIsReportedOncePerRunAndEndsAtOne() {
        AtomicInteger calls = new AtomicInteger();
        AtomicLong maxBits = new AtomicLong();
        LearningRateSweep.run(quadraticSweep(OptimizerKind.GD), 2, f -> {
            calls.incrementAndGet();
            maxBits.accumulateAndGet(Double.doubleToLongBits(f), (a, b) -> Double.longBitsToDouble(a) >= Double.longBitsToDouble(b) ? a : b);
        }, CancellationToken.none());
        assertEquals(60, calls.get());
        assertEquals(1.0, Double.longBitsToDouble(maxBits.get()));
    }

    @Test
    void cancellationStopsTheSweepAndSaysSo() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicLong gradients = new AtomicLong();
        CostFunction bowl = new CostFunction() {
            public double value(double x, double y) {
                return QUADRATIC.value(x, y);
            }

            public Vec2 gradient(double x, double y) {
                gradients.incrementAndGet();
                started.countDown();
                return QUADRATIC.gradient(x, y);
            }

            public org.gdlab.core.math.Sym2 hessian(double x, double y) {
                return QUADRATIC.hessian(x, y);
            }
        };
        // 60 runs of 10⁷ tiny steps: far too much work to finish unless the cancellation works
        RunConfig template = RunConfig.of(bowl, new Vec2(-4.5, 2), OptimizerKind.GD, 1e-9).withMaxSteps(10_000_000).withTolerance(0);
        CancellationToken token = new CancellationToken();
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Future<SweepResult> f = background.submit(() -> LearningRateSweep.run(new SweepSpec(template, 1e-9, 1e-8, 60), 2, p -> { }, token));
            started.await();
            token.cancel();
            SweepResult r = f.get();
            assertTrue(r.cancelled());
            assertFalse(r.complete());
            assertTrue(gradients.get() < 60L * 10_000_000, "work stopped early");
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void checkIntervalIsAPowerOfTwo() {
        assertEquals(1, Integer.bitCount(RunKernel.CHECK_EVERY));
    }
}
