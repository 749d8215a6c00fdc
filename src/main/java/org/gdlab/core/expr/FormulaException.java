package org.gdlab.core.expr;

/**
 * A formula that cannot be read or used, with a message a student understands and the character range of
 * the formula it refers to. The only exception that {@link FormulaSurface#parse(String)} throws.
 *
 * <p>{@link #start()} and {@link #end()} are 0-based character indices, end exclusive; columns in the
 * message are 1-based ({@code column = start + 1}).
 */
public final class FormulaException extends IllegalArgumentException {

    private final int start;
    private final int end;

    /**
     * @param message the plain-language message
     * @param start   0-based index of the first character concerned
     * @param end     0-based index after the last character concerned ({@code end >= start})
     */
    public FormulaException(String message, int start, int end) {
        super(message);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
        this.start = start;
        this.end = end;
    }

    /** @return 0-based index of the first character concerned */
    public int start() {
        return start;
    }

    /** @return 0-based index after the last character concerned */
    public int end() {
        return end;
    }

    /**
     * @return spaces then carets, to print under the formula: {@code start} spaces and
     *         {@code max(1, end - start)} carets
     */
    public String caretLine() {
        return " ".repeat(start) + "^".repeat(Math.max(1, end - start));
    }
}
