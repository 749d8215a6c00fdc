package org.gdlab.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.gdlab.core.testing.DefaultLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one text form of numbers: the same digits, point and exponent under every default locale. */
class NumberTextTest {

    private static final String LOCALES = "org.gdlab.core.testing.DefaultLocale#TAGS";

    @ParameterizedTest
    @FieldSource(LOCALES)
    void significantDigitsAreWrittenTheSameUnderEveryLocale(String tag) {
        DefaultLocale.run(tag, () -> {
            assertEquals("0.180", NumberText.significant(0.18, 3));
            assertEquals("2.50", NumberText.significant(2.5, 3));
            assertEquals("1000", NumberText.significant(1000, 3));
            assertEquals("0.00100", NumberText.significant(0.001, 3));
            assertEquals("1.00e-5", NumberText.significant(1e-5, 3));
            assertEquals("1.23e4", NumberText.significant(12345, 3));
            assertEquals("-1.2e-4", NumberText.significant(-0.000123, 2));
            assertEquals("1.235e6", NumberText.significant(1234567, 4));
            assertEquals("0", NumberText.significant(0, 3));
            assertEquals("NaN", NumberText.significant(Double.NaN, 3));
            assertEquals("∞", NumberText.significant(Double.POSITIVE_INFINITY, 3));
            assertEquals("-∞", NumberText.significant(Double.NEGATIVE_INFINITY, 3));
        });
    }

    @ParameterizedTest
    @FieldSource(LOCALES)
    void fixedScientificAndTrimmedFormsHaveAPointAndNoGrouping(String tag) {
        DefaultLocale.run(tag, () -> {
            assertEquals("-1.50", NumberText.fixed(-1.5, 2));
            assertEquals("12345.7", NumberText.fixed(12345.678, 1));
            assertEquals("3", NumberText.fixed(3, 0));
            assertEquals("2.5e7", NumberText.scientific(2.5e7, 2));
            assertEquals("1e100", NumberText.scientific(1e100, 1));
            assertEquals("-3.00e-12", NumberText.scientific(-3e-12, 3));
            assertEquals("0.3", NumberText.trimmed(0.1 + 0.2, 4));
            assertEquals("1500", NumberText.trimmed(1500, 4));
            assertEquals("1234567", NumberText.trimmed(1234567, 12));
            assertEquals("1234.5", NumberText.decimalFormat("0.0").format(1234.5));
            assertEquals("1234567", NumberText.decimalFormat("0").format(1234567));
        });
    }

    @ParameterizedTest
    @FieldSource(LOCALES)
    void roundingToSignificantDigitsReadsBackItsOwnText(String tag) {
        DefaultLocale.run(tag, () -> {
            // the learning-rate slider's bug: "1,00E-5" did not parse back under a comma locale
            assertEquals(1e-5, NumberText.roundToSignificant(1.0000001e-5, 3), 0);
            assertEquals(3.16e-4, NumberText.roundToSignificant(Math.pow(10, -3.5), 3), 0);
            assertEquals(0.0123, NumberText.roundToSignificant(0.012345, 3), 0);
            assertEquals(1.23e4, NumberText.roundToSignificant(12345, 3), 0);
        });
    }

    @ParameterizedTest
    @FieldSource(LOCALES)
    void parsingReadsDecimalPointsUnderEveryLocale(String tag) {
        DefaultLocale.run(tag, () -> {
            assertEquals(0.25, NumberText.parse("0.25").getAsDouble(), 0);
            assertEquals(-3e-7, NumberText.parse(" -3e-7 ").getAsDouble(), 0);
            assertEquals(2e4, NumberText.parse("+2E4").getAsDouble(), 0);
            assertEquals(0.5, NumberText.parse(".5").getAsDouble(), 0);
            assertEquals(5, NumberText.parse("5.").getAsDouble(), 0);
            assertEquals(1234567, NumberText.parse("1234567").getAsDouble(), 0);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0,25", "1,000", "1 000", "1.000,5", "1,000.5", "", " ", ".", "-", "e5", "1e", "1e+",
        "NaN", "Infinity", "-Infinity", "0x1p3", "1d", "2f", "๑.๕", "١٫٥", "1e999", "--1", "1.2.3"})
    void parsingRejectsEverythingButTheDecimalPointForm(String text) {
        assertEquals(OptionalDouble.empty(), NumberText.parse(text), text);
    }

    @Test
    void parsingRejectsNull() {
        assertTrue(NumberText.parse(null).isEmpty());
    }

    @Test
    void exactTextParsesBackToTheSameDouble() {
        for (double v : new double[] {0.1, 1e-5, -2.5e300, Math.PI, Double.MIN_VALUE}) {
            assertEquals(v, NumberText.parse(NumberText.exact(v)).getAsDouble(), 0, NumberText.exact(v));
        }
    }
}
