package org.gdlab.app.basin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.Faults;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.core.basin.BasinMap;
import org.gdlab.core.basin.BasinSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The basin map's view model without JavaFX, its computations drained on the test thread. */
class BasinViewModelTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel lab;
    private BasinViewModel basin;

    @BeforeEach
    void create() {
        lab = new LabViewModel(jobs.background());
        lab.plot().setPlotArea(64, 26, 400, 300);
        lab.selectSurface("himmelblau");
        basin = new BasinViewModel(lab);
        basin.resolutionProperty().set(64);
        jobs.drain();
    }

    @Test
    void enablingComputesTheMapRowByRowOnThePublisher() {
        int[] revisions = {0};
        basin.revisionProperty().addListener(o -> revisions[0]++);
        basin.enabledProperty().set(true);
        assertTrue(basin.runningProperty().get());
        jobs.drain();
        assertFalse(basin.runningProperty().get());
        BasinMap m = basin.mapProperty().get();
        assertNotNull(m);
        assertEquals(64 * 64, m.computedCount());
        assertTrue(revisions[0] >= 64 + 1, "one repaint per row and one when done, got " + revisions[0]);
        assertEquals(1, basin.progressProperty().get(), 0);
    }

    @Test
    void aSettingChangedWhileComputingStartsOverOnceAndCountsTheStaleMap() {
        basin.enabledProperty().set(true);
        lab.learningRateProperty().set(0.02); // before the first map is published
        jobs.drain();
        assertEquals(0.02, basin.mapProperty().get().spec().template().learningRate(), 0);
        assertEquals(1, basin.cancelledCountProperty().get(), "the stale map was cancelled");
    }

    @Test
    void cancelBeforeAnyRowKeepsWhatWasShown() {
        basin.enabledProperty().set(true);
        basin.cancel();
        jobs.drain();
        assertFalse(basin.runningProperty().get());
        assertNull(basin.mapProperty().get());
        assertEquals(1, basin.cancelledCountProperty().get());
        assertTrue(basin.summaryProperty().get().startsWith("Cancelled"));
    }

    @Test
    void aFailedMapIsSaidInTheStatusLineAndTheLastPictureStays() {
        basin.enabledProperty().set(true);
        jobs.drain();
        BasinMap before = basin.mapProperty().get();
        BasinSpec spec = basin.spec();
        int[] picture = basin.argb();
        Faults faults = Faults.in(lab.background());
        faults.breakKind(BasinViewModel.FAILURE, "the grid is too fine");
        lab.learningRateProperty().set(0.02);
        jobs.drain();
        assertEquals("Could not compute the basin map: the grid is too fine", lab.statusProperty().get());
        assertEquals("Could not compute the basin map: the grid is too fine", basin.summaryProperty().get());
        assertSame(before, basin.mapProperty().get(), "the last map stays");
        assertSame(spec, basin.spec());
        assertSame(picture, basin.argb(), "and so does its picture");
        assertFalse(basin.runningProperty().get());
        faults.heal();
        lab.learningRateProperty().set(0.015);
        jobs.drain();
        assertEquals("", lab.statusProperty().get(), "the next map clears the message");
        assertEquals(0.015, basin.mapProperty().get().spec().template().learningRate(), 0);
    }
}
