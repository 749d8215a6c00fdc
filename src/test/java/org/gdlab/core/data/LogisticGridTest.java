package org.gdlab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.surface.ViewRect;
import org.junit.jupiter.api.Test;

/** The fast logistic grid against the per-point cost, cell by cell. */
class LogisticGridTest {

    private static LogisticCost cost(int n, double spread, double l2, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = spread * r.nextGaussian();
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-x[i] / spread)) ? 1 : 0;
        }
        return (LogisticCost) new DataSpec(Dataset.of("t", "x", "y", x, y), Model.LOGISTIC, false, l2).cost();
    }

    private static void assertMatchesPerPointCost(LogisticCost c, ViewRect view, int nx, int ny) {
        double[] fast = LogisticGrid.sample(c, view, nx, ny, CancellationToken.none());
        double[] naive = LogisticGrid.sampleNaive(c, view, nx, ny);
        for (int k = 0; k < fast.length; k++) {
            assertEquals(naive[k], fast[k], 1e-12 * Math.max(1, Math.abs(naive[k])), "cell " + k);
        }
    }

    @Test
    void everyCellEqualsTheCostSummedPointByPoint() {
        assertMatchesPerPointCost(cost(1500, 1, 0.3, 7), new ViewRect(-6, 6, -4, 4), 31, 17);
    }

    @Test
    void hugeArgumentsNeitherOverflowNorLosePrecision() {
        // |w·x + b| up to ~10^6: e^(w·x) over- and underflows, so those points take the direct path
        assertMatchesPerPointCost(cost(700, 1000, 0, 3), new ViewRect(-300, 300, -2000, 2000), 13, 11);
    }

    @Test
    void theLastColumnAndRowLieOnTheViewsEdges() {
        LogisticCost c = cost(50, 1, 0, 5);
        ViewRect view = new ViewRect(-1.3, 2.1, -0.7, 0.9);
        double[] v = LogisticGrid.sample(c, view, 4, 3, CancellationToken.none());
        assertEquals(c.value(2.1, 0.9), v[2 * 4 + 3], 1e-13);
        assertEquals(c.value(-1.3, -0.7), v[0], 1e-13);
    }

    @Test
    void aCancelledTokenStopsBeforeAnyColumn() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        double[] v = LogisticGrid.sample(cost(100, 1, 0, 1), ViewRect.square(2), 5, 5, token);
        for (double d : v) {
            assertTrue(d == 0);
        }
    }
}
