package org.gdlab.app.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.gdlab.app.ShellFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * At 200 % (1280×800, the side panel in its drawer) the before-and-after grows with the type: its numbers
 * are set at twice the size, both pictures are twice as wide as at 100 % and still fit side by side inside
 * the data panel.
 */
@ExtendWith(ApplicationExtension.class)
class ScalingThumbnailsScaleUiTest {

    @TempDir
    static Path config;

    private ShellFixture ui;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        ui = new ShellFixture(stage, config);
    }

    @AfterEach
    void stop() {
        ShellFixture.fx(() -> {
            ui.view.dispose();
            stage.close();
        });
    }

    private double[] measure() {
        return ShellFixture.fx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            Node panel = stage.getScene().getRoot().lookup("#dataPanel");
            Node raw = panel.lookup("#scalingRaw");
            Node scaled = panel.lookup("#scalingScaled");
            Bounds p = panel.localToScene(panel.getLayoutBounds());
            Bounds a = raw.localToScene(raw.getLayoutBounds());
            Bounds b = scaled.localToScene(scaled.getLayoutBounds());
            double font = ((Label) panel.lookup("#scalingRawNumbers")).getFont().getSize();
            double w = ((Canvas) raw.lookup("Canvas")).getWidth();
            boolean inside = a.getMinX() >= p.getMinX() - 0.5 && b.getMaxX() <= p.getMaxX() + 0.5 && a.getMaxX() <= b.getMinX();
            return new double[] {font, w, inside ? 1 : 0};
        });
    }

    @Test
    void atTwoHundredPercentTheNumbersAndPicturesGrowAndStillFitTheDataPanel() {
        ShellFixture.fx(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            ui.vm.surfaceIdProperty().set("data:scales:linear2");
        });
        ui.idle();
        double[] normal = measure();
        assertTrue(normal[2] == 1, "side by side inside the panel at 100 %");
        ShellFixture.fx(() -> {
            ui.shell.presentation().setScale(2);
            ui.view.windowLayout().toggleSidePanel(); // the panel no longer fits beside the plot: F9 opens its drawer
        });
        ui.idle();
        double[] large = measure();
        assertTrue(large[0] >= 1.9 * normal[0], "numbers at " + large[0] + " px against " + normal[0]);
        assertTrue(large[1] >= 1.6 * normal[1], "pictures " + large[1] + " px wide against " + normal[1]);
        assertTrue(large[2] == 1, "side by side inside the panel at 200 %");
    }
}
