package org.gdlab.cli;

/**
 * How the command line prints and reads numbers. Printing uses {@link Double#toString(double)}, whose
 * output parses back with {@link Double#parseDouble(String)} to the very same double.
 */
final class Numbers {

    private Numbers() {
    }

    /** @return d in a form that parses back to the same double */
    static String format(double d) {
        return Double.toString(d);
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

    /** @throws BadInputException unless the text is a finite number */
    static double parseFinite(String text, String what) {
        double v;
        try {
            v = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(what + " must be a number, got '" + text.strip() + "'");
        }
        if (!Double.isFinite(v)) {
            throw new BadInputException(what + " must be a finite number, got '" + text.strip() + "'");
        }
        return v;
    }
}
