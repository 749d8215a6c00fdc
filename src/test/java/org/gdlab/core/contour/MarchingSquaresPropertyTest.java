package org.gdlab.core.contour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties on random smooth fields (seeded, so every run checks the same cases).
 *
 * <p>Tolerance: a crossing is computed as i + (t − a)/(b − a); re-interpolating it gives t up to a few
 * rounding errors of the values involved, so |C(vertex) − t| ≤ 1e-12·(1 + max|C|) is generous.
 */
class MarchingSquaresPropertyTest {

    private static final double REL_TOL = 1e-12;

    private record Field(double[] values, int nx, int ny, double scale) {
    }

    /** A sum of random plane waves plus a tilt: smooth, with peaks, pits and saddles. */
    private static Field smoothField(SplittableRandom rnd, double nanFraction) {
        int nx = 5 + rnd.nextInt(40);
        int ny = 5 + rnd.nextInt(40);
        double[] kx = new double[4], ky = new double[4], ph = new double[4];
        for (int w = 0; w < 4; w++) {
            kx[w] = rnd.nextDouble(-0.6, 0.6);
            ky[w] = rnd.nextDouble(-0.6, 0.6);
            ph[w] = rnd.nextDouble(0, 2 * Math.PI);
        }
        double tilt = rnd.nextDouble(-0.05, 0.05);
        double[] v = new double[nx * ny];
        double scale = 0;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double s = tilt * (i + j);
                for (int w = 0; w < 4; w++) {
                    s += Math.sin(kx[w] * i + ky[w] * j + ph[w]);
                }
                v[j * nx + i] = rnd.nextDouble() < nanFraction ? Double.NaN : s;
                scale = Math.max(scale, Math.abs(s));
            }
        }
        return new Field(v, nx, ny, scale);
    }

    private static boolean crossed(double a, double b, double t) {
        return Double.isFinite(a) && Double.isFinite(b) && (a >= t) != (b >= t);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void everyVertexLiesOnACellEdgeAndInterpolatesToTheThreshold(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Field f = smoothField(rnd, 0);
        for (int k = 0; k < 5; k++) {
            double t = rnd.nextDouble(-2, 2);
            for (double[] line : MarchingSquares.contour(f.values, f.nx, f.ny, t)) {
                assertEquals(0, line.length % 2);
                for (int p = 0; p < line.length; p += 2) {
                    assertEquals(t, interpolateOnEdge(f, line[p], line[p + 1]), REL_TOL * (1 + f.scale));
                }
            }
        }
    }

    /** Value of the linear interpolant along the grid edge that (x, y) lies on. */
    private static double interpolateOnEdge(Field f, double x, double y) {
        assertTrue(x >= 0 && x <= f.nx - 1 && y >= 0 && y <= f.ny - 1, "inside the grid");
        boolean onVertical = x == Math.rint(x);
        boolean onHorizontal = y == Math.rint(y);
        assertTrue(onVertical || onHorizontal, "on a cell edge: (" + x + ", " + y + ")");
        if (onHorizontal) {
            int j = (int) y;
            int i = Math.min((int) x, f.nx - 2);
            double a = f.values[j * f.nx + i], b = f.values[j * f.nx + i + 1];
            return a + (x - i) * (b - a);
        }
        int i = (int) x;
        int j = Math.min((int) y, f.ny - 2);
        double a = f.values[j * f.nx + i], b = f.values[(j + 1) * f.nx + i];
        return a + (y - j) * (b - a);
    }

    /** Every crossed edge gives exactly one vertex, and there is no other vertex (rings' repeats aside). */
    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28})
    void verticesAreExactlyTheCrossedEdges(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Field f = smoothField(rnd, 0.03);
        double t = rnd.nextDouble(-1.5, 1.5);
        int crossedEdges = 0;
        for (int j = 0; j < f.ny; j++) {
            for (int i = 0; i < f.nx; i++) {
                double v = f.values[j * f.nx + i];
                boolean cellRight = i + 1 < f.nx;
                boolean cellUp = j + 1 < f.ny;
                if (cellRight && crossed(v, f.values[j * f.nx + i + 1], t) && edgeHasCompleteCell(f, i, j, true)) {
                    crossedEdges++;
                }
                if (cellUp && crossed(v, f.values[(j + 1) * f.nx + i], t) && edgeHasCompleteCell(f, i, j, false)) {
                    crossedEdges++;
                }
            }
        }
        Set<String> seen = new HashSet<>();
        int vertices = 0;
        for (double[] line : MarchingSquares.contour(f.values, f.nx, f.ny, t)) {
            int n = line.length / 2 - (MarchingSquares.isClosed(line) ? 1 : 0);
            for (int p = 0; p < n; p++) {
                assertTrue(seen.add(line[2 * p] + "," + line[2 * p + 1]), "each crossing once");
                vertices++;
            }
        }
        assertEquals(crossedEdges, vertices);
    }

    /** An edge gets a vertex only if one of its (up to two) cells has no missing corner. */
    private static boolean edgeHasCompleteCell(Field f, int i, int j, boolean horizontal) {
        if (horizontal) {
            return completeCell(f, i, j) || completeCell(f, i, j - 1);
        }
        return completeCell(f, i, j) || completeCell(f, i - 1, j);
    }

    private static boolean completeCell(Field f, int i, int j) {
        if (i < 0 || j < 0 || i >= f.nx - 1 || j >= f.ny - 1) {
            return false;
        }
        return Double.isFinite(f.values[j * f.nx + i]) && Double.isFinite(f.values[j * f.nx + i + 1])
                && Double.isFinite(f.values[(j + 1) * f.nx + i]) && Double.isFinite(f.values[(j + 1) * f.nx + i + 1]);
    }

    /** The one-pass multi-level tracer gives exactly the single-level results, NaNs included. */
    @ParameterizedTest
    @ValueSource(longs = {51, 52, 53, 54, 55, 56})
    void allLevelsInOnePassEqualOneLevelAtATime(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Field f = smoothField(rnd, seed % 2 == 0 ? 0.05 : 0);
        double[] thresholds = Levels.of(-2.5, 2.5, 1 + rnd.nextInt(30), LevelSpacing.LINEAR);
        List<List<double[]>> all = MarchingSquares.contours(f.values, f.nx, f.ny, thresholds);
        assertEquals(thresholds.length, all.size());
        for (int k = 0; k < thresholds.length; k++) {
            List<double[]> one = MarchingSquares.contour(f.values, f.nx, f.ny, thresholds[k]);
            assertEquals(one.size(), all.get(k).size());
            for (int m = 0; m < one.size(); m++) {
                assertArrayEquals(one.get(m), all.get(k).get(m), 0.0);
            }
        }
    }

    /** Without missing values a line is either a closed ring or runs from border to border. */
    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34, 35, 36})
    void linesAreClosedRingsOrEndOnTheBorder(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Field f = smoothField(rnd, 0);
        double t = rnd.nextDouble(-1.5, 1.5);
        for (double[] line : MarchingSquares.contour(f.values, f.nx, f.ny, t)) {
            assertTrue(line.length >= 4);
            if (!MarchingSquares.isClosed(line)) {
                assertTrue(onBorder(f, line[0], line[1]), "open line starts on the border");
                assertTrue(onBorder(f, line[line.length - 2], line[line.length - 1]), "and ends there");
            }
            for (int p = 2; p < line.length; p += 2) {
                assertTrue(Math.abs(line[p] - line[p - 2]) <= 1 && Math.abs(line[p + 1] - line[p - 1]) <= 1,
                        "consecutive vertices share a cell");
            }
        }
    }

    private static boolean onBorder(Field f, double x, double y) {
        return x == 0 || y == 0 || x == f.nx - 1 || y == f.ny - 1;
    }

    /** Contouring −C at −t gives the same lines (reversed): the saddle rule has no orientation bias. */
    @ParameterizedTest
    @ValueSource(longs = {41, 42, 43})
    void negatingFieldAndThresholdGivesTheSameVertices(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Field f = smoothField(rnd, 0);
        double t = rnd.nextDouble(-1, 1);
        double[] neg = new double[f.values.length];
        for (int k = 0; k < neg.length; k++) {
            neg[k] = -f.values[k];
        }
        // t is random, so no grid value or cell mean equals it and "C ≥ t" is exactly "−C < −t"
        assertEquals(vertexSet(MarchingSquares.contour(f.values, f.nx, f.ny, t)),
                vertexSet(MarchingSquares.contour(neg, f.nx, f.ny, -t)));
    }

    private static Set<String> vertexSet(List<double[]> lines) {
        Set<String> s = new HashSet<>();
        for (double[] line : lines) {
            for (int p = 0; p < line.length; p += 2) {
                // round to 1e-9 grid units: the two computations round differently in the last bits
                s.add(Math.round(line[p] * 1e9) + "," + Math.round(line[p + 1] * 1e9));
            }
        }
        return s;
    }

    /** A single smooth bump gives one ring per level, counter-clockwise (positive signed area). */
    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.3, 0.5, 0.7, 0.9})
    void ringsAroundAPeakRunCounterClockwiseAndEncloseTheRightArea(double t) {
        int n = 81;
        double[] v = new double[n * n];
        double sigma = 12;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double dx = i - 40, dy = j - 40;
                v[j * n + i] = Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
            }
        }
        List<double[]> lines = MarchingSquares.contour(v, n, n, t);
        assertEquals(1, lines.size());
        double[] ring = lines.get(0);
        assertTrue(MarchingSquares.isClosed(ring));
        double area = 0;
        for (int p = 0; p + 3 < ring.length; p += 2) {
            area += ring[p] * ring[p + 3] - ring[p + 2] * ring[p + 1];
        }
        area /= 2;
        // exact level set: a circle of radius r with t = exp(−r²/2σ²); linear interpolation of a convex
        // bump cuts slightly inside, and the inscribed polygon loses O(1/r²) of the area: 2% covers both
        double r = sigma * Math.sqrt(-2 * Math.log(t));
        assertEquals(Math.PI * r * r, area, 0.02 * Math.PI * r * r);
    }
}
