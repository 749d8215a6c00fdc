package org.gdlab.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest
    @CsvSource({"0.18, 0.180", "2.5, 2.50", "1000, 1000", "0.001, 0.00100", "1e-5, 1.00e-5", "12345, 1.23e4", "7, 7.00"})
    void threeSignificantDigits(double v, String expected) {
        String s = Numbers.sig3(v);
        if (v >= 1e-3 && v < 1e4) {
            assertEquals(expected, s);
            return;
        }
        assertEquals(Double.parseDouble(expected.replace("e", "E")), Double.parseDouble(s.replace("e", "E")), 0);
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

    @Test
    void sliderAndValueRoundTripAtThreeDigits() {
        for (double lr : new double[] {1e-5, 3.16e-4, 0.0123, 0.18, 1, 10}) {
            // slider positions are log10 α; fromSlider rounds to three digits, so the round trip is exact
            assertEquals(lr, LearningRateScale.fromSlider(LearningRateScale.toSlider(lr)), lr * 1e-12);
        }
        assertEquals(1, LearningRateScale.toSlider(250), 0, "values above 10 pin the slider at its end");
        assertEquals(-5, LearningRateScale.toSlider(1e-9), 0);
    }
}
