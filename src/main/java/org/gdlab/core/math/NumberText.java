package org.gdlab.core.math;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * The one text form of numbers in GD Lab, whatever the default locale: Latin digits, a decimal point,
 * no digit grouping, an exponent written {@code e-5}. Everything that prints a number (panels, plot and
 * chart labels, the command line, files) formats it here or with {@code Locale.ROOT}, and everything that
 * reads one parses it here. The formula language writes numbers the same way.
 *
 * <p>{@link #parse} accepts only that form ({@code "0.25"}, {@code "-1.5e-3"}); a text field that holds
 * one number may also take a decimal comma, but that leniency lives in the UI's own parser, not here.
 */
public final class NumberText {

    /** sign, digits with at most one '.', optional exponent; ASCII digits only */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private NumberText() {
    }

    /**
     * @param digits significant digits, ≥ 1
     * @return v with that many significant digits: plain between 1e-3 and 1e4 ({@code "0.180"}, {@code "2.50"},
     *         {@code "1000"}), scientific outside ({@code "1.00e-5"}); {@code "0"}, {@code "NaN"}, {@code "∞"},
     *         {@code "-∞"} as such
     */
    public static String significant(double v, int digits) {
        if (!Double.isFinite(v) || v == 0) {
            return special(v);
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e4) {
            BigDecimal r = new BigDecimal(v).round(new MathContext(digits));
            int exponent = (int) Math.floor(Math.log10(Math.abs(r.doubleValue())));
            return r.setScale(Math.max(0, digits - 1 - exponent), RoundingMode.HALF_EVEN).toPlainString();
        }
        return scientific(v, digits);
    }

    /**
     * @param digits significant digits of the mantissa, ≥ 1
     * @return v as {@code d.dd…e±x} with no '+' and no leading zeros in the exponent ({@code "1.00e-5"},
     *         {@code "1.2e4"}); non-finite values as in {@link #significant}
     */
    public static String scientific(double v, int digits) {
        if (!Double.isFinite(v)) {
            return special(v);
        }
        String s = String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
        return s.replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
    }

    /**
     * @param digits at most this many significant digits, ≥ 1
     * @return v rounded to that many digits, written plainly without trailing zeros ({@code 0.1 + 0.2} →
     *         {@code "0.3"}, {@code 1500} → {@code "1500"}); non-finite values as in {@link #significant}
     */
    public static String trimmed(double v, int digits) {
        if (!Double.isFinite(v) || v == 0) {
            return special(v);
        }
        return new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    /**
     * @param decimals digits after the point, ≥ 0
     * @return v with exactly that many decimals ({@code "-1.50"}); non-finite values as in {@link #significant}
     */
    public static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return special(v);
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /**
     * @return the shortest text that parses back to exactly v ({@link Double#toString(double)}: {@code "0.1"},
     *         {@code "1.0E-5"}), for files and the command line
     */
    public static String exact(double v) {
        return Double.toString(v);
    }

    /** @return the value that {@link #significant significant(v, digits)} reads back as (v itself when not finite) */
    public static double roundToSignificant(double v, int digits) {
        return Double.isFinite(v) ? Double.parseDouble(significant(v, digits)) : v;
    }

    /**
     * Reads a number written with a decimal point: an optional sign, digits, an optional exponent
     * ({@code "0.25"}, {@code ".5"}, {@code "-3e-7"}, {@code "+2E4"}), surrounded by optional blanks. Commas,
     * digit grouping, non-Latin digits, {@code "NaN"}, {@code "Infinity"}, hexadecimal and Java's {@code d}/{@code f}
     * suffixes are not numbers here.
     *
     * @return the number, or empty when the text is not one or is out of the finite range ({@code "1e999"})
     */
    public static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(t);
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    /**
     * @param pattern a {@link DecimalFormat} pattern, e.g. {@code "0.00"}
     * @return a new format of that pattern with {@link Locale#ROOT}'s symbols (Latin digits, '.') and no grouping
     */
    public static DecimalFormat decimalFormat(String pattern) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setGroupingUsed(false);
        return f;
    }

    private static String special(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        return "0";
    }
}
