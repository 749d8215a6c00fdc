package org.gdlab.app.charts;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.gdlab.core.math.NumberText;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;

/**
 * Tick labels of JFreeChart's axes in the program's one number form ({@link NumberText}: Latin digits, a
 * decimal point, no grouping). JFreeChart's own formats follow the default locale: "0,5" in German,
 * "10,000" with grouping, Thai digits under {@code th-TH-u-nu-thai}.
 */
public final class ChartNumbers {

    private ChartNumbers() {
    }

    /**
     * @return a new format printing like {@link NumberText}: up to 12 significant digits without trailing
     *         zeros, plain for 1e-4 ≤ |v| &lt; 1e6 ("0.25", "10000"), scientific outside ("1e-5", "2.5e7")
     */
    public static NumberFormat format() {
        return new TextFormat();
    }

    /** Gives a linear axis locale-independent tick units (whole numbers only when {@code integers}). */
    public static void linear(NumberAxis a, boolean integers) {
        a.setStandardTickUnits(new NumberTickUnitSource(integers, format()));
    }

    /**
     * Gives a logarithmic axis a locale-independent base ("10") and exponents. The exponents are rounded to
     * 9 decimals first: the axis adds its tick unit in floating point, so the exponent of 10⁰ can arrive as
     * −2.9e-16, which must read "0".
     */
    public static void log(LogAxis a) {
        a.setBaseFormatter(NumberText.decimalFormat("0"));
        a.setStandardTickUnits(new NumberTickUnitSource(false, new TextFormat(true)));
    }

    /** @return the exponent e as a log axis labels it: rounded to 9 decimals, then as {@link #text} */
    static String exponent(double e) {
        return text(Double.isFinite(e) ? Math.rint(e * 1e9) / 1e9 + 0.0 : e);
    }

    /** @return v as {@link #format()} prints it */
    static String text(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return NumberText.trimmed(v, 12);
        }
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e6) {
            return NumberText.trimmed(v, 12);
        }
        return NumberText.scientific(v, 12).replaceFirst("\\.?0+e", "e");
    }

    /** A {@link NumberFormat} over {@link #text}; parsing reads the same form. */
    private static final class TextFormat extends NumberFormat {

        private final boolean exponents;

        TextFormat() {
            this(false);
        }

        /** @param exponents true for a log axis's exponents ({@link #exponent}) */
        TextFormat(boolean exponents) {
            this.exponents = exponents;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(exponents ? exponent(number) : text(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(number);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return NumberText.decimalFormat("0.#").parse(source, parsePosition);
        }
    }
}
