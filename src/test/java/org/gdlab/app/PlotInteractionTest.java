package org.gdlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.VerticalDirection;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.app.viewmodel.PlannedPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Mouse on the plot: click sets the start, wheel zooms, right-drag pans; the path stays on the surface. */
@ExtendWith(ApplicationExtension.class)
class PlotInteractionTest {

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
    void clickOnThePlotSetsTheStartToTheClickedWorldPointWithinOnePixel(FxRobot robot) {
        ui.idle();
        double lx = 301;
        double ly = 417;
        robot.clickOn(ui.screen(lx, ly), MouseButton.PRIMARY);
        ui.idle();
        PlotTransform t = ui.vm.plot().transformProperty().get();
        assertEquals(t.worldX(lx), ui.vm.startXProperty().get(), 1 / t.scaleX(), "x within one pixel");
        assertEquals(t.worldY(ly), ui.vm.startYProperty().get(), 1 / t.scaleY(), "y within one pixel");
        PlannedPath p = ui.vm.pathProperty().get();
        assertEquals(ui.vm.startXProperty().get(), p.x(0), 0, "the path starts there");
        assertEquals(ui.vm.startYProperty().get(), p.y(0), 0);
    }

    @Test
    void wheelZoomsAboutTheCursorAndThePathStaysOnTheSurface(FxRobot robot) {
        ui.idle();
        PlannedPath path = ui.vm.pathProperty().get();
        PlotTransform before = ui.vm.plot().transformProperty().get();
        double lx = 350;
        double ly = 300;
        double wx = before.worldX(lx);
        double wy = before.worldY(ly);
        robot.moveTo(ui.screen(lx, ly)).scroll(3, VerticalDirection.UP);
        ui.idle();
        PlotTransform after = ui.vm.plot().transformProperty().get();
        // TestFX's glass robot and a real wheel disagree on the sign of "up"; the zoom direction itself is
        // checked in LabViewModelTest, here we check that the wheel zooms and about which point
        assertNotEquals(before.visible().width(), after.visible().width(), 1e-9, "zoomed");
        // the world point under the cursor stays under it (to within a pixel: events carry rounded positions)
        assertEquals(lx, after.sx(wx), 1.0);
        assertEquals(ly, after.sy(wy), 1.0);
        assertSame(path, ui.vm.pathProperty().get(), "zooming does not recompute the path");
        assertDotsAtIterates(robot, 6);
    }

    @Test
    void rightDragPansAndThePathStaysOnTheSurface(FxRobot robot) {
        ui.idle();
        PlannedPath path = ui.vm.pathProperty().get();
        PlotTransform before = ui.vm.plot().transformProperty().get();
        robot.drag(ui.screen(400, 300), MouseButton.SECONDARY).moveBy(60, 20).moveBy(20, 20).drop();
        ui.idle();
        PlotTransform after = ui.vm.plot().transformProperty().get();
        assertEquals(before.visible().xMin() - 80 / before.scaleX(), after.visible().xMin(), 1.5 / before.scaleX());
        assertEquals(before.visible().yMin() + 40 / before.scaleY(), after.visible().yMin(), 1.5 / before.scaleY());
        assertEquals(before.visible().width(), after.visible().width(), 1e-9, "a pan does not zoom");
        assertSame(path, ui.vm.pathProperty().get(), "panning does not recompute the path");
        assertDotsAtIterates(robot, 6);
    }

    @Test
    void resetViewKeyRestoresTheDefaultView(FxRobot robot) {
        ui.idle();
        PlotTransform before = ui.vm.plot().transformProperty().get();
        robot.moveTo(ui.screen(350, 300)).scroll(4, VerticalDirection.UP);
        ui.idle();
        assertNotEquals(before.visible(), ui.vm.plot().transformProperty().get().visible());
        UiFixture.fx(() -> ui.view.plot().requestFocus());
        robot.type(javafx.scene.input.KeyCode.V);
        ui.idle();
        assertEquals(before.visible(), ui.vm.plot().transformProperty().get().visible());
    }

    @Test
    void plusAndMinusKeysZoomAboutTheCentre(FxRobot robot) {
        ui.idle();
        PlotTransform before = ui.vm.plot().transformProperty().get();
        UiFixture.fx(() -> ui.view.plot().requestFocus());
        robot.type(javafx.scene.input.KeyCode.EQUALS);
        ui.idle();
        PlotTransform in = ui.vm.plot().transformProperty().get();
        assertEquals(before.visible().width() / 1.25, in.visible().width(), 1e-9);
        assertEquals(before.visible().centerX(), in.visible().centerX(), 1e-9);
        robot.type(javafx.scene.input.KeyCode.MINUS);
        ui.idle();
        assertEquals(before.visible().width(), ui.vm.plot().transformProperty().get().visible().width(), 1e-9);
    }

    private void assertDotsAtIterates(FxRobot robot, int k) {
        UiFixture.fx(() -> ui.vm.playback().seek(k));
        ui.idle();
        Image img = UiFixture.snapshot(ui.view.plot());
        List<double[]> dots = UiFixture.visibleDots(ui.vm.pathProperty().get(), ui.vm.plot().transformProperty().get(), k);
        assertFalse(dots.isEmpty(), "some iterates are visible");
        for (double[] d : dots) {
            assertTrue(UiFixture.isPathWhite(img, d[0], d[1]), "a path dot is painted at the iterate " + d[0] + "," + d[1]);
        }
    }
}
