package org.gdlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gdlab.core.testing.DefaultLocale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The exported pictures' tick and colour-bar labels: Latin digits, a point and no grouping under every locale. */
class AxisTicksTest {

    @ParameterizedTest
    @FieldSource("org.gdlab.core.testing.DefaultLocale#TAGS")
    void labelsAreWrittenTheSameUnderEveryLocale(String tag) {
        DefaultLocale.run(tag, () -> {
            assertEquals("−1.5", AxisTicks.label(-1.5, 0.5));
            assertEquals("12000", AxisTicks.label(12000, 1000));
            assertEquals("0.25", AxisTicks.label(0.25, 0.05));
            assertEquals("1.23e4", AxisTicks.compact(12345));
            assertEquals("1.20e−3", AxisTicks.compact(0.0012));
            assertEquals("0.5", AxisTicks.compact(0.5));
        });
    }
}
