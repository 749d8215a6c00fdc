package org.gdlab.render.paint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gdlab.core.testing.DefaultLocale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The plot's tick labels: Latin digits, a point and no grouping under every default locale. */
class TickLabelsTest {

    @ParameterizedTest
    @FieldSource("org.gdlab.core.testing.DefaultLocale#TAGS")
    void tickLabelsAreWrittenTheSameUnderEveryLocale(String tag) {
        DefaultLocale.run(tag, () -> {
            assertEquals("-0.5", Ticks.label(-0.5));
            assertEquals("0.3", Ticks.label(0.1 + 0.2));
            assertEquals("12500", Ticks.label(12500));
            assertEquals("1.0e5", Ticks.label(1e5));
            assertEquals("-2.5e-4", Ticks.label(-2.5e-4));
        });
    }

    @org.junit.jupiter.api.Test
    void crowdedColourBarLabelsGetTheDigitsThatTellThemApart() {
        // log-spaced levels crowding near the top of a range that ends at −1.6 (a six-hump camel's, shifted)
        assertArrayEquals(new String[] {"-1.6", "-1.605", "-1.61"}, Ticks.distinctLabels(new double[] {-1.6, -1.605, -1.6102}));
        assertArrayEquals(new String[] {"0", "12.5", "25"}, Ticks.distinctLabels(new double[] {0, 12.5, 25}),
                "labels that differ already keep their short form");
        assertArrayEquals(new String[] {"1.0e-6", "1.5e-6"}, Ticks.distinctLabels(new double[] {1e-6, 1.5e-6}));
        assertArrayEquals(new String[] {"1.000e-6", "1.001e-6"}, Ticks.distinctLabels(new double[] {1e-6, 1.001e-6}));
    }

    @org.junit.jupiter.api.Test
    void aValueThatCannotBeToldFromItsNeighbourGetsNoLabel() {
        assertArrayEquals(new String[] {"2", "", "3"}, Ticks.distinctLabels(new double[] {2, 2 + 1e-15, 3}));
    }
}
