package org.gdlab.app.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.gdlab.render.paint.LevelLinePicture;
import org.gdlab.render.paint.PlotStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 14: the window's base layer shows the picture with its level lines painted into its pixels on a
 * background thread (not stroked again by the render thread at every new picture), as wide as the UI scale
 * makes them: a scale of 2 (presentation) paints them anew, twice as wide.
 */
@ExtendWith(ApplicationExtension.class)
class LevelLinesInPictureTest {

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
    void theBaseShowsThePictureWithItsLevelLinesAtTheWidthOfTheUiScale() {
        ui.idle();
        UiFixture.fx(() -> ui.view.plot().paintPending());
        LevelLinePicture lined = UiFixture.fx(() -> ui.vm.plot().withLevelLinesProperty().get());
        assertSame(UiFixture.fx(() -> ui.vm.plot().pictureProperty().get()), lined.picture(), "made of the picture shown");
        assertEquals(PlotStyle.LEVEL_WIDTH, lined.linePixels(), 1e-12, "at 100 %");
        assertTrue(UiFixture.fx(() -> ui.view.plot().levelLinesInImage()), "the base shows it");

        UiFixture.fx(() -> ui.view.plot().uiScaleProperty().set(2));
        ui.idle();
        UiFixture.fx(() -> ui.view.plot().paintPending());
        LevelLinePicture twice = UiFixture.fx(() -> ui.vm.plot().withLevelLinesProperty().get());
        assertEquals(2 * PlotStyle.LEVEL_WIDTH, twice.linePixels(), 1e-12, "at 200 %");
        assertSame(UiFixture.fx(() -> ui.vm.plot().pictureProperty().get()), twice.picture());
        assertTrue(UiFixture.fx(() -> ui.view.plot().levelLinesInImage()), "the base shows the new one");
    }

    @Test
    void atAnyUiScaleThePlotAreaIsWholePixelsAndThePictureHasAPointOnEachPixelsCentre() {
        for (double scale : new double[] {1, 1.25, 1.5, 2}) {
            UiFixture.fx(() -> ui.view.plot().uiScaleProperty().set(scale));
            ui.idle();
            var t = UiFixture.fx(() -> ui.vm.plot().transformProperty().get());
            for (double v : new double[] {t.left(), t.top(), t.width(), t.height()}) {
                assertEquals(Math.rint(v), v, 0, "at " + scale + ": the plot area " + t.left() + ", " + t.top() + ", "
                        + t.width() + " × " + t.height() + " px lies on whole pixels");
            }
            var grid = UiFixture.fx(() -> ui.vm.plot().pictureProperty().get().grid());
            assertEquals((int) t.width(), grid.nx(), "at " + scale + ": a column per pixel");
            assertEquals(t.left() + 0.5, t.sx(grid.view().xMin()), 1e-6, "at " + scale + ": the first column on the first pixel's centre");
            assertEquals(t.left() + t.width() - 0.5, t.sx(grid.view().xMax()), 1e-6, "the last on the last's");
        }
    }
}
