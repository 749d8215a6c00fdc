package org.gdlab.render.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.surface.ViewRect;
import org.junit.jupiter.api.Test;

class PlotTransformTest {

    // all maps are a few additions and multiplications of numbers of order 1e3: 1e-9 is generous
    private static final double EPS = 1e-9;

    @Test
    void equalAspectGivesTheSameScaleOnBothAxes() {
        PlotTransform t = PlotTransform.fit(new ViewRect(-3, 3, -1, 1), 10, 20, 800, 600, true);
        assertEquals(t.scaleX(), t.scaleY(), EPS);
        assertTrue(t.visible().contains(-3, -1) && t.visible().contains(3, 1), "the requested rectangle stays visible");
        assertEquals(0, t.visible().centerX(), EPS);
        assertEquals(0, t.visible().centerY(), EPS);
    }

    @Test
    void fillStretchesTheRequestedRectangleToThePlotArea() {
        PlotTransform t = PlotTransform.fit(new ViewRect(-3, 3, -1, 1), 0, 0, 800, 600, false);
        assertEquals(new ViewRect(-3, 3, -1, 1), t.visible());
        assertEquals(800 / 6.0, t.scaleX(), EPS);
        assertEquals(300, t.scaleY(), EPS);
    }

    @Test
    void screenAndWorldAreInverse() {
        PlotTransform t = PlotTransform.fit(new ViewRect(-2, 5, -1, 3), 64, 26, 700, 500, true);
        assertEquals(1.25, t.worldX(t.sx(1.25)), EPS);
        assertEquals(-0.75, t.worldY(t.sy(-0.75)), EPS);
        assertEquals(t.top(), t.sy(t.visible().yMax()), EPS);
        assertEquals(t.top() + t.height(), t.sy(t.visible().yMin()), EPS);
    }

    @Test
    void zoomKeepsThePointUnderTheCursorInPlace() {
        PlotTransform t = PlotTransform.fit(ViewRect.square(3), 64, 26, 700, 500, true);
        double sx = 300;
        double sy = 200;
        double wx = t.worldX(sx);
        double wy = t.worldY(sy);
        PlotTransform z = PlotTransform.fit(t.zoomedAbout(sx, sy, 2), 64, 26, 700, 500, true);
        assertEquals(sx, z.sx(wx), 1e-6);
        assertEquals(sy, z.sy(wy), 1e-6);
        assertEquals(t.visible().width() / 2, z.visible().width(), 1e-9);
    }

    @Test
    void panMovesTheContentWithTheMouse() {
        PlotTransform t = PlotTransform.fit(ViewRect.square(3), 0, 0, 600, 600, true);
        double sx = t.sx(1);
        double sy = t.sy(1);
        PlotTransform p = PlotTransform.fit(t.pannedBy(50, -30), 0, 0, 600, 600, true);
        assertEquals(sx + 50, p.sx(1), 1e-9);
        assertEquals(sy - 30, p.sy(1), 1e-9);
    }

    @Test
    void ticksAreNiceRoundNumbersInsideTheRange() {
        double[] ticks = Ticks.of(-3.2, 3.2, 8);
        assertEquals(-3, ticks[0], EPS);
        assertEquals(3, ticks[ticks.length - 1], EPS);
        assertEquals("0.3", Ticks.label(0.1 + 0.2));
        assertEquals("0", Ticks.label(0));
    }
}
