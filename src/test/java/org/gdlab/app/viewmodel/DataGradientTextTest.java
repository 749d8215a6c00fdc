package org.gdlab.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gdlab.core.data.DataSpec;
import org.gdlab.core.data.Dataset;
import org.gdlab.core.data.Model;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.junit.jupiter.api.Test;

/** The update panel writes the gradient of a small dataset out as its sum, checked on 3 points by hand. */
class DataGradientTextTest {

    /** (1, 1), (2, 3), (3, 2) */
    private static final Dataset THREE = Dataset.of("three", "x", "y", new double[] {1, 2, 3}, new double[] {1, 3, 2});

    private static PlannedPath gd(DataSpec spec, Vec2 start, int batch) {
        return PlannedPath.plan(RunConfig.of(spec.cost(), start, OptimizerKind.GD, 0.1).withBatch(batch), List.of());
    }

    @Test
    void linearGradientIsTheSumOverTheThreePointsWithItsNumbers() {
        // at w = 0.5, b = 0: ŷ = 0.5, 1, 1.5; ŷ − y = −0.5, −2, −0.5
        // ∂J/∂w = (1/3)[(−0.5)(1) + (−2)(2) + (−0.5)(3)] = (1/3)(−6) = −2; ∂J/∂b = (1/3)(−3) = −1
        PlannedPath p = gd(DataSpec.of(THREE, Model.LINEAR), new Vec2(0.5, 0), 0);
        String text = UpdateText.at(p, 0);
        assertTrue(text.contains("""
                on the data, N = 3 points:
                ŷᵢ = w·xᵢ + b
                ∂J/∂w = (1/N) Σ (ŷᵢ − yᵢ)·xᵢ
                   = (1/3)[(0.500 − 1.00)·1.00 + (1.00 − 3.00)·2.00
                     + (1.50 − 2.00)·3.00]
                   = -2.000
                ∂J/∂b = (1/N) Σ (ŷᵢ − yᵢ)
                   = (1/3)[(0.500 − 1.00) + (1.00 − 3.00) + (1.50 − 2.00)]
                   = -1.000"""), text);
        // the sum is the gradient the step took: w₁ = 0.5 − 0.1·(−2) = 0.7, b₁ = 0 − 0.1·(−1) = 0.1
        assertEquals(0.7, p.x(1), 1e-15);
        assertEquals(0.1, p.y(1), 1e-15);
    }

    @Test
    void everyStepsTextHasTheSameNumberOfLines() {
        PlannedPath p = gd(DataSpec.of(THREE, Model.LINEAR), new Vec2(0.5, 0), 2);
        long lines = UpdateText.at(p, 0).lines().count();
        for (int k = 1; k < p.size(); k++) {
            assertEquals(lines, UpdateText.at(p, k).lines().count(), "step " + k);
        }
    }

    @Test
    void logisticGradientUsesTheProbabilitiesAndThePenalty() {
        // x = −1, 0, 2; y = 0, 1, 1; at w = 0, b = 0 every p = σ(0) = 0.5
        // ∂J/∂w = (1/3)[(0.5)(−1) + (−0.5)(0) + (−0.5)(2)] + λ·0 = −0.5; ∂J/∂b = (1/3)(0.5 − 0.5 − 0.5) = −1/6
        Dataset d = Dataset.of("three", "x", "y", new double[] {-1, 0, 2}, new double[] {0, 1, 1});
        PlannedPath p = gd(new DataSpec(d, Model.LOGISTIC, false, 0.1), new Vec2(0, 0), 0);
        String text = UpdateText.at(p, 0);
        assertTrue(text.contains("∂J/∂w = (1/N) Σ (pᵢ − yᵢ)·xᵢ + λ·w\n"
                + "   = (1/3)[(0.500 − 0)·-1.00 + (0.500 − 1.00)·0\n"
                + "     + (0.500 − 1.00)·2.00] + 0.100·0\n"
                + "   = -0.5000"), text);
        assertTrue(text.contains("   = -0.1667"), text);
    }

    @Test
    void miniBatchStepIsWrittenWithTheBatchGradient() {
        PlannedPath p = gd(DataSpec.of(THREE, Model.LINEAR), new Vec2(0.5, 0), 2);
        String text = UpdateText.at(p, 0);
        assertTrue(text.contains("w_{k+1} = w_k − α ∇J_B(w_k)"), text);
        assertTrue(text.contains("on the step's batch, B = 2 of N = 3 points:"), text);
        assertTrue(text.contains("∂J_B/∂w = (1/B) Σ"), text);
        int[] idx = p.config().miniBatches().indices(0);
        double gw = 0;
        for (int i : idx) {
            gw += (0.5 * THREE.x1(i) - THREE.y(i)) * THREE.x1(i) / 2;
        }
        assertEquals(0.5 - 0.1 * gw, p.x(1), 1e-15, "the step is taken with the batch's sum");
    }

    @Test
    void largerDatasetsGetNoSum() {
        double[] x = new double[11];
        double[] y = new double[11];
        for (int i = 0; i < 11; i++) {
            x[i] = i;
            y[i] = i;
        }
        PlannedPath p = gd(DataSpec.of(Dataset.of("eleven", "x", "y", x, y), Model.LINEAR), new Vec2(0, 0), 0);
        assertFalse(UpdateText.at(p, 0).contains("Σ"));
    }
}
