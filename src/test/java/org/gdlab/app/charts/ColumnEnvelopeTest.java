package org.gdlab.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The per-column reduction, checked against each column's least and greatest value found here by a plain
 * scan of a synthetic series (the column of x is ⌊(x − x0)/(x1 − x0)·n⌋, clamped to n − 1).
 */
class ColumnEnvelopeTest {

    private static double[] steps(int n) {
        double[] k = new double[n];
        for (int i = 0; i < n; i++) {
            k[i] = i;
        }
        return k;
    }

    private static int column(double x, double x0, double x1, int n) {
        return (int) Math.min(n - 1, Math.floor((x - x0) / (x1 - x0) * n));
    }

    private record Reduced(double[] x, double[] y, int size) {
    }

    private static Reduced reduce(double[] x, double[] y, double x0, double x1, int n, boolean log) {
        double[] ox = new double[ColumnEnvelope.capacity(n)];
        double[] oy = new double[ox.length];
        int m = ColumnEnvelope.reduce(x, y, x0, x1, n, log, ox, oy);
        return new Reduced(ox, oy, m);
    }

    /** Every column's least and greatest value among the input is among the kept points of that column. */
    private static void assertEveryColumnKeepsItsExtremes(double[] x, double[] y, double x0, double x1, int n,
            boolean log, Reduced r) {
        double[] lo = new double[n];
        double[] hi = new double[n];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= x0 && x[i] <= x1 && Double.isFinite(y[i]) && (!log || y[i] > 0)) {
                int c = column(x[i], x0, x1, n);
                lo[c] = Math.min(lo[c], y[i]);
                hi[c] = Math.max(hi[c], y[i]);
            }
        }
        for (int c = 0; c < n; c++) {
            if (lo[c] == Double.POSITIVE_INFINITY) {
                continue;
            }
            boolean hasLo = false;
            boolean hasHi = false;
            for (int j = 0; j < r.size(); j++) {
                if (r.x()[j] >= x0 && r.x()[j] <= x1 && column(r.x()[j], x0, x1, n) == c) {
                    hasLo |= r.y()[j] == lo[c];
                    hasHi |= r.y()[j] == hi[c];
                }
            }
            assertTrue(hasLo && hasHi, "column " + c + " keeps its least " + lo[c] + " and greatest " + hi[c]);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 137, 640, 5000, 20_000})
    void everyColumnKeepsItsLeastAndGreatestValueOfARandomSeries(int columns) {
        SplittableRandom random = new SplittableRandom(13 + columns);
        int n = 10_000;
        double[] x = steps(n);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextGaussian() * Math.exp(-i / 3000.0);
        }
        Reduced r = reduce(x, y, 0, n - 1, columns, false);
        assertEveryColumnKeepsItsExtremes(x, y, 0, n - 1, columns, false, r);
        assertTrue(r.size() <= 2 * columns + 4, r.size() + " points for " + columns + " columns");
        assertTrue(r.size() <= n, "never more points than the series has");
        for (int j = 1; j < r.size(); j++) {
            assertTrue(r.x()[j] > r.x()[j - 1], "in step order, each point once");
        }
        for (int j = 0; j < r.size(); j++) {
            assertEquals(y[(int) r.x()[j]], r.y()[j], 0, "a kept point is a point of the series");
        }
    }

    @Test
    void theFirstAndTheLastPointAreKept() {
        // the first and last values lie strictly inside their columns' ranges, so only this rule keeps them
        double[] x = steps(1000);
        double[] y = new double[1000];
        for (int i = 0; i < 1000; i++) {
            y[i] = Math.sin(i * 0.7);
        }
        y[0] = 0.1;
        y[999] = -0.2;
        Reduced r = reduce(x, y, 0, 999, 50, false);
        assertEquals(0, r.x()[0], 0);
        assertEquals(0.1, r.y()[0], 0);
        assertEquals(999, r.x()[r.size() - 1], 0);
        assertEquals(-0.2, r.y()[r.size() - 1], 0);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 64, 333, 999})
    void aValueAlternatingPlusMinusOneKeepsTheWholeBandInEveryColumn(int columns) {
        int n = 10_000;
        double[] x = steps(n);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2 == 0 ? 1 : -1;
        }
        Reduced r = reduce(x, y, 0, n - 1, columns, false);
        for (int c = 0; c < columns; c++) {
            boolean up = false;
            boolean down = false;
            for (int j = 0; j < r.size(); j++) {
                if (column(r.x()[j], 0, n - 1, columns) == c) {
                    up |= r.y()[j] == 1;
                    down |= r.y()[j] == -1;
                }
            }
            assertTrue(up && down, "column " + c + " reaches +1 and −1");
        }
    }

    @Test
    void aDivergedRunsNonFiniteValuesAndNonPositiveValuesOnALogAxisAreLeftOut() {
        // a run that diverges: the cost grows by 10× a step, overflows to ∞, then NaN
        int n = 400;
        double[] x = steps(n);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.pow(10, i - 5); // 1e-5 … 1e394 = ∞ from step 314 on
        }
        y[3] = 0; // C − C* exactly 0 cannot sit on a log axis
        y[4] = -1e-12;
        y[n - 1] = Double.NaN;
        y[n - 2] = Double.NEGATIVE_INFINITY;
        Reduced r = reduce(x, y, 0, n - 1, 40, true);
        for (int j = 0; j < r.size(); j++) {
            assertTrue(Double.isFinite(r.y()[j]) && r.y()[j] > 0, "kept: " + r.y()[j]);
        }
        assertEveryColumnKeepsItsExtremes(x, y, 0, n - 1, 40, true, r);
        int lastFinite = 308 + 5; // 10^308 is the greatest finite power of ten (Double.MAX_VALUE ≈ 1.8e308)
        assertEquals(lastFinite, r.x()[r.size() - 1], 0, "the line ends at the last finite cost");
        Reduced linear = reduce(x, y, 0, n - 1, 40, false);
        boolean keepsZero = false;
        for (int j = 0; j < linear.size(); j++) {
            keepsZero |= linear.y()[j] == -1e-12;
        }
        assertTrue(keepsZero, "on a linear axis the non-positive values stay");
    }

    @Test
    void zoomedInOnlyTheWindowIsReducedWithOneNeighbourOnEachSide() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 5000;
        double[] x = steps(n);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextDouble();
        }
        double x0 = 1000.5;
        double x1 = 2000.5;
        Reduced r = reduce(x, y, x0, x1, 100, false);
        assertEquals(1000, r.x()[0], 0, "the last step before the window");
        assertEquals(2001, r.x()[r.size() - 1], 0, "the first step after it");
        for (int j = 1; j < r.size() - 1; j++) {
            assertTrue(r.x()[j] >= x0 && r.x()[j] <= x1, "inside the window: " + r.x()[j]);
        }
        assertEveryColumnKeepsItsExtremes(x, y, x0, x1, 100, false, r);
    }

    @Test
    void anEmptySeriesOrOneWithNoDrawableValueGivesNoPoint() {
        assertEquals(0, reduce(new double[0], new double[0], 0, 1, 10, false).size());
        assertEquals(0, reduce(steps(3), new double[] {Double.NaN, 0, -2}, 0, 2, 10, true).size());
    }
}
