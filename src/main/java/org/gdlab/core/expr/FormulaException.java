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

    /**
     * A piece of the formula around the place an error refers to, and a caret line under the place: two
     * lines of at most the width asked for, to print under the message, however long the formula is.
     *
     * @param formula the piece of the formula: '…' where it is cut, and every control or invisible
     *                character (tab, line break, escape, bidirectional mark) shown as a space, so that
     *                it prints as one line and the carets line up
     * @param carets  spaces, then at least one '^' under the place (under the first character after the
     *                formula when the place is its end)
     */
    public record Excerpt(String formula, String carets) {
    }

    /**
     * @param text  the formula this exception is about
     * @param width the most characters of each of the two lines (at least 8)
     * @return the piece of {@code text} around {@link #start()}, with some of the text before it, and carets
     *         under [start, end) as far as the piece shows it
     */
    public Excerpt excerpt(String text, int width) {
        if (width < 8) {
            throw new IllegalArgumentException("width " + width);
        }
        int length = text.length();
        int at = Math.min(start, length);
        int needed = length + (at == length ? 1 : 0);     // a caret after the last character needs a column
        int from = 0;
        int to = length;
        if (needed > width) {
            from = at - Math.min(at, width / 3);           // up to a third of the width before the place
            int room = width - (from > 0 ? 1 : 0);         // less the '…' in front
            if (from + room >= needed) {                   // the end is in view: fill the line from the end
                from = needed - (width - 1);
            } else {
                to = from + room - 1;                      // less the '…' at the end
            }
        }
        boolean cutLeft = from > 0;
        boolean cutRight = to < length;
        StringBuilder line = new StringBuilder(width);
        if (cutLeft) {
            line.append('…');
        }
        for (int i = from; i < to; i++) {
            line.append(printable(text.charAt(i)));
        }
        if (cutRight) {
            line.append('…');
        }
        int column = (cutLeft ? 1 : 0) + (at - from);
        int count = Math.max(1, Math.min(Math.min(end, to), length) - at);
        count = Math.max(1, Math.min(count, width - column));
        return new Excerpt(line.toString(), " ".repeat(column) + "^".repeat(count));
    }

    private static char printable(char c) {
        int type = Character.getType(c);
        boolean invisible = Character.isISOControl(c) || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
        return invisible ? ' ' : c;
    }

    /** The most characters of typed text a message quotes. */
    static final int MAX_QUOTED = 24;

    /** @return {@code 'typed'}, or its first characters and '…' when it is longer than {@link #MAX_QUOTED} */
    static String quote(String typed) {
        if (typed.length() <= MAX_QUOTED) {
            return "'" + typed + "'";
        }
        return "'" + typed.substring(0, MAX_QUOTED - 1) + "…'";
    }
}
