package org.gdlab.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.data.BuiltinDatasets;
import org.gdlab.core.data.DataCost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Data mode through the surface chooser, without JavaFX. */
class DataChoicesTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel vm;

    @BeforeEach
    void create() {
        vm = new LabViewModel(jobs.background());
        vm.plot().setPlotArea(64, 26, 700, 500);
        jobs.drain();
    }

    @Test
    void chooserOffersEveryBuiltinDatasetAfterTheSurfaces() {
        for (String id : BuiltinDatasets.ids()) {
            assertTrue(vm.surfaceIds().stream().anyMatch(s -> s.startsWith("data:" + id + ":")), id);
        }
        assertTrue(vm.surfaceIds().contains("data:scales:linear2:standardized"));
    }

    @Test
    void choosingADatasetShowsItsCostAndPlansGradientDescentFromTheOrigin() {
        vm.surfaceIdProperty().set("data:cars:linear");
        jobs.drain();
        DataCost c = assertInstanceOf(DataCost.class, vm.surfaceProperty().get());
        assertEquals(50, c.points().size());
        assertEquals(0.0, vm.startXProperty().get());
        assertEquals(0.0, vm.startYProperty().get());
        // GD's α is the cost's suggested rate 1/λmax: stable, so the path falls
        assertEquals(c.description().suggestedLearningRate(), vm.learningRateProperty().get());
        PlannedPath p = vm.pathProperty().get();
        assertFalse(vm.divergedProperty().get());
        assertTrue(p.cost(p.size() - 1) < p.cost(0));
        assertTrue(vm.plot().pictureProperty().get() != null, "the contour picture of J(w, b) was computed");
    }

    @Test
    void choosingADatasetTurnsTheArtificialNoiseOffAndSaysSo() {
        vm.noiseProperty().set(0.5);
        jobs.drain();
        vm.surfaceIdProperty().set("data:overlapping:logistic");
        jobs.drain();
        assertEquals(0.0, vm.noiseProperty().get());
        assertTrue(vm.noticeProperty().get().contains("noise σ is off"), vm.noticeProperty().get());
        assertEquals("", vm.settingsProblemProperty().get());
    }

    @Test
    void scaledEntryIsTheStandardizedCost() {
        vm.surfaceIdProperty().set("data:scales:linear2:standardized");
        jobs.drain();
        DataCost c = (DataCost) vm.surfaceProperty().get();
        assertTrue(c.scaling().isPresent());
    }
}
