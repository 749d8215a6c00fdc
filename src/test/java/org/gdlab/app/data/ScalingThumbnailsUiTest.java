package org.gdlab.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.Dataset;
import org.gdlab.core.math.NumberText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * In the window, under the Standardize switch: the raw and the standardized contour thumbnails are both
 * painted, each with κ and 2/λmax of its Hessian, and when a point is dragged in the data view the raw side's
 * κ becomes that of the new data.
 */
@ExtendWith(ApplicationExtension.class)
class ScalingThumbnailsUiTest {

    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    /** κ and 2/λmax of H = [[mean x², mean x], [mean x, 1]], summed by hand, as the panel writes them. */
    private static String linearNumbers(Dataset d) {
        double[] l = HandCurvature.linearEigenvalues(d);
        return "κ = " + NumberText.significant(l[1] / l[0], 3) + "\n2/λmax = " + NumberText.significant(2 / l[1], 3);
    }

    private String text(FxRobot robot, String id) {
        Label l = robot.lookup(id).queryAs(Label.class);
        return UiFixture.fx(l::getText);
    }

    /** @return how many different colours the thumbnail's canvas shows (a painted contour picture has many) */
    private static int colours(Node thumb) {
        Canvas c = UiFixture.fx(() -> (Canvas) thumb.lookup("Canvas"));
        Image img = UiFixture.fx(() -> c.snapshot(null, null));
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < (int) img.getHeight(); y += 3) {
            for (int x = 0; x < (int) img.getWidth(); x += 3) {
                seen.add(img.getPixelReader().getArgb(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void bothSidesArePaintedWithTheirNumbersAndFollowADraggedPoint(FxRobot robot) {
        UiFixture.fx(() -> ui.vm.surfaceIdProperty().set("data:line:linear"));
        ui.idle();
        Node raw = robot.lookup("#scalingRaw").query();
        Node scaled = robot.lookup("#scalingScaled").query();
        assertTrue(UiFixture.fx(() -> raw.isVisible() && scaled.isVisible() && raw.getScene() != null));
        Bounds a = UiFixture.fx(() -> raw.localToScene(raw.getLayoutBounds()));
        Bounds b = UiFixture.fx(() -> scaled.localToScene(scaled.getLayoutBounds()));
        assertTrue(a.getMaxX() <= b.getMinX(), "side by side: raw, then scaled");
        assertTrue(a.getWidth() > 80 && b.getWidth() > 80, "each thumbnail is " + a.getWidth() + " px wide");
        assertTrue(colours(raw) > 20 && colours(scaled) > 20, "both pictures are painted");

        DataView v = ui.view.dataView();
        DataViewModel m = v.viewModel();
        Dataset d = m.pointsProperty().get();
        assertEquals(linearNumbers(d), text(robot, "#scalingRawNumbers"));
        assertEquals("κ = 1.00\n2/λmax = 2.00", text(robot, "#scalingScaledNumbers"), "standardized: H = I");
        assertTrue(text(robot, "#scalingRawTitle").contains("shown"));
        assertFalse(text(robot, "#scalingScaledTitle").contains("shown"));

        int i = 10;
        DataFrame f = m.frameProperty().get();
        double w = UiFixture.fx(() -> v.getWidth() - DataView.LEFT - DataView.RIGHT);
        double h = UiFixture.fx(() -> v.getHeight() - DataView.TOP - DataView.BOTTOM);
        Point2D from = UiFixture.fx(() -> v.localToScreen(f.px(d.x1(i), DataView.LEFT, w), f.py(d.y(i), DataView.TOP, h)));
        double targetX = f.xMin() + 0.95 * (f.xMax() - f.xMin());
        Point2D to = UiFixture.fx(() -> v.localToScreen(f.px(targetX, DataView.LEFT, w), f.py(d.y(i), DataView.TOP, h)));
        String before = text(robot, "#scalingRawNumbers");
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        ui.idle();
        Dataset moved = ((DataCost) ui.vm.surfaceProperty().get()).spec().data();
        assertNotEquals(d.x1(i), moved.x1(i), "the point moved");
        assertEquals(linearNumbers(moved), text(robot, "#scalingRawNumbers"));
        assertNotEquals(before, text(robot, "#scalingRawNumbers"), "κ changed with the point");
        assertEquals("κ = 1.00\n2/λmax = 2.00", text(robot, "#scalingScaledNumbers"));
        assertTrue(text(robot, "#scalingSentence").startsWith("Scaling the features divides κ by "));
    }
}
