package org.gdlab.core.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gdlab.core.expr.Token.Type;

/**
 * Splits formula text into {@link Token}s.
 *
 * <ul>
 *   <li>number: {@code digits [. digits]} or {@code . digits}, then optionally an exponent
 *       {@code e|E [+|-] digits}. The exponent is taken only when digits follow, so {@code 2e-3} is 0.002
 *       while {@code 2e}, {@code 2e^x} and {@code 2e - 3} use the constant e.</li>
 *   <li>name: a letter or {@code _}, then letters, digits or {@code _} ({@code xy} is one unknown name,
 *       not x·y).</li>
 *   <li>operators {@code + - * / ^}, parentheses, comma; whitespace anywhere between tokens.</li>
 * </ul>
 */
final class Lexer {

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int start;
    private int current;

    private Lexer(String text) {
        this.text = text;
    }

    /** @return the tokens of {@code text}, ending with an {@link Type#END} token */
    static List<Token> tokenize(String text) {
        return new Lexer(text).scan();
    }

    private List<Token> scan() {
        while (current < text.length()) {
            start = current;
            scanToken();
        }
        tokens.add(new Token(Type.END, "", text.length(), text.length(), 0));
        return tokens;
    }

    private void scanToken() {
        char c = text.charAt(current++);
        switch (c) {
            case ' ', '\t', '\n', '\r', '\f', '\u00a0' -> { }
            case '+' -> add(Type.PLUS);
            case '-' -> add(Type.MINUS);
            case '*' -> {
                if (peek() == '*') {
                    throw new FormulaException("use '^' for powers (x^2), not '**'", start, start + 2);
                }
                add(Type.STAR);
            }
            case '/' -> add(Type.SLASH);
            case '^' -> add(Type.CARET);
            case '(' -> add(Type.LEFT_PAREN);
            case ')' -> add(Type.RIGHT_PAREN);
            case ',' -> add(Type.COMMA);
            default -> {
                if (isDigit(c) || c == '.') {
                    number();
                } else if (isNameStart(c)) {
                    name();
                } else {
                    unexpected(c);
                }
            }
        }
    }

    private void number() {
        current = start;
        boolean digitsBefore = digits();
        boolean digitsAfter = false;
        if (peek() == '.') {
            current++;
            digitsAfter = digits();
        }
        if (!digitsBefore && !digitsAfter) {
            unknownNameBeforeDot();
            throw new FormulaException("a lone '.' is not a number (write 0.5 or .5)", start, current);
        }
        if ((peek() == 'e' || peek() == 'E')) {
            int save = current;
            current++;
            if (peek() == '+' || peek() == '-') {
                current++;
            }
            if (!digits()) {
                current = save; // not an exponent: the constant e (or a name) follows
            }
        }
        if (peek() == '.') {
            throw new FormulaException("a number with two decimal points: "
                    + FormulaException.quote(text.substring(start, current + 1)), start, current + 1);
        }
        String lexeme = text.substring(start, current);
        double value = Double.parseDouble(lexeme);
        if (Double.isInfinite(value)) {
            throw new FormulaException("number too large: " + FormulaException.quote(lexeme), start, current);
        }
        tokens.add(new Token(Type.NUMBER, lexeme, start, current, value));
    }

    /**
     * A name right before a '.' that starts no number, as in {@code System.exit(1)} or {@code Math.sin(x)}:
     * if the name is unknown, that is the first mistake, and the formula language has no such names at all.
     */
    private void unknownNameBeforeDot() {
        if (tokens.isEmpty()) {
            return;
        }
        Token name = tokens.get(tokens.size() - 1);
        if (name.type() != Type.NAME || name.end() != start || isKnown(name.text())) {
            return;
        }
        throw new FormulaException("unknown name " + FormulaException.quote(name.text()) + ": a formula has only"
                + " x, y, pi, e and the functions " + String.join(", ", Builtin.ids()), name.start(), name.end());
    }

    private static boolean isKnown(String name) {
        return Builtin.byId(name).isPresent() || List.of("x", "y", "pi", "e").contains(name);
    }

    private boolean digits() {
        int from = current;
        while (isDigit(peek())) {
            current++;
        }
        return current > from;
    }

    private void name() {
        while (current < text.length() && isNamePart(text.charAt(current))) {
            current++;
        }
        add(Type.NAME);
    }

    private void unexpected(char c) {
        int cp = text.codePointAt(start);
        int end = start + Character.charCount(cp);
        String shown = new String(Character.toChars(cp));
        String hint = switch (cp) {
            case '²', '³', '¹' -> ": superscripts are not supported, write x^2";
            case '×', '·', '⋅', '∙' -> ": write '*' for multiplication";
            case '÷', '∕' -> ": write '/' for division";
            case '−', '–', '—' -> ": write '-' for minus";
            case '[', ']', '{', '}' -> ": use round parentheses ( )";
            case 'π' -> ": write pi";
            case ';' -> ": separate function arguments with ','";
            default -> "";
        };
        String what = invisible(cp) ? String.format(Locale.ROOT, "U+%04X", cp) : "'" + shown + "'";
        throw new FormulaException("unexpected character " + what + hint, start, end);
    }

    /** @return true for a character that prints as nothing, as a space or as a change of direction */
    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE;
    }

    private char peek() {
        return current < text.length() ? text.charAt(current) : '\0';
    }

    private void add(Type type) {
        tokens.add(new Token(type, text.substring(start, current), start, current, 0));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c);
    }
}
