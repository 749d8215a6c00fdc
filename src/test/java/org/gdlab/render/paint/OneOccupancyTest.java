package org.gdlab.render.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.ViewRect;
import org.junit.jupiter.api.Test;

/**
 * The labels of one picture placed against one occupancy, in the window's and the exports' order (the
 * ghosts', then −∇C, then the curvature's) never cover one another and stay in the plot, even when all of
 * them crowd about one point; and {@link Placement#bestBox} finds a free row when every candidate is taken.
 */
class OneOccupancyTest {

    private static final PlotTransform T = PlotTransform.fit(ViewRect.square(5), 64, 26, 500, 400, true);

    /** A straight path of n iterates from (0, 0) to (x, y). */
    private record Line(double x, double y, int n) implements PathPoints {
        @Override
        public int size() {
            return n;
        }

        @Override
        public double x(int i) {
            return x * i / (n - 1);
        }

        @Override
        public double y(int i) {
            return y * i / (n - 1);
        }

        @Override
        public boolean diverged() {
            return false;
        }
    }

    @Test
    void ghostsArrowAndCurvatureLabelsAboutOnePointNeitherOverlapNorLeaveThePlot() {
        Graphics2D g = new BufferedImage(700, 500, BufferedImage.TYPE_INT_RGB).createGraphics();
        Occupancy occupied = new Occupancy();
        PathLayer.occupy(occupied, T, new Line(0.01, 0, 2), 0); // the current point w_0 = (0, 0)
        // four ghosts whose sixth iterate is the same point: their labels all want the same places
        List<GhostPaths.Ghost> ghosts = new ArrayList<>();
        for (double f : GhostOverlay.FACTORS) {
            ghosts.add(new GhostPaths.Ghost(new Line(0.3, 0.3, 7), f, GhostOverlay.label(f)));
        }
        GhostOverlay ghost = new GhostOverlay(ghosts);
        CurvatureOverlay curvature = new CurvatureOverlay(LocalCurvature.of(new Sym2(1, 0, 25)), new Vec2(0, 0), null, false, true);
        ghost.paintLabels(g, T, occupied);
        PathLayer.paintArrows(g, T, 0, 0, new double[] {-0.2, 0}, new double[] {2, 0}, occupied);
        curvature.paintLabels(g, T, occupied);
        g.dispose();
        List<Rectangle2D> labels = occupied.labels();
        assertEquals(4 + 1 + 2, labels.size(), "four ghosts, −∇C, λmax and λmin");
        Rectangle2D area = SurfaceLayer.area(T);
        for (int i = 0; i < labels.size(); i++) {
            assertTrue(area.contains(labels.get(i)), "inside the plot: " + labels.get(i));
            for (int j = i + 1; j < labels.size(); j++) {
                Rectangle2D both = labels.get(i).createIntersection(labels.get(j));
                assertFalse(both.getWidth() > 0 && both.getHeight() > 0, "labels " + i + " and " + j + " overlap: "
                        + labels.get(i) + " " + labels.get(j));
            }
        }
    }

    @Test
    void whenEveryCandidateIsALabelTheBestBoxIsAFreeRowAboveOrBelow() {
        Rectangle2D bounds = new Rectangle2D.Double(0, 0, 400, 300);
        List<Rectangle2D> candidates = Placement.around(200, 150, 60, 20, 6);
        Occupancy occupied = new Occupancy();
        for (Rectangle2D c : candidates) {
            occupied.addLabel(c);
        }
        Rectangle2D box = Placement.bestBox(candidates, bounds, occupied);
        assertTrue(bounds.contains(box), "inside: " + box);
        for (Rectangle2D c : candidates) {
            Rectangle2D both = box.createIntersection(c);
            assertFalse(both.getWidth() > 0 && both.getHeight() > 0, box + " lies on " + c);
        }
        assertEquals(60, box.getWidth(), 0);
        assertEquals(20, box.getHeight(), 0);
    }

    @Test
    void aCandidateThatPokesOutOfThePlotIsMovedInsideRatherThanCut() {
        Rectangle2D bounds = new Rectangle2D.Double(0, 0, 400, 300);
        // the point near the right edge: every candidate right of it pokes out; those left of it are taken
        List<Rectangle2D> candidates = List.of(new Rectangle2D.Double(380, 140, 60, 20));
        Rectangle2D box = Placement.bestBox(candidates, bounds, new Occupancy());
        assertEquals(new Rectangle2D.Double(340, 140, 60, 20), box, "moved left by the 40 units it poked out");
    }
}
