package org.gdlab.core.expr;

/**
 * A token of the formula language.
 *
 * @param type   what kind of token
 * @param text   the characters as typed
 * @param start  0-based index of its first character
 * @param end    0-based index after its last character
 * @param number the value of a {@link Type#NUMBER}, else 0
 */
record Token(Type type, String text, int start, int end, double number) {

    enum Type { NUMBER, NAME, PLUS, MINUS, STAR, SLASH, CARET, LEFT_PAREN, RIGHT_PAREN, COMMA, END }

    boolean isOperator() {
        return switch (type) {
            case PLUS, MINUS, STAR, SLASH, CARET -> true;
            default -> false;
        };
    }
}
