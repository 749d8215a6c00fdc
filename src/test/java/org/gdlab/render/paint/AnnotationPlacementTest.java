package org.gdlab.render.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.gdlab.core.lesson.Lessons;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.core.surface.ViewRect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The −∇C label and the "left the view" label, placed on real runs: never over the current point, the
 * arrows or the last steps, always inside the plot area. Geometry facts only (boxes in painter units).
 */
class AnnotationPlacementTest {

    private static final PlotTransform T = PlotTransform.fit(ViewRect.square(5), 64, 26, 700, 500, true);

    /** A trajectory as the painter reads it. */
    private record Points(Trajectory tr, boolean diverged) implements PathPoints {
        @Override
        public int size() {
            return tr.size();
        }

        @Override
        public double x(int i) {
            return tr.x(i);
        }

        @Override
        public double y(int i) {
            return tr.y(i);
        }
    }

    private static Graphics2D graphics() {
        return new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB).createGraphics();
    }

    /** Paints what the window's marks layer paints at step k and returns the −∇C label's box. */
    private static Rectangle2D gradientLabel(PlotTransform t, PathPoints p, Trajectory tr, int k, Occupancy occupied) {
        PathLayer.occupy(occupied, t, p, k);
        double[] next = k + 1 < p.size() ? new double[] {p.x(k + 1), p.y(k + 1)} : null;
        return PathLayer.paintArrows(graphics(), t, p.x(k), p.y(k), next, new double[] {tr.gx(k), tr.gy(k)}, occupied);
    }

    /** The box the painter keeps free around the current point: the disc and its outline. */
    private static Rectangle2D currentPointBox(PlotTransform t, PathPoints p, int k) {
        double r = PlotStyle.CURRENT_RADIUS + 1.5;
        return new Rectangle2D.Double(t.sx(p.x(k)) - r, t.sy(p.y(k)) - r, 2 * r, 2 * r);
    }

    private static void assertFree(Rectangle2D label, PlotTransform t, PathPoints p, int k) {
        assertNotNull(label);
        assertFalse(label.intersects(currentPointBox(t, p, k)), "over the current point: " + label);
        assertTrue(SurfaceLayer.area(t).contains(label), "outside the plot: " + label);
        for (int i = Math.max(0, k - PathLayer.LAST_STEPS); i <= k; i++) {
            assertFalse(label.contains(t.sx(p.x(i)), t.sy(p.y(i))), "over iterate " + i + ": " + label);
        }
    }

    @Test
    void atConvergenceTheLabelLeavesTheCurrentPointFree() {
        // the sphere x² + y² from (3, 2) with α = 0.25: each step halves w, so after 60 steps |∇C| ≈ 1e-17
        Surface s = SurfaceCatalog.create("sphere", Map.of());
        Trajectory tr = Simulation.run(RunConfig.of(s, new Vec2(3, 2), OptimizerKind.GD, 0.25).withMaxSteps(60).withTolerance(0));
        Points p = new Points(tr, false);
        int k = p.size() - 1;
        assertFree(gradientLabel(T, p, tr, k, new Occupancy()), T, p, k);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 45, 90, 135, 180, 225, 270, 315})
    void whateverWayTheArrowPointsTheLabelLeavesTheCurrentPointAndItsStepsFree(double degrees) {
        // a descent on the sphere that ends at w = 2·(cos θ, sin θ): −∇C points back at the origin, the arrow
        // points in direction θ + 180°, left for θ = 0
        Surface s = SurfaceCatalog.create("sphere", Map.of());
        double a = Math.toRadians(degrees);
        Vec2 start = new Vec2(4.5 * Math.cos(a), 4.5 * Math.sin(a));
        Trajectory tr = Simulation.run(RunConfig.of(s, start, OptimizerKind.GD, 0.05).withMaxSteps(8).withTolerance(0));
        Points p = new Points(tr, false);
        int k = p.size() - 1;
        assertFree(gradientLabel(T, p, tr, k, new Occupancy()), T, p, k);
    }

    @Test
    void nearThePlotsRightEdgeTheLabelStaysInside() {
        // the current point 10 px from the right edge with −∇C pointing right (out of the plot)
        Surface s = SurfaceCatalog.create("saddle", Map.of());
        double x = T.worldX(T.left() + T.width() - 10);
        Trajectory tr = Simulation.run(RunConfig.of(s, new Vec2(x, 0.001), OptimizerKind.GD, 0.001).withMaxSteps(1).withTolerance(0));
        Points p = new Points(tr, false);
        assertFree(gradientLabel(T, p, tr, 0, new Occupancy()), T, p, 0);
    }

    @Test
    void onTheCliffTheLabelCoversNoneOfTheWalkedPath() {
        Scenario sc = Lessons.byId("cliff-clipping").scenario();
        RunConfig c = sc.runs().get(0).config();
        Trajectory tr = Simulation.run(c);
        Points p = new Points(tr, false);
        PlotTransform t = PlotTransform.fit(sc.view(), 64, 26, 726, 404, true); // the window's plot at 1280×720
        int k = p.size() - 1;
        Rectangle2D label = gradientLabel(t, p, tr, k, new Occupancy());
        assertFree(label, t, p, k);
        for (int i = 1; i <= k; i++) { // the segments too: the plain step jumps across the plot in one
            assertFalse(label.intersectsLine(t.sx(p.x(i - 1)), t.sy(p.y(i - 1)), t.sx(p.x(i)), t.sy(p.y(i))),
                    "over step " + i + " of the walked path: " + label);
        }
    }

    @Test
    void theLeftTheViewLabelIsInsideThePlotAndOffItsMarker() {
        // the window's quadratic with α above 2/λmax: the run leaves the view for good within a few steps
        Surface q = SurfaceCatalog.create("quadratic", Map.of("kappa", 10.0, "theta", 30.0));
        Trajectory tr = Simulation.run(RunConfig.of(q, new Vec2(-4.5, 2), OptimizerKind.GD, 0.22).withMaxSteps(200));
        Points p = new Points(tr, true);
        ViewExit exit = ViewExit.of(p, T.visible());
        assertNotNull(exit);
        Occupancy occupied = new Occupancy();
        PathLayer.occupy(occupied, T, p, exit.step() - 1);
        int before = occupied.regions().size();
        PathLayer.paintExit(graphics(), T, p, PlotStyle.DIVERGED, occupied);
        List<Occupancy.Region> added = occupied.regions().subList(before, occupied.regions().size());
        Rectangle2D label = added.get(added.size() - 1).box(); // the label is the last thing it occupies
        assertTrue(SurfaceLayer.area(T).contains(label), "inside the plot: " + label);
        double mx = T.sx(exit.x());
        double my = T.sy(exit.y());
        assertFalse(label.intersects(new Rectangle2D.Double(mx - 22, my - 22, 44, 44)), "off the cross at the edge");
        assertEquals(Occupancy.LABEL, added.get(added.size() - 1).weight());
        assertEquals(List.of(label), occupied.labels(), "and the one label recorded");
    }
}
