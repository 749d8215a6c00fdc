package org.gdlab.app.plot;

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
}
