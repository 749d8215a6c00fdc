package org.gdlab.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LogGridTest {

    @Test
    void gridHasTheRequestedCountExactBoundsAndEqualRatios() {
        double[] a = LogGrid.of(1e-4, 2.5, 60);
        assertEquals(60, a.length);
        assertEquals(1e-4, a[0]);
        assertEquals(2.5, a[59]);
        double ratio = Math.pow(2.5 / 1e-4, 1.0 / 59);
        for (int i = 1; i < a.length; i++) {
            // exp of an argument of size ≤ 10 rounds to a few ulps: 1e-13 relative is ample
            assertEquals(ratio, a[i] / a[i - 1], 1e-13 * ratio, "ratio at " + i);
        }
    }

    @Test
    void invalidRangesAndCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> LogGrid.of(0, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> LogGrid.of(1, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> LogGrid.of(1, Double.POSITIVE_INFINITY, 10));
        assertThrows(IllegalArgumentException.class, () -> LogGrid.of(0.1, 1, 1));
    }
}
