package org.gdlab.core.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.schedule.Schedules;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.testing.TestFunctions;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private static final CostFunction SPHERE = TestFunctions.sphere();

    @Test
    void rowZeroIsTheStartAndEachUpdateLeadsToTheNextRow() {
        Trajectory t = Simulation.run(RunConfig.of(SPHERE, new Vec2(3, 4), OptimizerKind.MOMENTUM, 0.05)
                .withMaxSteps(20));
        assertEquals(new Vec2(3, 4), t.point(0));
        assertEquals(25, t.cost(0));
        assertEquals(new Vec2(6, 8), t.gradient(0));
        assertEquals(10, t.step(0).gradientNorm());
        for (int k = 0; k + 1 < t.size(); k++) {
            // w_{k+1} = w_k + Δw exactly: the engine computes it that way
            assertEquals(t.point(k).plus(t.update(k)), t.point(k + 1), "row " + k);
        }
        assertEquals(new MaxSteps(20), t.end());
        assertEquals(21, t.size());
        assertEquals(Vec2.ZERO, t.update(20));
    }

    @Test
    void convergedRunEndsOnTheFirstRowBelowTheTolerance() {
        // GD with α = 1/2 on x² + y² lands exactly on 0 in one step
        Trajectory t = Simulation.run(RunConfig.of(SPHERE, new Vec2(3, 4), OptimizerKind.GD, 0.5));
        assertEquals(new Converged(1), t.end());
        assertEquals(2, t.size());
        assertEquals(Vec2.ZERO, t.point(1));
        assertEquals(new Vec2(-3, -4), t.update(0));
        assertEquals(Vec2.ZERO, t.update(1));
    }

    @Test
    void zeroMaxStepsKeepsOnlyTheStart() {
        Trajectory t = Simulation.run(RunConfig.of(SPHERE, new Vec2(3, 4), OptimizerKind.GD, 0.1).withMaxSteps(0));
        assertEquals(new MaxSteps(0), t.end());
        assertEquals(1, t.size());
    }

    @Test
    void eachRowRecordsTheScheduledRate() {
        Trajectory t = Simulation.run(RunConfig.of(SPHERE, new Vec2(3, 4), OptimizerKind.GD, 0.1)
                .withSchedule(Schedules.withWarmup(Schedules.parse("step:2:0.5"), 2)).withMaxSteps(5));
        double[] expected = {0.05, 0.1, 0.05, 0.05, 0.025, 0.025};
        for (int k = 0; k < t.size(); k++) {
            assertEquals(expected[k], t.learningRate(k), 1e-17, "α_" + k);
        }
        // the update of row 1 used α₁ = 0.1: Δw = −0.1·2w₁
        assertEquals(t.point(1).times(-0.2).x(), t.update(1).x(), 1e-15);
    }

    @Test
    void clippingCapsTheStepButTheRecordedGradientIsExact() {
        // g₀ = (6, 8), |g₀| = 10, clip 1 → (0.6, 0.8); α = 0.1: w₁ = (3 − 0.06, 4 − 0.08)
        Trajectory t = Simulation.run(RunConfig.of(SPHERE, new Vec2(3, 4), OptimizerKind.GD, 0.1)
                .withClip(1).withMaxSteps(1));
        assertEquals(2.94, t.x(1), 1e-15);
        assertEquals(3.92, t.y(1), 1e-15);
        assertEquals(new Vec2(6, 8), t.gradient(0));
    }

    @Test
    void noiseIsReproducibleBySeed() {
        RunConfig c = RunConfig.of(SPHERE, new Vec2(3, 4), OptimizerKind.ADAM, 0.05).withNoise(0.5).withSeed(42)
                .withMaxSteps(200);
        Trajectory a = Simulation.run(c);
        Trajectory b = Simulation.run(c);
        Trajectory other = Simulation.run(c.withSeed(43));
        assertArrayEquals(a.xs(), b.xs());
        assertArrayEquals(a.ys(), b.ys());
        assertFalse(Arrays.equals(a.xs(), other.xs()));
    }

    @Test
    void noiseChangesThePathButRecordedGradientsAreTheExactOnes() {
        RunConfig c = RunConfig.of(SPHERE, new Vec2(3, 4), OptimizerKind.GD, 0.1).withMaxSteps(50);
        Trajectory quiet = Simulation.run(c);
        Trajectory noisy = Simulation.run(c.withNoise(1).withSeed(7));
        assertFalse(Arrays.equals(quiet.xs(), noisy.xs()));
        for (int k = 0; k < noisy.size(); k++) {
            assertEquals(SPHERE.gradient(noisy.point(k)), noisy.gradient(k), "row " + k);
            assertEquals(SPHERE.value(noisy.point(k)), noisy.cost(k), "row " + k);
        }
    }

    @Test
    void zeroNoiseIgnoresTheSeed() {
        RunConfig c = RunConfig.of(SPHERE, new Vec2(3, 4), OptimizerKind.GD, 0.1).withMaxSteps(50);
        assertArrayEquals(Simulation.run(c.withSeed(1)).xs(), Simulation.run(c.withSeed(2)).xs());
    }

    @Test
    void streamGivesTheSameRowsAsRun() {
        RunConfig c = RunConfig.of(TestFunctions.rosenbrock(), new Vec2(-1.2, 1), OptimizerKind.NESTEROV, 0.001)
                .withMaxSteps(300);
        Trajectory t = Simulation.run(c);
        AtomicInteger k = new AtomicInteger();
        RunEnd end = Simulation.stream(c, r -> assertEquals(t.step(k.getAndIncrement()), r));
        assertEquals(t.end(), end);
        assertEquals(t.size(), k.get());
    }

    /**
     * A 10⁶-step stream keeps no row: the sink counts rows and, half-way, asks for a full collection and
     * checks that the first row it was given (held only weakly) has been collected, so nothing in the
     * simulation retains past rows. (An explicit System.gc() is a full, weak-reference-clearing collection
     * on HotSpot's collectors; no timing is measured.)
     */
    @Test
    void streamUsesBoundedMemoryOverAMillionSteps() {
        int n = 1_000_000;
        // GD with a tiny α on the sphere: never converges, never diverges, costs a few flops per step
        RunConfig c = RunConfig.of(SPHERE, new Vec2(3, 4), OptimizerKind.GD, 1e-9).withMaxSteps(n);
        AtomicInteger count = new AtomicInteger();
        AtomicReference<WeakReference<StepRecord>> first = new AtomicReference<>();
        AtomicReference<Boolean> firstCollected = new AtomicReference<>();
        RunEnd end = Simulation.stream(c, r -> {
            int k = count.getAndIncrement();
            assertEquals(k, r.step());
            if (k == 0) {
                first.set(new WeakReference<>(r));
            } else if (k == n / 2) {
                for (int i = 0; i < 5 && first.get().get() != null; i++) {
                    System.gc();
                }
                firstCollected.set(first.get().get() == null);
            }
        });
        assertEquals(new MaxSteps(n), end);
        assertEquals(n + 1, count.get());
        assertTrue(firstCollected.get(), "row 0 is still reachable half-way through the stream");
    }

    @Test
    void stepperThatOnlyAdvancesReproducesRun() {
        RunConfig c = RunConfig.of(SPHERE, new Vec2(3, 4), OptimizerKind.ADAM, 0.1).withMaxSteps(40);
        Trajectory t = Simulation.run(c);
        Stepper s = new Stepper(c);
        assertNull(s.previous());
        int k = 0;
        while (s.advance()) {
            assertEquals(t.step(k), s.previous());
            k++;
            assertEquals(t.point(k), s.current().w());
        }
        assertEquals(t.end(), s.end());
        assertEquals(t.size() - 1, k);
    }

    @Test
    void liveRateChangesApplyFromTheirStepOn() {
        // GD on x² + y² (∇C = 2w) from (1, 0), α = 0.1: w₁ = 0.8, w₂ = 0.64; from step 2 on α = 0.2:
        // w₃ = 0.64 − 0.2·1.28 = 0.384; a change at the last row (step 3) only sets that row's α
        RunConfig c = RunConfig.of(SPHERE, new Vec2(1, 0), OptimizerKind.GD, 0.1).withMaxSteps(3);
        Trajectory t = Simulation.run(c, new java.util.TreeMap<>(java.util.Map.of(2, 0.2, 3, 0.5)), false);
        assertEquals(4, t.size());
        assertEquals(0.1, t.learningRate(1));
        assertEquals(0.2, t.learningRate(2));
        assertEquals(0.5, t.learningRate(3));
        assertEquals(0.384, t.x(3), 1e-15);
        assertFalse(t.hasStates());
    }

    @Test
    void statesAreKeptOnlyWhenAskedAndHoldTheUpdatesSoFar() {
        // momentum μ = 0.9 on x² + y² from (1, 0), α = 0.1: b₁ = 2, b₂ = 0.9·2 + 2·0.8 = 3.4
        RunConfig c = RunConfig.of(SPHERE, new Vec2(1, 0), OptimizerKind.MOMENTUM, 0.1).withMaxSteps(2);
        Trajectory t = Simulation.run(c, new java.util.TreeMap<>(), true);
        assertEquals(0, t.state(0).vector("b").x());
        assertEquals(2, t.state(1).vector("b").x());
        assertEquals(3.4, t.state(2).vector("b").x(), 1e-15);
        assertEquals(2, t.state(2).steps());
        assertEquals(Simulation.run(c).point(2), t.point(2), "keeping states does not change the run");
    }
}
