package org.gdlab.render.paint;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Memory;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.surface.ViewRect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The selected raced run's update rule and memory lie inside the plot whatever the plot's size and wherever
 * the run's current point is (the right edge, a corner): they take the free place around the point, and a
 * line longer than the plot is wide is cut with "…" rather than at the plot's edge.
 */
class RacedRunsCaptionTest {

    /** A path of one point at (x, y). */
    private record OnePoint(double x0, double y0) implements PathPoints {
        @Override
        public int size() {
            return 1;
        }

        @Override
        public double x(int i) {
            return x0;
        }

        @Override
        public double y(int i) {
            return y0;
        }

        @Override
        public int step(int i) {
            return 0;
        }

        @Override
        public boolean diverged() {
            return false;
        }

        @Override
        public boolean joined(int i) {
            return true;
        }
    }

    /**
     * Plot areas in painter units: the window's plot at 1024×768, 1280×720 and 1920×1080 at 100 % and 200 %
     * (the plot's pixels divided by the scale), and points at the right edge, the corners and the middle.
     */
    @ParameterizedTest
    @CsvSource({
        "560, 420, 4.9, 0", "560, 420, 4.9, 4.9", "560, 420, -4.9, -4.9", "560, 420, 0, 0",
        "230, 150, 4.9, 0", "230, 150, 4.9, 4.9", "230, 150, -4.9, 4.9", "230, 150, 0, 0",
        "780, 380, 4.9, 0", "330, 160, 4.9, -4.9", "1400, 760, 4.9, 0", "620, 330, 4.9, 0"})
    void theCaptionLiesInsideThePlot(double width, double height, double x, double y) {
        BufferedImage img = new BufferedImage((int) width + 200, (int) height + 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        PlotTransform t = new PlotTransform(new ViewRect(-5, 5, -5, 5), 60, 20, width, height);
        RacedRuns.Run adam = new RacedRuns.Run(new OnePoint(x, y), 0, new Color(0xE69F00),
                new Memory.Scaling(new Vec2(0.0983, 0.0164)), OptimizerKind.ADAM.rule(), true);
        Rectangle2D box = RacedRuns.paintCaption(g, t, adam, new Occupancy());
        g.dispose();
        assertNotNull(box);
        Rectangle2D area = SurfaceLayer.area(t);
        assertTrue(area.contains(box), "the caption " + box + " lies inside the plot " + area);
    }
}
