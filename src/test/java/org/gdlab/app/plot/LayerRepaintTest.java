package org.gdlab.app.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Only the layers that show what changed are repainted: a path change or a step never repaints the surface. */
@ExtendWith(ApplicationExtension.class)
class LayerRepaintTest {

    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    private int[] counts() {
        return UiFixture.fx(() -> {
            ui.view.plot().paintPending(); // what the next pulse would paint, now
            return ui.view.plot().paintCounts();
        });
    }

    @Test
    void aNewLearningRateRepaintsThePathButNotTheSurface() {
        ui.idle();
        int[] before = counts();
        UiFixture.fx(() -> ui.vm.learningRateProperty().set(ui.vm.learningRateProperty().get() * 0.9));
        ui.idle();
        int[] after = counts();
        assertEquals(before[0], after[0], "the base layer (colour map, level lines) is not repainted");
        assertTrue(after[1] > before[1], "the planned path is");
    }

    @Test
    void aPlaybackStepRepaintsNeitherTheSurfaceNorThePlannedPath() {
        ui.idle();
        int[] before = counts();
        UiFixture.fx(() -> ui.vm.playback().seek(3));
        ui.idle();
        assertEquals(before[0], counts()[0], "the base layer");
        assertEquals(before[1], counts()[1], "the planned path");
        // the still marks (start ring, markers, labels) do not move with the step; the mini-batch arrow, the one
        // overlay over the paths that follows the step, shows nothing on this full-batch run
        assertEquals(before[2], counts()[2], "the still marks");
    }

    @Test
    void aPlaybackStepAsksForNoLayoutPass() {
        ui.idle();
        counts();
        int before = UiFixture.fx(() -> ui.view.plot().layoutPasses());
        boolean asked = UiFixture.fx(() -> {
            ui.vm.playback().seek(3);
            ui.vm.playback().seek(4);
            ui.view.plot().paintPending();
            return ui.view.plot().isNeedsLayout();
        });
        assertFalse(asked, "a step changes pixels only: the plot does not ask for a layout pass");
        ui.idle();
        assertEquals(before, UiFixture.fx(() -> ui.view.plot().layoutPasses()), "and gets none");
    }

    @Test
    void aNewLearningRateAsksForNoLayoutPass() {
        ui.idle();
        counts();
        int before = UiFixture.fx(() -> ui.view.plot().layoutPasses());
        UiFixture.fx(() -> ui.vm.learningRateProperty().set(ui.vm.learningRateProperty().get() * 0.9));
        ui.idle();
        int[] after = counts();
        assertEquals(before, UiFixture.fx(() -> ui.view.plot().layoutPasses()), "a new path is painted without a layout pass");
        assertTrue(after[1] > 0);
    }

    @Test
    void aPlaybackStepPaintsTheNewestStepsOnASmallCanvasNotTheWholeTrail() {
        ui.idle();
        counts();
        double[] tail = UiFixture.fx(() -> {
            ui.vm.playback().seek(1);
            ui.view.plot().paintPending();
            ui.vm.playback().seek(2);
            ui.view.plot().paintPending();
            var t = ui.view.plot().tailCanvas();
            return new double[] {t.getWidth() * t.getHeight(), ui.view.plot().getWidth() * ui.view.plot().getHeight()};
        });
        assertTrue(tail[0] > 0, "the new step is on the tail canvas");
        assertTrue(tail[0] < tail[1] / 4, "which covers the new steps, not the plot: " + tail[0] + " of " + tail[1] + " px");
    }

    @Test
    void aNewSurfaceRepaintsTheBase() {
        ui.idle();
        int[] before = counts();
        UiFixture.fx(() -> ui.vm.selectSurface("himmelblau"));
        ui.idle();
        assertTrue(counts()[0] > before[0], "the base layer shows the new surface");
    }

    @Test
    void aPulseWithANewPathAndANewPicturePaintsThePathAndLeavesTheColourMapForTheNextPulse() {
        ui.idle();
        var kappa = UiFixture.fx(() -> ui.vm.parameters().stream().filter(p -> p.spec().name().equals("kappa")).findFirst().orElseThrow());
        int[] before = counts();
        // a new κ: its path and its picture come from the workers; the pulses paint nothing until both are in
        UiFixture.fx(() -> {
            ui.view.plot().holdPulsePaints(true);
            kappa.value().set(kappa.value().get() * 2);
        });
        ui.idle();
        int[][] seen = UiFixture.fx(() -> {
            PlotView plot = ui.view.plot();
            plot.holdPulsePaints(false);
            boolean later = plot.paintOnPulse();
            int[] first = plot.paintCounts().clone();
            plot.paintOnPulse();
            return new int[][] {{later ? 1 : 0}, first, plot.paintCounts().clone()};
        });
        assertEquals(1, seen[0][0], "the first pulse left the colour map for the next");
        assertEquals(before[1] + 1, seen[1][1], "the first pulse painted the new path");
        assertEquals(before[0], seen[1][0], "and not the base");
        assertEquals(before[0] + 1, seen[2][0], "the next pulse painted the base with the new picture");
    }

    @Test
    void aPanPaintsTheBaseAndThePathInTheSamePulse() {
        ui.idle();
        int[] before = counts();
        int[] after = UiFixture.fx(() -> {
            ui.vm.plot().panBy(-20, 0); // a new view moves the map and the path alike
            ui.view.plot().paintOnPulse();
            return ui.view.plot().paintCounts().clone();
        });
        assertEquals(before[0] + 1, after[0], "the base, in the pan's pulse");
        assertEquals(before[1] + 1, after[1], "the path, in the same pulse");
    }

    @Test
    void aNewParameterRepaintsTheBaseOnceWithItsPictureNotBeforeIt() {
        ui.idle();
        var kappa = UiFixture.fx(() -> ui.vm.parameters().stream().filter(p -> p.spec().name().equals("kappa")).findFirst().orElseThrow());
        int[] before = counts();
        UiFixture.fx(() -> {
            kappa.value().set(kappa.value().get() * 2);
            ui.view.plot().paintPending(); // the pulse right after the slider moved, before the new picture came
        });
        ui.idle();
        int[] after = counts();
        assertEquals(before[0] + 1, after[0], "one paint of the base: the new surface with its own picture");
    }
}
