package org.gdlab.core.scenario;

import java.util.Locale;

/** Text from a file, shown in a one-line message: control characters escaped, long text cut. */
final class Quote {

    /** The most characters of a file's text shown in a message. */
    static final int MAX_SHOWN = 40;

    private Quote() {
    }

    /** @return s with control and invisible characters escaped ({@code \n}, {@code \u0007}), cut with "…" */
    static String of(String s) {
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < s.length(); ) {
            if (shown == MAX_SHOWN) {
                return b.append('…').toString();
            }
            int cp = s.codePointAt(i);
            b.append(printable(cp));
            i += Character.charCount(cp);
            shown++;
        }
        return b.toString();
    }

    /** @return the character as it can be read in a message: itself, or an escape such as \n or \u0007 */
    static String printable(int cp) {
        return switch (cp) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> Character.isISOControl(cp) || invisible(cp) || Character.isSurrogate((char) cp) && cp <= 0xffff
                    ? String.format(Locale.ROOT, "\\u%04X", cp) : new String(Character.toChars(cp));
        };
    }

    /** @return one character found in a file, for "found …": '}' or a description of an invisible one */
    static String character(int cp) {
        if (cp == 0xFEFF) {
            return "a byte-order mark (U+FEFF)";
        }
        if (Character.isISOControl(cp) || invisible(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return String.format(Locale.ROOT, "the invisible character U+%04X", cp);
        }
        return "'" + new String(Character.toChars(cp)) + "'";
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.PRIVATE_USE;
    }
}
