package org.gdlab.app.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.gdlab.render.paint.PlotTransform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 14: the base layer draws what lies in the plot area without a clip (a clip costs a full-size blend
 * per shape in software rendering) and paints the paper around the area afterwards, so nothing of the
 * colour map, the level lines or the minima may show outside it: the colour map's image reaches half a grid
 * cell past the area on every side, and a minimum just outside the view has its white cross half in the
 * margin.
 */
@ExtendWith(ApplicationExtension.class)
class BaseMarginsTest {

    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    /**
     * @return how many pixels of the rectangle [x0, x1) × [y0, y1) are not the margin's: coloured (the paper,
     *     the ink and what lies between are greys) or lighter than the paper (the level lines and the minima's
     *     crosses are white; so is a snapshot where nothing was painted)
     */
    private static int notMargin(PixelReader r, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = Math.max(0, y0); y < y1; y++) {
            for (int x = Math.max(0, x0); x < x1; x++) {
                if (coloured(r.getArgb(x, y)) || (r.getArgb(x, y) & 0xff) > PAPER + 2) {
                    n++;
                }
            }
        }
        return n;
    }

    /** the light theme's paper, (250, 250, 250) */
    private static final int PAPER = 250;

    private static boolean coloured(int argb) {
        int red = argb >> 16 & 0xff;
        int green = argb >> 8 & 0xff;
        int blue = argb & 0xff;
        return Math.max(red, Math.max(green, blue)) - Math.min(red, Math.min(green, blue)) > 16;
    }

    @Test
    void nothingOfTheColourMapOrAMinimumShowsLeftOfAboveOrBelowThePlotArea() {
        ui.idle();
        PlotTransform opening = UiFixture.fx(() -> ui.vm.plot().transformProperty().get());
        // the minimum (0, 0) 4 px left of the plot area: its cross reaches into the left margin unless cut
        double minX = opening.sx(0);
        UiFixture.fx(() -> ui.vm.plot().panBy(opening.left() - 4 - minX, 0));
        ui.idle();
        UiFixture.fx(() -> ui.view.plot().paintPending());
        Canvas base = UiFixture.fx(() -> (Canvas) ui.view.plot().getChildrenUnmodifiable().get(0));
        PlotTransform t = UiFixture.fx(() -> ui.vm.plot().transformProperty().get());
        Image img = UiFixture.fx(() -> base.snapshot(null, null));
        PixelReader r = img.getPixelReader();
        int left = (int) Math.floor(t.left());
        int top = (int) Math.floor(t.top());
        int right = (int) Math.ceil(t.left() + t.width());
        int bottom = (int) Math.ceil(t.top() + t.height());
        assertEquals(-4, t.sx(0) - t.left(), 0.5, "the minimum lies 4 px left of the plot area");
        assertEquals(0, notMargin(r, 0, 0, left - 1, (int) img.getHeight()), "pixels left of the plot area");
        assertEquals(0, notMargin(r, left, 0, right, top - 1), "pixels above the plot area");
        assertEquals(0, notMargin(r, left, bottom + 1, right, (int) img.getHeight()), "pixels below the plot area");
        int inside = 0;
        for (int y = top + 2; y < bottom - 2; y++) {
            for (int x = left + 2; x < right - 2; x++) {
                inside += coloured(r.getArgb(x, y)) ? 1 : 0;
            }
        }
        assertEquals(true, inside > 0.9 * (right - left - 4) * (bottom - top - 4), "the colour map fills the area: " + inside);
    }
}
