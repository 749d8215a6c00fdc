package org.gdlab.core.contour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Literal grids with literal expected polylines, worked out by hand from the case table (see
 * {@link MarchingSquares}). Grids are written top row first, as they look, and flipped into row-major
 * order with j = 0 at the bottom. Crossings between 0 and 2 at t = 1 are at edge midpoints, and all
 * expected coordinates are exact binary fractions, so the comparisons are exact.
 */
class MarchingSquaresGoldenTest {

    private static final double N = Double.NaN;

    /** Rows given top (j = ny − 1) first; returns values[j·nx + i]. */
    private static double[] grid(double[]... rowsTopFirst) {
        int ny = rowsTopFirst.length;
        int nx = rowsTopFirst[0].length;
        double[] v = new double[nx * ny];
        for (int r = 0; r < ny; r++) {
            System.arraycopy(rowsTopFirst[r], 0, v, (ny - 1 - r) * nx, nx);
        }
        return v;
    }

    private static double[] row(double... v) {
        return v;
    }

    private static double[] pts(double... xy) {
        return xy;
    }

    private static void assertLines(List<double[]> actual, double[]... expected) {
        assertEquals(expected.length, actual.size(), "number of polylines");
        for (int k = 0; k < expected.length; k++) {
            assertArrayEquals(expected[k], actual.get(k), 0.0, "polyline " + k);
        }
    }

    /** Same closed ring up to its starting point: same cyclic order, same direction. */
    private static void assertRing(double[] expected, double[] actual) {
        assertTrue(MarchingSquares.isClosed(actual), "closed");
        assertEquals(expected.length, actual.length, "ring length");
        int n = expected.length / 2 - 1;   // distinct points
        for (int shift = 0; shift < n; shift++) {
            boolean same = true;
            for (int k = 0; k < n && same; k++) {
                int m = (k + shift) % n;
                same = expected[2 * k] == actual[2 * m] && expected[2 * k + 1] == actual[2 * m + 1];
            }
            if (same) {
                return;
            }
        }
        fail("rings differ: expected " + java.util.Arrays.toString(expected) + ", got " + java.util.Arrays.toString(actual));
    }

    @Test
    void peakGivesOneCounterClockwiseRing() {
        double[] v = grid(
                row(0, 0, 0),
                row(0, 2, 0),
                row(0, 0, 0));
        assertLines(MarchingSquares.contour(v, 3, 3, 1),
                pts(1, 1.5, 0.5, 1, 1, 0.5, 1.5, 1, 1, 1.5));
    }

    @Test
    void pitGivesOneClockwiseRing() {
        double[] v = grid(
                row(2, 2, 2),
                row(2, 0, 2),
                row(2, 2, 2));
        assertLines(MarchingSquares.contour(v, 3, 3, 1),
                pts(1.5, 1, 1, 0.5, 0.5, 1, 1, 1.5, 1.5, 1));
    }

    @Test
    void rampGivesOneOpenLineFromBorderToBorderWithTheHighSideOnTheLeft() {
        double[] v = grid(
                row(0, 1, 2),
                row(0, 1, 2),
                row(0, 1, 2));
        assertLines(MarchingSquares.contour(v, 3, 3, 0.5), pts(0.5, 2, 0.5, 1, 0.5, 0));
        assertLines(MarchingSquares.contour(v, 3, 3, 1.75), pts(1.75, 2, 1.75, 1, 1.75, 0));
    }

    @Test
    void valuesEqualToTheThresholdCountAsAboveSoTheLinePassesThroughThem() {
        double[] v = grid(
                row(0, 1, 2),
                row(0, 1, 2),
                row(0, 1, 2));
        assertLines(MarchingSquares.contour(v, 3, 3, 1), pts(1, 2, 1, 1, 1, 0));
    }

