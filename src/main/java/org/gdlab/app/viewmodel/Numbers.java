package org.gdlab.app.viewmodel;

import java.util.OptionalDouble;
import org.gdlab.core.math.NumberText;

/**
 * Formatting and parsing of the numbers the panels show and accept, through the core's one text form
 * ({@link NumberText}: Latin digits, a decimal point, no grouping, whatever the default locale). A field
 * that holds one number also takes a single comma as its decimal point when the text has no '.'
 * ({@code "0,25"}); nothing else in the program does.
 */
public final class Numbers {

    private Numbers() {
    }

    /**
     * @return v with three significant digits: plain between 1e-3 and 1e4 ("0.180", "2.50", "1000"),
     *         scientific outside ("1.00e-5"); "NaN"/"∞" as such
     */
    public static String sig3(double v) {
        return sig(v, 3);
    }

    /** @return v with {@code digits} significant digits, as {@link #sig3} */
    public static String sig(double v, int digits) {
        return NumberText.significant(v, digits);
    }

    /** @return the value {@link #sig3} shows for v, so a slider and its field agree */
    public static double round3(double v) {
        return NumberText.roundToSignificant(v, 3);
    }

    /**
     * Reads a number typed into a field: {@link NumberText#parse}'s form, a '−' (U+2212) as a minus sign, and
     * one ',' as the decimal point when there is no '.' ("0,25" is 0.25; "1,000" is 1, since nothing groups digits).
     *
     * @return the number typed, or empty when it is not a finite number
     */
    public static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String t = text.strip().replace('−', '-');
        int comma = t.indexOf(',');
        if (comma >= 0 && comma == t.lastIndexOf(',') && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        return NumberText.parse(t);
    }

    /** @return the number typed when it is finite and &gt; 0 */
    public static OptionalDouble parsePositive(String text) {
        OptionalDouble v = parse(text);
        return v.isPresent() && v.getAsDouble() > 0 ? v : OptionalDouble.empty();
    }

    /** @return {@link #parse}, kept only when the number is ≥ 0 (clip, noise σ: 0 means off) */
    public static OptionalDouble parseNonNegative(String text) {
        OptionalDouble v = parse(text);
        return v.isPresent() && v.getAsDouble() >= 0 ? v : OptionalDouble.empty();
    }

    /** @return "(x, y)" with 4 significant digits each */
    public static String vec(double x, double y) {
        return "(" + sig(x, 4) + ", " + sig(y, 4) + ")";
    }
}
