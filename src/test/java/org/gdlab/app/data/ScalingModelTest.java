package org.gdlab.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.Dataset;
import org.gdlab.core.math.Sym2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The feature-scaling switch: the scaled cost replaces the one on screen, and its curvature follows. */
class ScalingModelTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel lab;
    private ScalingModel scaling;
    private DataViewModel data;

    @BeforeEach
    void create() {
        lab = new LabViewModel(jobs.background());
        lab.plot().setPlotArea(64, 26, 700, 500);
        scaling = new ScalingModel(lab);
        data = new DataViewModel(lab);
    }

    @Test
    void switchingABuiltinDatasetChoosesItsScaledEntryAndBack() {
        lab.surfaceIdProperty().set("data:cars:linear");
        jobs.drain();
        assertFalse(scaling.standardizedProperty().get());
        scaling.set(true);
        jobs.drain();
        assertEquals("data:cars:linear:standardized", lab.surfaceIdProperty().get());
        assertTrue(scaling.standardizedProperty().get());
        scaling.set(false);
        jobs.drain();
        assertEquals("data:cars:linear", lab.surfaceIdProperty().get());
    }

    @Test
    void editedDataIsScaledAsItStandsAndTheValleyTurnsRound() {
        lab.surfaceIdProperty().set("data:line:linear");
        jobs.drain();
        data.movePoint(0, 0.5, 3);
        jobs.drain();
        Dataset edited = ((DataCost) lab.surfaceProperty().get()).spec().data();
        scaling.set(true);
        jobs.drain();
        DataCost c = (DataCost) lab.surfaceProperty().get();
        assertTrue(c.spec().standardize());
        assertNull(lab.surfaceIdProperty().get(), "not one of the chooser's entries");
        assertEquals(edited.y(0), c.spec().data().y(0), 0, "the edit is kept");
        // standardized x has mean 0 and variance 1: J's Hessian [[var + mean², mean], [mean, 1]] is the identity
        Sym2 h = c.hessian(0, 0);
        assertEquals(1, h.xx(), 1e-12);
        assertEquals(0, h.xy(), 1e-12);
        assertEquals(1, h.yy(), 1e-12);
        assertEquals(c.description().suggestedStart().x(), lab.startXProperty().get());
    }
}
