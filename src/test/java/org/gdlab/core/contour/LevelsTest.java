package org.gdlab.core.contour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LevelsTest {

    /** min + (k+1)(max − min)/(count + 1): exact up to one rounding per level. */
    @Test
    void linearLevelsAreEvenlySpacedStrictlyInside() {
        assertArrayEquals(new double[] {2, 4, 6, 8}, Levels.of(0, 10, 4, LevelSpacing.LINEAR), 1e-14);
        assertArrayEquals(new double[] {-0.5, 0, 0.5}, Levels.of(-1, 1, 3, LevelSpacing.LINEAR), 1e-15);
    }

    /** Log levels are evenly spaced in ln(C − min + ε), ε = δ(max − min), to rounding (1e-9 relative). */
    @ParameterizedTest
    @CsvSource({"0, 2500", "1e-9, 2500", "-78.3, 250", "10, 1000", "-5, -1"})
    void logLevelsAreEvenlySpacedInTheLogOfTheOffsetCost(double min, double max) {
        int count = 20;
        double[] levels = Levels.of(min, max, count, LevelSpacing.LOG);
        assertEquals(count, levels.length);
        double eps = ColorScale.LOG_DELTA * (max - min);
        double step = Math.log((max - min + eps) / eps) / (count + 1);
        for (int k = 0; k < count; k++) {
            double u = Math.log((levels[k] - min + eps) / eps);
            assertEquals((k + 1) * step, u, 1e-9 * (count + 1) * step);
        }
    }

    @Test
    void logLevelsCrowdNearTheMinimum() {
        double[] levels = Levels.of(0, 2500, 20, LevelSpacing.LOG);
        // five decades over 21 steps: the lowest level is ε(((1 + δ)/δ)^(1/21) − 1) ≈ 0.018, ε = δ·2500
        double d = ColorScale.LOG_DELTA;
        assertEquals(2500 * d * (Math.pow((1 + d) / d, 1.0 / 21) - 1), levels[0], 1e-12);
        assertTrue(levels[10] < 2500 / 10.0, "half the levels lie in the lowest tenth");
    }

    @ParameterizedTest
    @EnumSource(LevelSpacing.class)
    void levelsAreStrictlyIncreasingAndStrictlyInsideTheRange(LevelSpacing spacing) {
        for (int count = 1; count <= 50; count++) {
            double[] levels = Levels.of(-3, 7, count, spacing);
            assertEquals(count, levels.length);
            assertTrue(levels[0] > -3 && levels[count - 1] < 7);
            for (int k = 1; k < count; k++) {
                assertTrue(levels[k] > levels[k - 1]);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(LevelSpacing.class)
    void degenerateRangesGiveNoLevels(LevelSpacing spacing) {
        assertEquals(0, Levels.of(3, 3, 10, spacing).length);
        assertEquals(0, Levels.of(5, 1, 10, spacing).length);
        assertEquals(0, Levels.of(Double.NaN, Double.NaN, 10, spacing).length);
        assertEquals(0, Levels.of(0, Double.POSITIVE_INFINITY, 10, spacing).length);
        assertEquals(0, Levels.of(1, Math.nextUp(1.0), 10, spacing).length, "no double strictly inside");
    }

    @Test
    void aNarrowRangeGivesOnlyDistinctLevels() {
        double min = 1;
        double max = min + 4 * Math.ulp(min);   // three doubles strictly inside
        double[] levels = Levels.of(min, max, 10, LevelSpacing.LINEAR);
        assertTrue(levels.length >= 1 && levels.length <= 3);
        for (int k = 1; k < levels.length; k++) {
            assertTrue(levels[k] > levels[k - 1]);
        }
    }

    @Test
    void countBelowOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Levels.of(0, 1, 0, LevelSpacing.LINEAR));
    }

    /** toUnit ∘ fromUnit is the identity to a few ulps of the exp/log pair. */
    @ParameterizedTest
    @EnumSource(LevelSpacing.class)
    void colorScaleRoundTrips(LevelSpacing spacing) {
        ColorScale scale = new ColorScale(-2, 300, spacing);
        assertEquals(0, scale.toUnit(-2), 1e-15);
        assertEquals(1, scale.toUnit(300), 1e-14);
        for (int k = 0; k <= 100; k++) {
            double t = k / 100.0;
            assertEquals(t, scale.toUnit(scale.fromUnit(t)), 1e-12);
        }
    }

    @Test
    void colorScaleOfAConstantViewIsTheMiddle() {
        ColorScale scale = new ColorScale(4, 4, LevelSpacing.LOG);
        assertEquals(0.5, scale.toUnit(4));
        assertTrue(Double.isNaN(scale.toUnit(Double.NaN)));
    }
}
