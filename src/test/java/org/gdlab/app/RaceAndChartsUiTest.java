package org.gdlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.gdlab.app.curvature.StabilityMarker;
import org.gdlab.app.race.RacePreset;
import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.race.RunModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The race legend, the charts' cursor and click, and the 2/λmax marker, driven like a user. */
@ExtendWith(ApplicationExtension.class)
class RaceAndChartsUiTest {

    private UiFixture ui;
    private RaceViewModel race;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
        race = ui.view.race();
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    private void idle() {
        ui.idle();
    }

    /** @return how many pixels of the layer are close to the run's colour */
    private static int pixelsOf(Image img, RunModel r) {
        PixelReader pr = img.getPixelReader();
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int c = pr.getArgb(x, y);
                if ((c >>> 24) > 200 && Math.abs(((c >> 16) & 255) - r.color().red()) < 12
                        && Math.abs(((c >> 8) & 255) - r.color().green()) < 12 && Math.abs((c & 255) - r.color().blue()) < 12) {
                    n++;
                }
            }
        }
        return n;
    }

    /** @return how many pixels of the canvas (on a transparent background) are the main trail's white */
    private static int whitePixels(javafx.scene.canvas.Canvas canvas) {
        Image img = UiFixture.fx(() -> {
            javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
            p.setFill(javafx.scene.paint.Color.TRANSPARENT);
            return (Image) canvas.snapshot(p, null);
        });
        PixelReader pr = img.getPixelReader();
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (UiFixture.isPathWhite(img, x + 0.5, y + 0.5)) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void whileRacingTheMainTrailIsThinnerAndTheSelectedRunIsDrawnOverIt(FxRobot robot) {
        idle();
        UiFixture.fx(() -> ui.vm.playback().seek(30));
        idle();
        var trail = ui.view.plot().trailCanvas();
        int alone = whitePixels(trail);
        UiFixture.fx(() -> race.addRun(org.gdlab.core.optim.OptimizerKind.MOMENTUM, Double.NaN));
        idle();
        UiFixture.fx(() -> ui.vm.playback().seek(30));
        idle();
        int racing = whitePixels(trail);
        assertTrue(racing < 0.8 * alone, "the main trail is thinner while racing: " + racing + " < " + alone + " white pixels");
        var moving = robot.lookup("#raceMoving").queryAs(javafx.scene.canvas.Canvas.class);
        var layers = ui.view.plot().getChildrenUnmodifiable();
        assertTrue(layers.indexOf(moving) < layers.indexOf(trail), "the main run is selected: it is on top");
        UiFixture.fx(() -> race.selectedProperty().set(race.runs().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(layers.indexOf(moving) > layers.indexOf(trail), "the selected raced run is drawn over the main trail");
        UiFixture.fx(() -> race.clear());
        idle();
        UiFixture.fx(() -> ui.vm.playback().seek(30));
        idle();
        assertEquals(alone, whitePixels(trail), "alone again, the trail as before");
        assertTrue(layers.indexOf(moving) < layers.indexOf(trail));
    }

    @Test
    void legendToggleHidesAndShowsARun(FxRobot robot) {
        idle();
        UiFixture.fx(() -> race.applyPreset(RacePreset.GD_VS_MOMENTUM));
        idle();
        UiFixture.fx(() -> ui.vm.playback().seek(40));
        idle();
        RunModel momentum = race.runs().get(1);
        UiFixture.fx(() -> race.selectedProperty().set(momentum)); // the toggle is in the race editor
        UiFixture.fx(() -> ui.view.analysis().setExpanded(true));
        idle();
        var layer = robot.lookup("#raceMoving").queryAs(javafx.scene.canvas.Canvas.class);
        int shown = pixelsOf(UiFixture.snapshot(layer), momentum);
        assertTrue(shown > 200, "the momentum run is drawn in its colour: " + shown + " pixels");
        javafx.scene.control.CheckBox toggle = robot.lookup("#raceVisible").queryAs(javafx.scene.control.CheckBox.class);
        UiFixture.fx(toggle::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!momentum.visibleProperty().get(), "the toggle hides the run");
        assertEquals(0, pixelsOf(UiFixture.snapshot(layer), momentum), "and it is gone from the plot");
        UiFixture.fx(toggle::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(shown, pixelsOf(UiFixture.snapshot(layer), momentum), "shown again, the same picture");
    }

    @Test
    void chartCursorFollowsTheAnimation(FxRobot robot) {
        UiFixture.fx(() -> ui.view.analysis().setExpanded(true));
        idle();
        UiFixture.fx(() -> ui.view.plot().requestFocus());
        robot.type(KeyCode.RIGHT, 7);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, ui.vm.playback().step());
        var charts = ui.view.analysis().tabs().chartsView();
        assertEquals(7, charts.costCursor(), 0);
        assertEquals(UiFixture.fx(() -> charts.costChartX(7)), UiFixture.fx(charts::costCursorX), 1e-9,
                "the red line is drawn at step 7 of the chart's axis");
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ui.vm.playback().lastStepProperty().get(), ui.view.analysis().tabs().chartsView().costCursor(), 0);
    }

    @Test
    void clickOnAChartMovesTheAnimationToThatStep(FxRobot robot) {
        UiFixture.fx(() -> ui.view.analysis().setExpanded(true));
        idle();
        var charts = ui.view.analysis().tabs().chartsView();
        var canvas = charts.costViewer().getCanvas();
        double x = UiFixture.fx(() -> charts.costChartX(30));
        assertTrue(Double.isFinite(x), "the chart has been drawn");
        Point2D p = UiFixture.fx(() -> canvas.localToScreen(x, canvas.getHeight() / 2));
        robot.clickOn(p, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        // a click lands on a whole pixel: within one pixel's worth of steps of 30
        double stepsPerPixel = UiFixture.fx(() -> charts.costChartX(31) - charts.costChartX(30));
        assertEquals(30, ui.vm.playback().step(), Math.max(1, 1 / stepsPerPixel));
        assertEquals(ui.vm.playback().step(), charts.costCursor(), 0, "the cursor moved there too");
    }

    @Test
    void stabilityMarkerMovesWhenTheStartChanges(FxRobot robot) {
        UiFixture.fx(() -> ui.vm.selectSurface("rosenbrock"));
        UiFixture.fx(() -> ui.vm.setStart(-1.5, 2));
        idle();
        StabilityMarker marker = robot.lookup("#stabilityMarkerBox").queryAs(StabilityMarker.class);
        double steep = UiFixture.fx(() -> {
            marker.layout();
            return marker.markerX();
        });
        // at (−1.5, 2) λmax ≈ 1.9e3 (2/λmax ≈ 1e-3); at (0, 0) λmax = 200 (2/λmax = 0.01): the mark moves right
        UiFixture.fx(() -> ui.vm.setStart(0, 0));
        idle();
        double flat = UiFixture.fx(() -> {
            marker.layout();
            return marker.markerX();
        });
        assertTrue(Double.isFinite(steep) && Double.isFinite(flat), steep + " " + flat);
        assertTrue(flat > steep + 10, "the marker moved right: " + steep + " → " + flat);
        String words = robot.lookup("#stabilityRatio").queryLabeled().getText();
        assertTrue(words.startsWith("α is "), words);
    }
}
