package org.gdlab.app.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.gdlab.core.optim.OptimizerKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The raced runs' trail canvas covers the whole plot area: without a raced run it is cleared once and then
 * left alone, so playback does not make JavaFX render the whole plot again at every step.
 */
@ExtendWith(ApplicationExtension.class)
class RaceLayerRepaintTest {

    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    @Test
    void playbackWithoutRacedRunsLeavesTheTrailCanvasAloneAndWithOneRepaintsItPerStep() {
        ui.idle();
        RaceLayer layer = UiFixture.fx(() -> new RaceLayer(ui.view.race(), ui.view.plot()));
        UiFixture.fx(() -> ui.vm.playback().seek(1));
        ui.idle();
        int before = UiFixture.fx(layer::movingPaints);
        for (int k = 2; k < 6; k++) {
            int step = k;
            UiFixture.fx(() -> ui.vm.playback().seek(step));
        }
        ui.idle();
        assertEquals(before, (int) UiFixture.fx(layer::movingPaints), "no raced run: no repaint per step");

        UiFixture.fx(() -> {
            ui.view.race().addRun(OptimizerKind.MOMENTUM, 0.01);
        });
        ui.idle();
        int withRun = UiFixture.fx(layer::movingPaints);
        UiFixture.fx(() -> ui.vm.playback().seek(7));
        ui.idle();
        assertTrue(UiFixture.fx(layer::movingPaints) > withRun, "a raced run's trail follows the step");
    }
}
