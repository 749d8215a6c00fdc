package org.gdlab.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.gdlab.core.testing.DefaultLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

    private static final String LOCALES = "org.gdlab.core.testing.DefaultLocale#TAGS";

    @ParameterizedTest
    @CsvSource({"0.18, 0.180", "2.5, 2.50", "1000, 1000", "0.001, 0.00100", "1e-5, 1.00e-5", "12345, 1.23e4", "7, 7.00"})
    void threeSignificantDigits(double v, String expected) {
        assertEquals(expected, Numbers.sig3(v));
    }

    @ParameterizedTest
    @FieldSource(LOCALES)
    void panelsShowLatinDigitsAndAPointUnderEveryLocale(String tag) {
        DefaultLocale.run(tag, () -> {
            assertEquals("1.00e-5", Numbers.sig3(1e-5));
            assertEquals("1.23e4", Numbers.sig3(12345));
            assertEquals("0.250", Numbers.sig3(0.25));
            assertEquals("(-1.500, 1.235e4)", Numbers.vec(-1.5, 12345));
        });
    }

    @Test
    void learningRateFieldAcceptsAnyPositiveNumber() {
        assertEquals(250, Numbers.parsePositive("250").getAsDouble(), 0);
        assertEquals(3e-7, Numbers.parsePositive(" 3e-7 ").getAsDouble(), 0);
        assertTrue(Numbers.parsePositive("0").isEmpty());
        assertTrue(Numbers.parsePositive("-1").isEmpty());
        assertTrue(Numbers.parsePositive("abc").isEmpty());
        assertTrue(Numbers.parsePositive("NaN").isEmpty());
    }

    @ParameterizedTest
    @FieldSource(LOCALES)
    void fieldTakesOneCommaAsTheDecimalPointWhenThereIsNoPoint(String tag) {
        DefaultLocale.run(tag, () -> {
            assertEquals(0.25, Numbers.parse("0,25").getAsDouble(), 0);
            assertEquals(-1.5e-3, Numbers.parse(" -1,5e-3 ").getAsDouble(), 0);
            assertEquals(1, Numbers.parse("1,000").getAsDouble(), 0, "no digit grouping: the comma is a decimal point");
            assertEquals(0.25, Numbers.parse("0.25").getAsDouble(), 0);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,2,3", "1.000,5", "1,000.5", ",", "1 000", "๑,๕"})
    void fieldRejectsGroupingAndMixedSeparators(String text) {
        assertEquals(OptionalDouble.empty(), Numbers.parse(text), text);
    }

    @Test
    void fieldTakesTheTypographicMinusOfTheAxisLabels() {
        assertEquals(-2.5, Numbers.parse("−2.5").getAsDouble(), 0);
    }

    @Test
    void sliderAndValueRoundTripAtThreeDigits() {
        for (double lr : new double[] {1e-5, 3.16e-4, 0.0123, 0.18, 1, 10}) {
            // slider positions are log10 α; fromSlider rounds to three digits, so the round trip is exact
            assertEquals(lr, LearningRateScale.fromSlider(LearningRateScale.toSlider(lr)), lr * 1e-12);
        }
        assertEquals(1, LearningRateScale.toSlider(250), 0, "values above 10 pin the slider at its end");
        assertEquals(-5, LearningRateScale.toSlider(1e-9), 0);
    }

    @ParameterizedTest
    @FieldSource(LOCALES)
    void learningRateSliderReachesBothEndsUnderEveryLocale(String tag) {
        DefaultLocale.run(tag, () -> {
            assertEquals(LearningRateScale.MIN, LearningRateScale.fromSlider(Math.log10(LearningRateScale.MIN)), 0);
            assertEquals(3.16e-4, LearningRateScale.fromSlider(-3.5), 0);
            assertEquals(LearningRateScale.MAX, LearningRateScale.fromSlider(Math.log10(LearningRateScale.MAX)), 0);
        });
    }
}
