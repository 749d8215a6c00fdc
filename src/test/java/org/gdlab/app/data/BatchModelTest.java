package org.gdlab.app.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.data.Dataset;
import org.gdlab.core.data.MiniBatches;
import org.gdlab.core.math.Vec2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The batch size control, the batch highlight and the batch gradient's arrow, without JavaFX. */
class BatchModelTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel lab;
    private BatchModel batch;
    private DataViewModel data;

    @BeforeEach
    void create() {
        lab = new LabViewModel(jobs.background());
        lab.plot().setPlotArea(64, 26, 700, 500);
        batch = new BatchModel(lab);
        data = new DataViewModel(lab);
        lab.surfaceIdProperty().set("data:noisy-line:linear");
        jobs.drain();
    }

    @Test
    void shownOnDataOnlyWithNAsTheSlidersMaximum() {
        assertTrue(batch.shownProperty().get());
        assertEquals(40, batch.sizeProperty().get());
        lab.surfaceIdProperty().set("quadratic");
        jobs.drain();
        assertFalse(batch.shownProperty().get());
    }

    @Test
    void typedBatchSizeIsCheckedByTheRunConfigAndARefusalKeepsTheOldValue() {
        assertTrue(batch.type("5"));
        jobs.drain();
        assertEquals(5, lab.pathProperty().get().config().batch());
        assertEquals("an epoch is ⌈40/5⌉ = 8 steps", batch.epochProperty().get());
        assertFalse(batch.type("41"));
        assertTrue(batch.problemProperty().get().contains("between 1 and N = 40"), batch.problemProperty().get());
        assertFalse(batch.type("2.5"));
        assertTrue(batch.problemProperty().get().contains("whole number"), batch.problemProperty().get());
        assertEquals(5, lab.batchProperty().get());
        batch.slide(0.2);
        assertEquals(0, lab.batchProperty().get(), "the slider rounds to a whole B; 0 is the full gradient");
        assertEquals("", batch.problemProperty().get());
    }

    @Test
    void highlightedPointsAreTheMiniBatchOfTheStep() {
        batch.type("8");
        jobs.drain();
        lab.playback().seek(7);
        int[] expected = new MiniBatches(40, 8, lab.seedProperty().get()).indices(7);
        assertArrayEquals(expected, data.batchProperty().get());
        assertEquals(8, java.util.Arrays.stream(expected).distinct().count());
        batch.type("0");
        jobs.drain();
        assertEquals(0, data.batchProperty().get().length, "a full-batch run highlights nothing");
    }

    @Test
    void batchArrowIsTheGradientSummedOverTheBatchsPoints() {
        batch.type("4");
        jobs.drain();
        PlannedPath p = lab.pathProperty().get();
        int k = 3;
        int[] idx = new MiniBatches(40, 4, lab.seedProperty().get()).indices(k);
        Dataset d = data.pointsProperty().get();
        double w = p.x(k);
        double b = p.y(k);
        double gw = 0;
        double gb = 0;
        for (int i : idx) { // ∂J_B/∂w = (1/B)Σ(w·xᵢ + b − yᵢ)xᵢ, ∂J_B/∂b = (1/B)Σ(w·xᵢ + b − yᵢ)
            double r = w * d.x1(i) + b - d.y(i);
            gw += r * d.x1(i) / idx.length;
            gb += r / idx.length;
        }
        Vec2 g = BatchGradientOverlay.batchGradient(p, k);
        assertEquals(gw, g.x(), 1e-12 * (1 + Math.abs(gw)));
        assertEquals(gb, g.y(), 1e-12 * (1 + Math.abs(gb)));
        assertEquals(w - lab.learningRateProperty().get() * gw, p.x(k + 1), 1e-12 * (1 + Math.abs(w)), "SGD stepped on it");
        batch.type("0");
        jobs.drain();
        assertNull(BatchGradientOverlay.batchGradient(lab.pathProperty().get(), k));
    }

    @Test
    void pathRecordsEachStepsBatchLossSummedOverItsPoints() {
        batch.type("5");
        jobs.drain();
        PlannedPath p = lab.pathProperty().get();
        assertTrue(p.hasBatchLoss());
        Dataset d = data.pointsProperty().get();
        for (int k : new int[] {0, 3, 9}) {
            int[] idx = new MiniBatches(40, 5, lab.seedProperty().get()).indices(k);
            double j = 0;
            for (int i : idx) { // J_B = (1/2B) Σ (w·xᵢ + b − yᵢ)²
                double r = p.x(k) * d.x1(i) + p.y(k) - d.y(i);
                j += r * r / (2 * idx.length);
            }
            assertEquals(j, p.batchLoss(k), 1e-12 * j);
        }
        assertTrue(Double.isNaN(p.batchLoss(p.size() - 1)), "the last iterate takes no step, so it has no batch");
        batch.type("0");
        jobs.drain();
        assertFalse(lab.pathProperty().get().hasBatchLoss());
    }
}
