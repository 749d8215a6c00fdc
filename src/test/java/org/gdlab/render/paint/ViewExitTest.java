package org.gdlab.render.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.core.surface.ViewRect;
import org.junit.jupiter.api.Test;

/** The step named for leaving the view is the first iterate outside it, and the marker sits on its edge. */
class ViewExitTest {

    private static final ViewRect VIEW = ViewRect.square(5);

    @Test
    void aRunThatLeavesAtOnceIsNamedByStepOne() {
        // the window's quadratic (κ = 10, θ = 30°) from (−4.5, 2) with α = 0.297: λmax = 10, so the error along
        // v grows by |1 − 2.97| = 1.97 per step; w₁ is already outside [−5, 5]² and the run never comes back
        var q = SurfaceCatalog.create("quadratic", java.util.Map.of("kappa", 10.0, "theta", 30.0));
        PlannedPath p = PlannedPath.plan(RunConfig.of(q, new Vec2(-4.5, 2), OptimizerKind.GD, 0.297), List.of());
        assertTrue(p.diverged());
        assertFalse(VIEW.contains(p.x(1), p.y(1)), "w₁ is outside the view");
        ViewExit e = ViewExit.of(p, VIEW);
        assertEquals(1, e.step());
        // the crossing lies on the view's edge and on the segment from w₀ to w₁
        assertEquals(5, Math.max(Math.abs(e.x()), Math.abs(e.y())), 1e-12);
        double cross = (p.x(1) - p.x(0)) * (e.y() - p.y(0)) - (p.y(1) - p.y(0)) * (e.x() - p.x(0));
        assertEquals(0, cross, 1e-9);
    }

    @Test
    void theSaddleIsNamedByItsFirstIterateOutsideNotItsLastFiniteOne() {
        // x² − y² from (−1.9, 0.01) with α = 0.05: y_k = 0.01·1.1^k passes 2 (the view [−2, 2]²) at k = 56
        PlannedPath p = PlannedPath.plan(RunConfig.defaults(SurfaceCatalog.create("saddle")), List.of());
        ViewExit e = ViewExit.of(p, ViewRect.square(2));
        int first = (int) Math.ceil(Math.log(2 / 0.01) / Math.log(1.1));
        assertEquals(first, e.step(), 1, "within a step of the closed form (x also moves a little)");
        assertTrue(e.step() < p.size() - 1, "not the last finite step " + (p.size() - 1));
        assertEquals(2, Math.abs(e.y()), 1e-12);
    }

    @Test
    void aRunThatEndsInsideTheViewHasNoExit() {
        PlannedPath p = PlannedPath.plan(RunConfig.defaults(SurfaceCatalog.create("sphere")), List.of());
        assertNull(ViewExit.of(p, VIEW));
    }
}
