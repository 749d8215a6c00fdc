package org.gdlab.app.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.gdlab.core.surface.ViewRect;
import org.gdlab.render.paint.PlotTransform;
import org.junit.jupiter.api.Test;

/** Layers draw on a context scaled by the UI scale s with the transform in painter units (pixels / s). */
class PainterUnitsTest {

    @Test
    void painterUnitsTimesTheScaleLandOnTheSamePixels() {
        PlotTransform t = new PlotTransform(new ViewRect(-3, 5, -2, 2), 96, 39, 800, 400);
        double s = 1.5;
        PlotTransform p = PlotView.inPainterUnits(t, s);
        for (double[] w : new double[][] {{-3, -2}, {5, 2}, {0.7, -1.3}}) {
            // a few ulps of the pixel coordinates (≤ 1e3): one division and one multiplication by s
            assertEquals(t.sx(w[0]), p.sx(w[0]) * s, 1e-9);
            assertEquals(t.sy(w[1]), p.sy(w[1]) * s, 1e-9);
        }
        assertEquals(t.width() / s, p.width(), 0.0);
    }

    @Test
    void atScaleOneTheTransformIsUnchanged() {
        PlotTransform t = new PlotTransform(new ViewRect(-1, 1, -1, 1), 10, 20, 300, 300);
        assertSame(t, PlotView.inPainterUnits(t, 1));
    }
}
