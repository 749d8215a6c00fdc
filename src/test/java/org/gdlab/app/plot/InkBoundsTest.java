package org.gdlab.app.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.gdlab.app.UiFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The box {@link InkBounds} keeps is what the drawing calls cover, worked out by hand: a stroke reaches half
 * its width beyond the outline, the scale multiplies, and {@link InkBounds#PAD} pixels are added on every
 * side for antialiasing.
 */
@ExtendWith(ApplicationExtension.class)
class InkBoundsTest {

    private static final double P = InkBounds.PAD;

    @Test
    void nothingDrawnHasNoBox() {
        InkBounds g = UiFixture.fx(InkBounds::new);
        assertNull(g.reset(1).box());
        assertFalse(g.unbounded());
    }

    @Test
    void aStrokedRectangleReachesHalfTheStrokeBeyondItsOutlineTimesTheScale() {
        InkBounds g = UiFixture.fx(InkBounds::new);
        g.reset(2);
        g.setStroke(new BasicStroke(4)); // half-width 2: the outline (10, 20)–(40, 60) becomes (8, 18)–(42, 62)
        g.draw(new Rectangle2D.Double(10, 20, 30, 40));
        assertArrayEquals(new double[] {16 - P, 36 - P, 84 + P, 124 + P}, g.box(), 1e-9);
    }

    @Test
    void theBoxIsTheUnionOfFillsAndStrokes() {
        InkBounds g = UiFixture.fx(InkBounds::new);
        g.reset(1);
        g.fill(new Ellipse2D.Double(0, 0, 10, 10));
        g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(new Line2D.Double(100, 50, 200, 50)); // butt caps: 1 above and below, no further along
        assertArrayEquals(new double[] {-P, -P, 200 + P, 51 + P}, g.box(), 1e-9);
    }

    @Test
    void textReachesItsFontMetricsBoxAboutTheBaseline() {
        InkBounds g = UiFixture.fx(InkBounds::new);
        g.reset(1);
        g.setFont(new java.awt.Font("Dialog", java.awt.Font.PLAIN, 20));
        g.drawString("αβγ wide text", 50f, 100f);
        double[] b = g.box();
        Rectangle2D m = g.getFontMetrics().getStringBounds("αβγ wide text", g);
        assertTrue(m.getWidth() > 50 && m.getHeight() > 15, "a 20 px string measures as one: " + m);
        assertArrayEquals(new double[] {50 + m.getX() - P, 100 + m.getY() - P, 50 + m.getMaxX() + P, 100 + m.getMaxY() + P}, b,
                1e-9);
        assertTrue(b[1] < 100 - 10 && b[3] > 100, "the box spans the ascent above the baseline and the descent below");
    }

    @Test
    void anImageOrAShapeAtInfinityCannotBeBoundedAndResetStartsOver() {
        InkBounds g = UiFixture.fx(InkBounds::new);
        g.reset(1);
        g.drawImage(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB), 0, 0, null);
        assertTrue(g.unbounded());
        g.reset(1);
        assertFalse(g.unbounded());
        g.fill(new Rectangle2D.Double(0, 0, Double.POSITIVE_INFINITY, 5));
        assertTrue(g.unbounded(), "a fill to infinity covers whatever the clip lets through");
    }
}
