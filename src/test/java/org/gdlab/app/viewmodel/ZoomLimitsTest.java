package org.gdlab.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.surface.ViewLimits;
import org.gdlab.core.surface.ViewRect;
import org.junit.jupiter.api.Test;

/** Zoom and pan stop at the views a scenario file can hold, so every view on screen can be saved and reopened. */
class ZoomLimitsTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private final LabViewModel vm = new LabViewModel(jobs.background());

    private ViewRect visible() {
        return vm.plot().transformProperty().get().visible();
    }

    @Test
    void zoomingInStopsAtTheNarrowestView() {
        vm.plot().setPlotArea(64, 26, 700, 500);
        for (int i = 0; i < 40; i++) {
            vm.plot().zoomAbout(400, 270, 10);
        }
        ViewRect v = visible();
        assertTrue(ViewLimits.allows(v), v.toString());
        // the default view is ~10 wide: a factor of 10 per step passes 1e-9 after 11 steps, so it stopped
        // at the last view whose width was still at least 1e-9, i.e. less than 10 times that.
        assertTrue(Math.min(v.width(), v.height()) < 10 * ViewLimits.MIN_SIZE, v.toString());
    }

    @Test
    void zoomingOutStopsAtTheWidestView() {
        vm.plot().setPlotArea(64, 26, 700, 500);
        for (int i = 0; i < 40; i++) {
            vm.plot().zoomAbout(400, 270, 0.1);
        }
        ViewRect v = visible();
        assertTrue(ViewLimits.allows(v), v.toString());
        assertTrue(Math.max(v.width(), v.height()) > ViewLimits.MAX_SIZE / 10, v.toString());
    }

    @Test
    void panningStopsAtTheFarthestEdge() {
        vm.plot().setPlotArea(64, 26, 700, 500);
        vm.plot().zoomAbout(400, 270, 2e-8); // several 1e8 wide: 5000 pans of the plot's width pass 1e12
        double before = visible().width();
        for (int i = 0; i < 5000; i++) {
            vm.plot().panBy(-700, 0);
        }
        ViewRect v = visible();
        assertTrue(ViewLimits.allows(v), v.toString());
        assertTrue(v.xMax() > ViewLimits.MAX_COORDINATE - 2 * before, v.toString());
        assertEquals(before, v.width(), before * 1e-9, "panning keeps the size");
    }
}
