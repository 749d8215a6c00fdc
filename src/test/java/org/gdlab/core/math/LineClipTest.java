package org.gdlab.core.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Liang–Barsky on the square [−1, 1]²: literal segments and the parameters of their visible parts. */
class LineClipTest {

    private static double[] clip(double x0, double y0, double x1, double y1) {
        double[] t = {Double.NaN, Double.NaN};
        return LineClip.clip(x0, y0, x1, y1, -1, 1, -1, 1, t) ? t : null;
    }

    @Test
    void aSegmentInsideIsWhole() {
        assertArrayEquals(new double[] {0, 1}, clip(-0.5, 0, 0.5, 0.5), 0);
    }

    @Test
    void aSegmentLeavingEndsAtTheEdge() {
        // from (0, 0) to (4, 0): x = 1 at t = 1/4
        assertArrayEquals(new double[] {0, 0.25}, clip(0, 0, 4, 0), 0);
        // from (0, 0) to (1e300, 1e300): the corner (1, 1) at t = 1e-300
        assertArrayEquals(new double[] {0, 1e-300}, clip(0, 0, 1e300, 1e300), 1e-315);
    }

    @Test
    void aSegmentCrossingEntersAndLeaves() {
        // from (−3, 0) to (3, 0): enters at t = 1/3, leaves at t = 2/3
        assertArrayEquals(new double[] {1.0 / 3, 2.0 / 3}, clip(-3, 0, 3, 0), 1e-16);
    }

    @Test
    void aSegmentPassingByIsNotDrawn() {
        assertFalse(LineClip.clip(2, -3, 2, 3, -1, 1, -1, 1, new double[2]));
        assertFalse(LineClip.clip(-3, 3, 3, 1.5, -1, 1, -1, 1, new double[2]));
        assertFalse(LineClip.clip(0, 0, Double.POSITIVE_INFINITY, 0, -1, 1, -1, 1, new double[2]), "not finite");
        assertTrue(LineClip.clip(-3, 3, 3, -3, -1, 1, -1, 1, new double[2]), "through the centre");
    }

    @Test
    void aPathLeavesForGoodAtTheFirstPointOfItsLastStretchOutside() {
        double[] xs = {0, 2, 0.5, 3, -4, 9};
        double[] ys = {0, 0, 0, 0, 0, 0};
        // inside, out, back in, then out for good from point 3
        org.junit.jupiter.api.Assertions.assertEquals(3, LineClip.finalExit(6, i -> xs[i], i -> ys[i], -1, 1, -1, 1));
        org.junit.jupiter.api.Assertions.assertEquals(-1, LineClip.finalExit(3, i -> xs[i], i -> ys[i], -1, 1, -1, 1),
                "ends inside");
        org.junit.jupiter.api.Assertions.assertEquals(-1, LineClip.finalExit(2, i -> xs[i + 4], i -> ys[i], -1, 1, -1, 1),
                "never inside");
    }
}
