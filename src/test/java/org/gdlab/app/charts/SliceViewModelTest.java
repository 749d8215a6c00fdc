package org.gdlab.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.optim.LineSearchTrace;
import org.gdlab.core.optim.OptimizerKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The slice follows the run and its playback step, computed on the background (drained here). */
class SliceViewModelTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel lab;
    private SliceViewModel slice;

    @BeforeEach
    void create() {
        lab = new LabViewModel(jobs.background());
        slice = new SliceViewModel(new RaceViewModel(lab));
        jobs.drain();
    }

    @Test
    void theSliceOfTheCurrentStepAcceptsTheRowsStepLength() {
        lab.selectSurface("rosenbrock");
        lab.optimizerProperty().set(OptimizerKind.WOLFE);
        jobs.drain();
        lab.playback().seek(3);
        jobs.drain();
        PlannedPath p = lab.pathProperty().get();
        SliceData d = slice.dataProperty().get();
        assertNotNull(d, slice.messageProperty().get());
        LineSearchTrace t = d.trace();
        assertEquals(p.learningRate(3), t.accepted(), 0);
        assertEquals(p.x(3), t.w().x(), 0);
        assertEquals(p.y(3), t.w().y(), 0);
        assertTrue(slice.messageProperty().get().startsWith("Step 3: "), slice.messageProperty().get());
        assertEquals(1, d.band().size(), "wolfe has c₂: a band " + t + " tMax " + d.tMax());
    }

    @Test
    void withTheOverlaysSwitchedOffThePlotGetsNoTrace() {
        lab.optimizerProperty().set(OptimizerKind.ARMIJO);
        jobs.drain();
        assertNotNull(slice.trace());
        slice.onPlotProperty().set(false);
        assertNull(slice.trace());
    }

    @Test
    void aFixedRateRuleHasNoSliceAndSaysWhy() {
        lab.optimizerProperty().set(OptimizerKind.GD);
        jobs.drain();
        assertNull(slice.dataProperty().get());
        assertNull(slice.trace());
        assertTrue(slice.messageProperty().get().contains("no line search"), slice.messageProperty().get());
    }

    @Test
    void theLastRowOfAConvergedRunHasNoStepToShow() {
        lab.optimizerProperty().set(OptimizerKind.BFGS);
        jobs.drain();
        PlannedPath p = lab.pathProperty().get();
        lab.playback().seek(p.size() - 1);
        jobs.drain();
        assertNull(slice.dataProperty().get());
        assertTrue(slice.messageProperty().get().contains("no step leaves it"), slice.messageProperty().get());
    }
}
