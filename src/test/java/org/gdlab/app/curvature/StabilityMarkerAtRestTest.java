package org.gdlab.app.curvature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.shape.Polygon;
import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 14: a window at rest does no work. The stability mark's tip used to get new points (equal ones) in
 * every layout pass; new points change its bounds, which asks for another layout pass: the window pulsed at
 * every frame (45–60 a second) while nothing changed, and every input waited behind a layout.
 */
@ExtendWith(ApplicationExtension.class)
class StabilityMarkerAtRestTest {

    private UiFixture ui;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ui = new UiFixture(stage);
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    @Test
    void aLayoutPassThatMovesNothingSetsNoNewPointsOnTheMark() {
        ui.idle();
        int changes = UiFixture.fx(() -> {
            Parent root = stage.getScene().getRoot();
            root.layout();
            Polygon tip = (Polygon) stage.getScene().lookup("#stabilityMarker");
            int[] n = {0};
            tip.getPoints().addListener((ListChangeListener<Double>) c -> n[0]++);
            ((Parent) stage.getScene().lookup("#stabilityMarkerBox")).requestLayout();
            root.layout();
            return n[0];
        });
        assertEquals(0, changes, "a layout pass that moves nothing sets no new points on the mark");
    }
}
