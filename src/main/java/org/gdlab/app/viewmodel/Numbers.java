package org.gdlab.app.viewmodel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;

/** Formatting and parsing of the numbers the panels show and accept. */
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
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e4) {
            BigDecimal r = new BigDecimal(v).round(new MathContext(digits));
            int exponent = (int) Math.floor(Math.log10(Math.abs(r.doubleValue())));
            return r.setScale(Math.max(0, digits - 1 - exponent), java.math.RoundingMode.HALF_EVEN).toPlainString();
        }
        String s = String.format("%." + (digits - 1) + "e", v);
        return s.replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
    }

    /** @return the number typed, or empty when it is not a finite number */
    public static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        try {
            double v = Double.parseDouble(text.trim().replace('−', '-').replace(',', '.'));
            return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** @return the number typed when it is finite and &gt; 0 */
    public static OptionalDouble parsePositive(String text) {
        OptionalDouble v = parse(text);
        return v.isPresent() && v.getAsDouble() > 0 ? v : OptionalDouble.empty();
    }

    /** @return "(x, y)" with 4 significant digits each */
    public static String vec(double x, double y) {
        return "(" + sig(x, 4) + ", " + sig(y, 4) + ")";
    }
}
