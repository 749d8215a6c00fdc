package org.gdlab.app.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.gdlab.render.paint.PlotTransform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 14: software rendering clears and blends every pixel of a canvas that changed and of every canvas
 * under it, so a new path (an α key) must change as few pixels as it can: the base alone (colour map, axes,
 * colour bar) covers the plot with its margins; the main run's path (planned path and trail on one canvas)
 * covers the plot area only, and the still marks (the start's ring, here) only what they draw.
 */
@ExtendWith(ApplicationExtension.class)
class PlotAreaLayersTest {

    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    /** @return the bounds of the plot's shown canvases with something in them, the base first */
    private List<Bounds> shownCanvases() {
        return UiFixture.fx(() -> {
            List<Bounds> out = new ArrayList<>();
            for (Node n : ui.view.plot().getChildrenUnmodifiable()) {
                if (n instanceof Canvas c && c.isVisible() && c.getWidth() > 0 && c.getHeight() > 0) {
                    out.add(c.getBoundsInParent());
                }
            }
            return out;
        });
    }

    @Test
    void onlyTheBaseCoversTheMarginsAndOneCanvasCoversThePlotAreaAfterANewAlpha() {
        ui.idle();
        UiFixture.fx(() -> ui.vm.learningRateProperty().set(0.05));
        ui.idle();
        PlotTransform t = UiFixture.fx(() -> ui.vm.plot().transformProperty().get());
        double area = t.width() * t.height();
        List<Bounds> shown = shownCanvases();
        Bounds base = shown.get(0);
        assertEquals(ui.view.plot().getWidth(), base.getWidth(), 1, "the base covers the plot with its margins");
        int large = 0;
        for (Bounds b : shown.subList(1, shown.size())) {
            assertTrue(b.getMinX() >= Math.floor(t.left()) && b.getMinY() >= Math.floor(t.top())
                    && b.getMaxX() <= Math.ceil(t.left() + t.width()) && b.getMaxY() <= Math.ceil(t.top() + t.height()),
                    "a canvas over the base lies inside the plot area " + t + ": " + b);
            if (b.getWidth() * b.getHeight() > area / 2) {
                large++;
            }
        }
        assertEquals(1, large, "canvases over the base as large as half the plot area: the path alone");
    }
}
