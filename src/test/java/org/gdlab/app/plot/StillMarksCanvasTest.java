package org.gdlab.app.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.render.paint.PlotStyle;
import org.gdlab.render.paint.PlotTransform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 14: the still marks (the start's ring, α changes, "left the view", the overlays' labels) lie on a
 * canvas sized to what they draw, not on one as large as the plot area, which software rendering would
 * blend whole into every frame of a new path. What they draw must still all be on it: the start ring of
 * radius {@link PlotStyle#START_RADIUS} drawn with a 5 px outline (PathLayer.paintStart), the diamond of
 * half-diagonal 9 px at a live α change (PathLayer.paintRateChange), and every still label's box.
 */
@ExtendWith(ApplicationExtension.class)
class StillMarksCanvasTest {

    /** the start ring's outer edge: its radius plus half its 5 px outline */
    private static final double RING_REACH = PlotStyle.START_RADIUS + 2.5;

    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    private Canvas still() {
        return ui.view.plot().stillCanvas();
    }

    private static void assertHolds(Canvas c, double x0, double y0, double x1, double y1, String what) {
        double cx = c.getLayoutX();
        double cy = c.getLayoutY();
        assertTrue(x0 >= cx - 0.5 && y0 >= cy - 0.5 && x1 <= cx + c.getWidth() + 0.5 && y1 <= cy + c.getHeight() + 0.5,
                what + " [" + x0 + ", " + y0 + " – " + x1 + ", " + y1 + "] lies on the still marks' canvas at " + cx + ", "
                        + cy + " sized " + c.getWidth() + " × " + c.getHeight());
    }

    /** @return the still labels' boxes in pixels (the plot's label boxes before the moving marks') */
    private List<Rectangle2D> stillLabels() {
        PlotView plot = ui.view.plot();
        List<Rectangle2D> boxes = plot.labelBoxes();
        return boxes.subList(0, boxes.size() - plot.movingLabelBoxes().size());
    }

    @Test
    void theStartRingIsDrawnOnACanvasNoLargerThanItsNeighbourhood() {
        ui.idle();
        UiFixture.fx(() -> ui.view.plot().paintPending());
        PlotTransform t = UiFixture.fx(() -> ui.vm.plot().transformProperty().get());
        double sx = UiFixture.fx(() -> t.sx(ui.vm.startXProperty().get()));
        double sy = UiFixture.fx(() -> t.sy(ui.vm.startYProperty().get()));
        Canvas c = still();
        assertHolds(c, sx - RING_REACH, sy - RING_REACH, sx + RING_REACH, sy + RING_REACH, "the start ring");
        assertTrue(c.getWidth() * c.getHeight() < t.width() * t.height() / 20,
                "the still marks' canvas is far smaller than the plot area: " + c.getWidth() + " × " + c.getHeight());
        // drawn where it belongs on it: the ring's stroke crosses the point one radius right of the start
        WritableImage img = UiFixture.fx(() -> {
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.TRANSPARENT);
            return c.snapshot(p, null);
        });
        Color onRing = img.getPixelReader().getColor((int) Math.floor(sx + PlotStyle.START_RADIUS - c.getLayoutX()),
                (int) Math.floor(sy - c.getLayoutY()));
        assertTrue(onRing.getOpacity() > 0.9, "the ring is opaque one radius right of the start: " + onRing);
        Color centre = img.getPixelReader().getColor((int) Math.floor(sx - c.getLayoutX()), (int) Math.floor(sy - c.getLayoutY()));
        assertEquals(0, centre.getOpacity(), 0.01, "the ring is hollow: nothing at its centre");
    }

    @Test
    void aLiveAlphaChangeItsDiamondAndLabelLieOnTheCanvas() {
        ui.idle();
        UiFixture.fx(() -> {
            ui.vm.tuneLiveProperty().set(true);
            ui.vm.playback().seek(5);
            ui.vm.learningRateProperty().set(0.05);
        });
        ui.idle();
        UiFixture.fx(() -> ui.view.plot().paintPending());
        PlannedPath p = UiFixture.fx(() -> ui.vm.pathProperty().get());
        assertEquals(1, p.changes().size(), "one live change");
        PlotTransform t = UiFixture.fx(() -> ui.vm.plot().transformProperty().get());
        int at = p.changes().get(0).step();
        double dx = t.sx(p.x(at));
        double dy = t.sy(p.y(at));
        Canvas c = still();
        assertHolds(c, dx - 11, dy - 11, dx + 11, dy + 11, "the α change's diamond (9 px and its 4 px outline)");
        List<Rectangle2D> labels = UiFixture.fx(this::stillLabels);
        assertTrue(!labels.isEmpty(), "the change has its label");
        for (Rectangle2D b : labels) {
            assertHolds(c, b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY(), "a still label");
        }
    }

    @Test
    void aRunThatLeavesTheViewHasItsLabelOnTheCanvasAndTheCanvasFollowsTheStart() {
        ui.idle();
        UiFixture.fx(() -> ui.vm.learningRateProperty().set(1.0)); // κ = 10: 2/λmax = 0.2, so α = 1 diverges
        ui.idle();
        UiFixture.fx(() -> ui.view.plot().paintPending());
        assertTrue(UiFixture.fx(() -> ui.vm.pathProperty().get().diverged()), "the run diverges");
        List<Rectangle2D> labels = UiFixture.fx(this::stillLabels);
        assertTrue(!labels.isEmpty(), "\"left the view\" is labelled");
        Canvas c = still();
        for (Rectangle2D b : labels) {
            assertHolds(c, b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY(), "a still label");
        }
        UiFixture.fx(() -> {
            ui.vm.learningRateProperty().set(0.05);
            ui.vm.setStart(3, -3);
        });
        ui.idle();
        UiFixture.fx(() -> ui.view.plot().paintPending());
        PlotTransform t = UiFixture.fx(() -> ui.vm.plot().transformProperty().get());
        double sx = t.sx(3);
        double sy = t.sy(-3);
        assertHolds(still(), sx - RING_REACH, sy - RING_REACH, sx + RING_REACH, sy + RING_REACH, "the moved start's ring");
    }
}
