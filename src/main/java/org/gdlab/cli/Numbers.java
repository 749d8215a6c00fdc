package org.gdlab.cli;

import java.util.OptionalDouble;
import org.gdlab.core.math.NumberText;
import picocli.CommandLine.TypeConversionException;

/**
 * How the command line prints and reads numbers, in the core's one text form ({@link NumberText}), whatever
 * the default locale. Printing uses {@link NumberText#exact}, whose output parses back to the very same
 * double; reading accepts only a decimal point ("0.25", not "0,25").
 */
final class Numbers {

    private Numbers() {
    }

    /** @return d in a form that parses back to the same double */
    static String format(double d) {
        return NumberText.exact(d);
    }

    /**
     * Parses a point "X,Y".
     *
     * @param what the option's name, for the message
     * @throws BadInputException with a clear message when the text is not two finite numbers
     */
    static double[] parsePoint(String text, String what) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new BadInputException(what + " needs a point written X,Y (for example -1.5,2), got '" + text + "'");
        }
        return new double[] {parseFinite(parts[0], what + " x"), parseFinite(parts[1], what + " y")};
    }

    /**
     * picocli's converter for {@code double} options ({@code --lr 0.25}): the same form as {@link #parseFinite}.
     *
     * @throws TypeConversionException unless the text is a finite number written with a decimal point
     */
    static Double parseOption(String text) {
        return NumberText.parse(text).orElseThrow(() -> new TypeConversionException(
                "'" + text + "' is not a finite number written with a decimal point"));
    }

    /**
     * picocli's converter for {@code int} options ({@code --steps 500}): Latin digits with an optional sign.
     *
     * @throws TypeConversionException "'1e3' is not a whole number", "'99999999999' is too large (at most 2147483647)"
     */
    static Integer parseIntOption(String text) {
        return (int) parseWhole(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** picocli's converter for {@code long} options ({@code --seed 7}), as {@link #parseIntOption}. */
    static Long parseLongOption(String text) {
        return parseWhole(text, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private static long parseWhole(String text, long min, long max) {
        String t = text.strip();
        if (!t.matches("[+-]?[0-9]{1,40}")) {
            throw new TypeConversionException("'" + text + "' is not a whole number");
        }
        java.math.BigInteger v = new java.math.BigInteger(t);
        if (v.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
            throw new TypeConversionException("'" + t + "' is too large (at most " + max + ")");
        }
        if (v.compareTo(java.math.BigInteger.valueOf(min)) < 0) {
            throw new TypeConversionException("'" + t + "' is too small (at least " + min + ")");
        }
        return v.longValueExact();
    }

    /** @throws BadInputException unless the text is a finite number written with a decimal point */
    static double parseFinite(String text, String what) {
        OptionalDouble v = NumberText.parse(text);
        if (v.isEmpty()) {
            throw new BadInputException(what + " must be a finite number written with a decimal point, got '"
                    + text.strip() + "'");
        }
        return v.getAsDouble();
    }
}
