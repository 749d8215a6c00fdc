package org.gdlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.gdlab.core.optim.OptimizerKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Nothing moves under the mouse: the update panel keeps one height at every step and for every optimizer
 * (so the side panel's controls stay put), and the banner lies over the plot, so the plot keeps its size
 * when the banner grows from one line to three.
 */
@ExtendWith(ApplicationExtension.class)
class NothingJumpsTest {

    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    private Bounds bounds(String id) {
        return UiFixture.fx(() -> {
            ui.view.getScene().getRoot().applyCss();
            ui.view.getScene().getRoot().layout();
            Node n = ui.view.getScene().lookup(id);
            return n.localToScene(n.getBoundsInLocal());
        });
    }

    @Test
    void theUpdatePanelKeepsOneHeightAtEveryStepAndForEveryOptimizer(FxRobot robot) {
        ui.idle();
        Bounds update = bounds("#update");
        Bounds slider = bounds("#lrSlider");
        UiFixture.fx(() -> ui.vm.playback().seek(ui.vm.playback().lastStepProperty().get()));
        ui.idle();
        assertEquals(update.getHeight(), bounds("#update").getHeight(), 0, "at the last step (no step follows)");
        assertEquals(slider.getMinY(), bounds("#lrSlider").getMinY(), 0, "the α slider stays under the mouse");
        for (OptimizerKind k : OptimizerKind.values()) {
            UiFixture.fx(() -> ui.vm.optimizerProperty().set(k));
            ui.idle();
            assertEquals(update.getHeight(), bounds("#update").getHeight(), 0, k.displayName());
            assertEquals(slider.getMinY(), bounds("#lrSlider").getMinY(), 0, k.displayName());
        }
    }

    @Test
    void theBannerGrowsOverThePlotWithoutResizingIt(FxRobot robot) {
        ui.idle();
        Label banner = robot.lookup("#banner").queryAs(Label.class);
        Bounds plot = bounds("#plot");
        double oneLine = bounds("#banner").getHeight();
        UiFixture.fx(() -> ui.vm.learningRateProperty().set(0.25)); // above 2/λmax = 0.2: the long divergence banner
        ui.idle();
        assertTrue(banner.getText().startsWith("Diverged"), banner.getText());
        double lines = bounds("#banner").getHeight();
        assertTrue(lines > 1.5 * oneLine, "the banner wraps: " + lines + " px against " + oneLine);
        assertEquals(plot, bounds("#plot"), "the plot keeps its place and size");
        Bounds b = bounds("#banner");
        assertTrue(b.getMinY() >= plot.getMinY() && b.getMaxY() <= plot.getMaxY(), "the banner lies over the plot");
        assertNotEquals(0, b.getHeight());
    }
}
