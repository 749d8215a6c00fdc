package org.gdlab.render.paint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.ViewRect;
import org.junit.jupiter.api.Test;

/**
 * The curvature marks of C = ½(x² + 25y²) at w = (0, 0) on a square view: H = diag(1, 25), so the steep
 * axis (λmax = 25) is vertical and drawn red {@link CurvatureMarks#AXIS} units either way, the shallow one
 * (λmin = 1) horizontal and drawn green.
 */
class CurvatureMarksTest {

    private static boolean near(int argb, java.awt.Color c) {
        return Math.abs(((argb >> 16) & 255) - c.getRed()) < 30 && Math.abs(((argb >> 8) & 255) - c.getGreen()) < 30
                && Math.abs((argb & 255) - c.getBlue()) < 30;
    }

    @Test
    void theSteepAxisIsVerticalAndTheShallowOneHorizontal() {
        BufferedImage img = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        PlotTransform t = new PlotTransform(new ViewRect(-5, 5, -5, 5), 0, 0, 400, 400);
        LocalCurvature lc = LocalCurvature.of(new Sym2(1, 0, 25));
        CurvatureMarks.paint(g, t, lc, new Vec2(0, 0), new Vec2(0, 0), false, true, new Occupancy());
        g.dispose();
        int cx = (int) t.sx(0);
        int cy = (int) t.sy(0);
        int half = (int) (CurvatureMarks.AXIS / 2);
        assertTrue(near(img.getRGB(cx, cy - half), CurvatureMarks.STEEP), "steep (red) above w");
        assertTrue(near(img.getRGB(cx, cy + half), CurvatureMarks.STEEP), "steep (red) below w");
        assertTrue(near(img.getRGB(cx + half, cy), CurvatureMarks.SHALLOW), "shallow (green) right of w");
        assertTrue(near(img.getRGB(cx - half, cy), CurvatureMarks.SHALLOW), "shallow (green) left of w");
        assertTrue(!near(img.getRGB(cx + half, cy + half), CurvatureMarks.STEEP)
                && !near(img.getRGB(cx + half, cy + half), CurvatureMarks.SHALLOW), "nothing on the diagonal");
    }
}
