package org.gdlab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.batch.LockstepKernel;
import org.gdlab.core.batch.RunKernel;
import org.gdlab.core.batch.RunSummary;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.Converged;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.core.surface.builtin.Sphere;
import org.junit.jupiter.api.Test;

class DataRunTest {

    private static DataCost cars() {
        return DataSpec.of(BuiltinDatasets.load("cars"), Model.LINEAR).cost();
    }

    /**
     * Plain GD written as the textbook per-point loop: r = w·x + b − y, ∇J = (1/N)(Σ r·x, Σ r), J = (1/2N)Σ r².
     * Both loops are contractions at α = 1/λmax, so rounding differences do not grow.
     */
    @Test
    void fullBatchLinearRunAgreesWithThePerPointLoop() {
        DataCost c = cars();
        Dataset d = c.points();
        int n = d.size();
        double alpha = c.description().suggestedLearningRate();
        RunConfig config = RunConfig.of(c, new Vec2(0, 0), OptimizerKind.GD, alpha).withMaxSteps(400);
        Trajectory t = Simulation.run(config);
        double sumY2 = 0;
        for (int i = 0; i < n; i++) {
            sumY2 += d.y(i) * d.y(i);
        }
        double lossScale = sumY2 / (2 * n);
        double w = 0;
        double b = 0;
        for (int k = 0; k < t.size(); k++) {
            double gw = 0;
            double gb = 0;
            double loss = 0;
            for (int i = 0; i < n; i++) {
                double r = w * d.x1(i) + b - d.y(i);
                gw += r * d.x1(i);
                gb += r;
                loss += r * r;
            }
            assertEquals(loss / (2 * n), t.cost(k), 1e-10 * lossScale, "loss at step " + k);
            assertEquals(w, t.x(k), 1e-10 * (1 + Math.abs(w)), "w at step " + k);
            assertEquals(b, t.y(k), 1e-10 * (1 + Math.abs(b)), "b at step " + k);
            w -= alpha * gw / n;
            b -= alpha * gb / n;
        }
        assertEquals(401, t.size());
    }

    /** Step 0 of B = 5 on cars: w₁ = w₀ − α·(1/5)Σ_{i∈batch} r_i·(x_i, 1), the batch drawn as MiniBatches documents. */
    @Test
    void miniBatchStepUsesTheGradientOfItsBatch() {
        DataCost c = cars();
        Dataset d = c.points();
        RunConfig config = RunConfig.of(c, new Vec2(1, 2), OptimizerKind.GD, 0.001).withBatch(5).withSeed(9).withMaxSteps(3);
        Trajectory t = Simulation.run(config);
        int[] batch = new MiniBatches(d.size(), 5, 9).indices(0);
        double gw = 0;
        double gb = 0;
        for (int i : batch) {
            double r = 1 * d.x1(i) + 2 - d.y(i);
            gw += r * d.x1(i);
            gb += r;
        }
        assertEquals(1 - 0.001 * gw / 5, t.x(1), 1e-15);
        assertEquals(2 - 0.001 * gb / 5, t.y(1), 1e-15);
        // the rows record the full gradient, not the batch's
        assertEquals(c.gradient(t.point(1)), t.gradient(1));
    }

    @Test
    void sameSeedGivesTheSameRunAndAnotherSeedAnother() {
        RunConfig config = RunConfig.of(cars(), new Vec2(0, 0), OptimizerKind.GD, 0.002).withBatch(4).withSeed(3).withMaxSteps(200);
        Trajectory a = Simulation.run(config);
        Trajectory b = Simulation.run(config);
        for (int k = 0; k < a.size(); k++) {
            assertEquals(a.point(k), b.point(k));
        }
        Trajectory other = Simulation.run(config.withSeed(4));
        assertFalse(other.point(100).equals(a.point(100)));
    }

    @Test
    void miniBatchRunConvergesOnTheFullGradient() {
        DataCost c = new DataSpec(BuiltinDatasets.load("cars"), Model.LINEAR, true, 0).cost();
        // B = N: one batch an epoch, the batch gradient is the full one summed point by point
        RunConfig config = RunConfig.of(c, new Vec2(0, 0), OptimizerKind.GD, 0.5).withBatch(50).withMaxSteps(5000);
        Trajectory t = Simulation.run(config);
        assertInstanceOf(Converged.class, t.end());
        int last = t.size() - 1;
        assertTrue(c.gradient(t.point(last)).norm() < RunConfig.DEFAULT_TOLERANCE);
    }

    @Test
    void batchKernelRunsMiniBatchesOneAtATimeAsTheSimulation() {
        RunConfig config = RunConfig.of(cars(), new Vec2(0, 0), OptimizerKind.MOMENTUM, 0.001).withBatch(7).withMaxSteps(300);
        Trajectory t = Simulation.run(config);
        RunSummary s = RunKernel.summarize(config, CancellationToken.none());
        assertEquals(t.point(t.size() - 1), s.last());
        assertFalse(LockstepKernel.steppedInLockstep(config));
        RunSummary[] lanes = LockstepKernel.summarize(config, new double[] {0, 1}, new double[] {0, 1}, CancellationToken.none());
        assertEquals(t.point(t.size() - 1), lanes[0].last());
    }

    @Test
    void runSpecificationRefusesNoiseOnDataAndBatchesOutsideOneToN() {
        RunConfig config = RunConfig.of(cars(), Vec2.ZERO, OptimizerKind.GD, 0.001);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> config.withNoise(0.1)).getMessage().contains("σ must be 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> config.withBatch(51)).getMessage().contains("N = 50"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> config.withBatch(-1)).getMessage().contains("between 1 and N"));
        RunConfig sphere = RunConfig.of(new Sphere(), Vec2.ZERO, OptimizerKind.GD, 0.1);
        assertThrows(IllegalArgumentException.class, () -> sphere.withBatch(2));
        assertEquals(0, config.withBatch(7).onSurface(new Sphere()).batch());
        assertEquals(RunConfig.DEFAULT_BATCH, config.batch());
    }
}