    @Test
    void aSinglePointEqualToTheThresholdGivesADegenerateRingOnThatPoint() {
        double[] v = grid(
                row(0, 0, 0),
                row(0, 1, 0),
                row(0, 0, 0));
        assertLines(MarchingSquares.contour(v, 3, 3, 1), pts(1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
    }

    @Test
    void cornerPeakGivesAnOpenArcAcrossTheCorner() {
        double[] v = grid(
                row(0, 0, 0),
                row(0, 0, 0),
                row(2, 0, 0));
        assertLines(MarchingSquares.contour(v, 3, 3, 1), pts(0.5, 0, 0, 0.5));
    }

    @Test
    void borderPeakGivesAnOpenArcEndingOnTheBorder() {
        double[] v = grid(
                row(0, 0, 0),
                row(0, 0, 0),
                row(0, 2, 0));
        assertLines(MarchingSquares.contour(v, 3, 3, 1), pts(1.5, 0, 1, 0.5, 0.5, 0));
    }

    @Test
    void saddleWithCentreAboveJoinsTheHighCorners() {
        // BL = TR = 1, BR = TL = 0: case 5; centre mean 0.5 ≥ 0.5
        double[] v = grid(
                row(0, 1),
                row(1, 0));
        assertLines(MarchingSquares.contour(v, 2, 2, 0.5),
                pts(0.5, 0, 1, 0.5),
                pts(0.5, 1, 0, 0.5));
    }

    @Test
    void saddleWithCentreBelowSeparatesTheHighCorners() {
        // case 5 at t = 0.6 > centre 0.5: crossings at 0.4 from the high corners
        double[] v = grid(
                row(0, 1),
                row(1, 0));
        assertLines(MarchingSquares.contour(v, 2, 2, 0.625),
                pts(0.375, 0, 0, 0.375),
                pts(0.625, 1, 1, 0.625));
    }

    @Test
    void otherSaddleWithCentreAboveCutsOffTheLowCorners() {
        // BR = TL = 1, BL = TR = 0: case 10; centre 0.5 ≥ 0.375
        double[] v = grid(
                row(1, 0),
                row(0, 1));
        assertLines(MarchingSquares.contour(v, 2, 2, 0.375),
                pts(0, 0.375, 0.375, 0),
                pts(1, 0.625, 0.625, 1));
    }

    @Test
    void twoDiagonalPeaksJoinThroughTheSaddleAtItsLevel() {
        double[] v = grid(
                row(0, 0, 0, 0),
                row(0, 0, 2, 0),
                row(0, 2, 0, 0),
                row(0, 0, 0, 0));
        List<double[]> lines = MarchingSquares.contour(v, 4, 4, 1);
        assertEquals(1, lines.size());
        assertRing(pts(1, 0.5, 1.5, 1, 2, 1.5, 2.5, 2, 2, 2.5, 1.5, 2, 1, 1.5, 0.5, 1, 1, 0.5), lines.get(0));
    }

    @Test
    void twoDiagonalPeaksStaySeparateAboveTheSaddle() {
        double[] v = grid(
                row(0, 0, 0, 0),
                row(0, 0, 2, 0),
                row(0, 2, 0, 0),
                row(0, 0, 0, 0));
        List<double[]> lines = MarchingSquares.contour(v, 4, 4, 1.5);
        assertEquals(2, lines.size());
        // crossings at 0.75 of the way from 0 to 2, i.e. a quarter cell from each peak
        assertRing(pts(1, 0.75, 1.25, 1, 1, 1.25, 0.75, 1, 1, 0.75), lines.get(0));
        assertRing(pts(2, 1.75, 2.25, 2, 2, 2.25, 1.75, 2, 2, 1.75), lines.get(1));
    }

    @Test
    void aNanCornerRemovesItsCellAndOpensTheRing() {
        double[] v = grid(
                row(0, 0, N),
                row(0, 2, 0),
                row(0, 0, 0));
        assertLines(MarchingSquares.contour(v, 3, 3, 1), pts(1, 1.5, 0.5, 1, 1, 0.5, 1.5, 1));
    }

    @Test
    void infiniteValuesAreMissingToo() {
        double[] v = grid(
                row(0, 0, Double.POSITIVE_INFINITY),
                row(0, 2, 0),
                row(0, 0, 0));
        assertLines(MarchingSquares.contour(v, 3, 3, 1), pts(1, 1.5, 0.5, 1, 1, 0.5, 1.5, 1));
    }

    @Test
    void aNanPeakGivesNothing() {
        double[] v = grid(
                row(0, 0, 0),
                row(0, N, 0),
                row(0, 0, 0));
        assertTrue(MarchingSquares.contour(v, 3, 3, -1).isEmpty());
        assertTrue(MarchingSquares.contour(v, 3, 3, 1).isEmpty());
    }

    @Test
    void aLineStopsAtANanRegion() {
        // the ramp's line x = 0.5 loses its top cell (NaN at the top left)
        double[] v = grid(
                row(N, 1, 2),
                row(0, 1, 2),
                row(0, 1, 2));
        assertLines(MarchingSquares.contour(v, 3, 3, 0.5), pts(0.5, 1, 0.5, 0));
    }

    @Test
    void thresholdsOutsideTheRangeGiveNothing() {
        double[] v = grid(
                row(0, 1, 2),
                row(3, 4, 5));
        assertTrue(MarchingSquares.contour(v, 3, 2, -1).isEmpty());
        assertTrue(MarchingSquares.contour(v, 3, 2, 5.5).isEmpty());
    }

    /** A long ring that is assembled from fragments growing at both ends and merging. */
    @Test
    void plateauGivesOneRingThroughEveryBorderingEdge() {
        double[] v = grid(
                row(0, 0, 0, 0, 0),
                row(0, 2, 2, 2, 0),
                row(0, 2, 0, 2, 0),
                row(0, 2, 2, 2, 0),
                row(0, 0, 0, 0, 0));
        List<double[]> lines = MarchingSquares.contour(v, 5, 5, 1);
        assertEquals(2, lines.size());
        // outer ring (counter-clockwise, 12 crossings) and the hole around the centre pit (clockwise, 4)
        assertRing(pts(1, 0.5, 2, 0.5, 3, 0.5, 3.5, 1, 3.5, 2, 3.5, 3, 3, 3.5, 2, 3.5, 1, 3.5,
                0.5, 3, 0.5, 2, 0.5, 1, 1, 0.5), lines.get(0));
        assertRing(pts(2.5, 2, 2, 1.5, 1.5, 2, 2, 2.5, 2.5, 2), lines.get(1));
    }

    @Test
    void severalThresholdsInOnePassMatchTheirSingleResults() {
        double[] v = grid(
                row(0, 0, 0, 0),
                row(0, 0, 2, 0),
                row(0, 2, 0, 0),
                row(0, 0, 0, 0));
        List<List<double[]>> all = MarchingSquares.contours(v, 4, 4, new double[] {-1, 1, 1.5, 3});
        assertEquals(4, all.size());
        assertTrue(all.get(0).isEmpty());
        assertEquals(1, all.get(1).size());
        assertRing(pts(1, 0.5, 1.5, 1, 2, 1.5, 2.5, 2, 2, 2.5, 1.5, 2, 1, 1.5, 0.5, 1, 1, 0.5), all.get(1).get(0));
        assertEquals(2, all.get(2).size());
        assertTrue(all.get(3).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> MarchingSquares.contours(v, 4, 4, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> MarchingSquares.contours(v, 4, 4, new double[] {Double.NaN}));
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> MarchingSquares.contour(new double[4], 2, 2, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> MarchingSquares.contour(new double[3], 3, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> MarchingSquares.contour(new double[5], 2, 2, 0));
    }
}
