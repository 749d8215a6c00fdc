package org.gdlab.app.plot;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Issue 14: a layer of the plot that shows nothing (no race, ghost paths off) is hidden, since software
 * rendering blends every visible full-size canvas into each frame of the plot; it shows once it has something.
 */
@ExtendWith(ApplicationExtension.class)
class BlankLayersHiddenTest {

    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    private boolean visible(String id) {
        return UiFixture.fx(() -> ui.view.getScene().lookup(id).isVisible());
    }

    @Test
    void layersWithNothingToShowAreHiddenAndShowWhenTheyHaveSomething() {
        ui.idle();
        assertFalse(visible("#racePlanned"), "no raced run");
        assertFalse(visible("#raceMoving"), "no raced run");
        assertFalse(visible("#ghost-paths-layer"), "ghost paths off");
        UiFixture.fx(() -> ui.view.race().addRun(OptimizerKind.MOMENTUM, 0.05));
        UiFixture.fx(() -> ui.view.analysis().tabs().ghosts().enabledProperty().set(true));
        ui.idle();
        UiFixture.fx(() -> ui.view.getScene().getRoot().layout()); // the layers paint before a pulse's layout pass
        ui.idle();
        assertTrue(visible("#racePlanned"), "a raced run's planned path");
        assertTrue(visible("#ghost-paths-layer"), "the ghost paths");
    }
}
