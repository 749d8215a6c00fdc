package org.gdlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.builtin.Cliff;
import org.junit.jupiter.api.Test;

class CliffTest {

    private final Surface cliff = SurfaceCatalog.create("cliff");
    private final SurfaceDescription d = cliff.description();
    private final double lr = d.suggestedLearningRate();

    @Test
    void oneGdStepFromTheCliffFaceMovesFartherThanTheViewWidth() {
        for (double x = -0.9; x <= -0.1; x += 0.1) {
            Vec2 w = new Vec2(x, 0.5);
            Vec2 step = cliff.gradient(w).times(lr);
            // on the face |∂C/∂x| ≈ m = 200 (the ramp's edges are 0.9 ≥ 90δ away), so the step is ≈ 20 > 8
            assertTrue(step.norm() > d.view().width(), "step from " + w + " is only " + step.norm());
        }
    }

    @Test
    void clippedStepFromTheCliffFaceIsAtMostTheLearningRate() {
        Vec2 w = new Vec2(-0.5, 0.5);
        List<Vec2> path = PlainGd.run(cliff, w, t -> lr, 1.0, 1);
        double step = path.get(1).minus(w).norm();
        assertEquals(lr, step, 1e-12, "clipped to norm 1, the step is exactly α");
        assertTrue(step < d.view().width());
    }

    @Test
    void plainGdFromTheSuggestedStartIsThrownOutOfTheViewAndWalksBack() {
        List<Vec2> path = PlainGd.run(cliff, d.suggestedStart(), lr, 3000);
        double longest = 0;
        for (int k = 1; k < path.size(); k++) {
            longest = Math.max(longest, path.get(k).minus(path.get(k - 1)).norm());
        }
        assertTrue(longest > d.view().width(), "longest step " + longest);
        // after the throw, the bowl 0.1(x-2)² contracts x - 2 by 0.98 per step: 3000 steps are plenty
        assertTrue(path.get(path.size() - 1).minus(new Vec2(2, 0)).norm() < 1e-6);
    }

    @Test
    void clippedGdFromTheSuggestedStartWalksDownTheFaceWithinTheView() {
        List<Vec2> path = PlainGd.run(cliff, d.suggestedStart(), t -> lr, 1.0, 3000);
        for (int k = 1; k < path.size(); k++) {
            Vec2 w = path.get(k);
            assertTrue(w.minus(path.get(k - 1)).norm() <= lr * (1 + 1e-12), "step " + k + " longer than α");
            assertTrue(d.view().contains(w.x(), w.y()), "left the view at step " + k + ": " + w);
        }
        assertTrue(path.get(path.size() - 1).minus(new Vec2(2, 0)).norm() < 1e-6);
    }

    @Test
    void isBoundedBelowByZeroAndFiniteFarAway() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 10_000; i++) {
            double x = rng.nextDouble(-50, 50);
            double y = rng.nextDouble(-50, 50);
            assertTrue(cliff.value(x, y) >= 0, "C(" + x + ", " + y + ") < 0");
        }
        // 0.1(x - 2)² overflows honestly to +∞ beyond |x| ≈ 4e154; the ramp itself never cancels into NaN
        assertEquals(Double.POSITIVE_INFINITY, cliff.value(-1e300, 0));
        assertTrue(cliff.gradient(-1e300, 0).isFinite() && cliff.hessian(-1e300, 0).isFinite());
        for (double x : new double[] {-1e150, -1e6, 1e6, 1e150}) {
            assertTrue(Double.isFinite(cliff.value(x, 0)) && cliff.gradient(x, 0).isFinite()
                    && cliff.hessian(x, 0).isFinite(), "not finite at x = " + x);
        }
        // the plateau is m·W = 200 above the floor of the bowl
        assertEquals(Cliff.SLOPE * Cliff.FACE_WIDTH, cliff.value(-3, 0) - 0.1 * 25, 1e-9);
    }
}
