package org.gdlab.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import org.gdlab.core.math.NumberText;

/**
 * Reads JSON text (RFC 8259) into a tree, with messages for people: every error says where it is and
 * what was expected and found, in plain words ("line 3, column 14: a number was expected, found NaN …"),
 * never in a library's terms. A recursive-descent reader, one method per rule of the grammar:
 *
 * <pre>
 *   text   = ws value ws END
 *   value  = object | array | string | number | "true" | "false" | "null"
 *   object = "{" ws [ member ws { "," ws member ws } ] "}"      member = string ws ":" ws value
 *   array  = "[" ws [ value ws { "," ws value ws } ] "]"
 * </pre>
 *
 * Stricter than the grammar where a scenario needs it: a key may appear once per object, objects and lists
 * nest at most {@value #MAX_DEPTH} deep, a number has at most {@value #MAX_NUMBER} characters, a string has
 * no unpaired surrogate. Numbers become the tree's usual nodes: whole numbers int, long or big integer nodes,
 * others double nodes ({@code 1e999} is infinite; the reader of scenarios refuses it).
 */
final class JsonText {

    /** The deepest nesting of objects and lists (a scenario needs 4). */
    static final int MAX_DEPTH = 32;
    /** The longest number, in characters. */
    static final int MAX_NUMBER = 1000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String text;
    private int pos;
    private int depth;

    private JsonText(String text) {
        this.text = text;
    }

    /**
     * @return the tree of the text, or null when the text holds only white space
     * @throws ScenarioException "line L, column C: what was expected, found what"
     */
    static JsonNode parse(String text) throws ScenarioException {
        JsonText r = new JsonText(text);
        r.whitespace();
        if (r.atEnd()) {
            return null;
        }
        JsonNode root = r.value();
        r.whitespace();
        if (!r.atEnd()) {
            throw r.error("more text follows the end of the JSON value: found " + r.found());
        }
        return root;
    }

    // ---- rules --------------------------------------------------------------------------------------------

    private JsonNode value() throws ScenarioException {
        if (atEnd()) {
            throw error("the file ends where a value was expected");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> NODES.textNode(string());
            case 't', 'f', 'n' -> literal();
            default -> c == '-' || isDigit(c) ? number() : unexpectedValue();
        };
    }

    private ObjectNode object() throws ScenarioException {
        int start = pos;
        enter();
        pos++; // {
        ObjectNode node = NODES.objectNode();
        whitespace();
        if (match('}')) {
            depth--;
            return node;
        }
        while (true) {
            if (atEnd()) {
                throw unclosed("object", '}', start);
            }
            if (text.charAt(pos) != '"') {
                throw error("a key in double quotes was expected, found " + found());
            }
            int keyAt = pos;
            String key = string();
            whitespace();
            if (!match(':')) {
                throw error("':' was expected after the key \"" + Quote.of(key) + "\", found " + found());
            }
            whitespace();
            JsonNode v = value();
            if (node.has(key)) {
                pos = keyAt;
                throw error("the key \"" + Quote.of(key) + "\" appears twice in the same object");
            }
            node.set(key, v);
            whitespace();
            if (match('}')) {
                depth--;
                return node;
            }
            if (atEnd()) {
                throw unclosed("object", '}', start);
            }
            if (!match(',')) {
                throw error("',' or '}' was expected after the value of \"" + Quote.of(key) + "\", found " + found());
            }
            whitespace();
        }
    }

    private ArrayNode array() throws ScenarioException {
        int start = pos;
        enter();
        pos++; // [
        ArrayNode node = NODES.arrayNode();
        whitespace();
        if (match(']')) {
            depth--;
            return node;
        }
        while (true) {
            if (atEnd()) {
                throw unclosed("list", ']', start);
            }
            node.add(value());
            whitespace();
            if (match(']')) {
                depth--;
                return node;
            }
            if (atEnd()) {
                throw unclosed("list", ']', start);
            }
            if (!match(',')) {
                throw error("',' or ']' was expected in a list, found " + found());
            }
            whitespace();
        }
    }

    private String string() throws ScenarioException {
        int start = pos;
        pos++; // "
        StringBuilder b = new StringBuilder();
        while (true) {
            if (atEnd()) {
                pos = start;
                throw error("this string has no closing '\"' before the end of the file");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return b.toString();
            }
            if (c < 0x20) {
                throw error("a string may not hold a line break or a control character (write it as \\n, \\t or \\u00XX)");
            }
            if (c == '\\') {
                b.append(escape());
                continue;
            }
            if (Character.isHighSurrogate(c) && pos + 1 < text.length() && Character.isLowSurrogate(text.charAt(pos + 1))) {
                b.append(c).append(text.charAt(pos + 1));
                pos += 2;
                continue;
            }
            if (Character.isSurrogate(c)) {
                throw error("a string holds half of a character (an unpaired surrogate)");
            }
            b.append(c);
            pos++;
        }
    }

    /** @return the character(s) of the escape at pos ("\n", "\u00e9", a surrogate pair), moving past it */
    private String escape() throws ScenarioException {
        if (pos + 1 >= text.length()) {
            throw error("the file ends inside an escape");
        }
        char e = text.charAt(pos + 1);
        String simple = switch (e) {
            case '"' -> "\"";
            case '\\' -> "\\";
            case '/' -> "/";
            case 'b' -> "\b";
            case 'f' -> "\f";
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 't' -> "\t";
            default -> null;
        };
        if (simple != null) {
            pos += 2;
            return simple;
        }
        if (e != 'u') {
            throw error("unknown escape \\" + Quote.printable(e) + " in a string (the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
        }
        char c = hex4(pos + 2);
        pos += 6;
        if (Character.isHighSurrogate(c) && text.startsWith("\\u", pos) && Character.isLowSurrogate(hex4(pos + 2))) {
            char low = hex4(pos + 2);
            pos += 6;
            return new String(new char[] {c, low});
        }
        if (Character.isSurrogate(c)) {
            pos -= 6;
            throw error("\\u" + text.substring(pos + 2, pos + 6) + " is half of a character (an unpaired surrogate)");
        }
        return String.valueOf(c);
    }

    private char hex4(int at) throws ScenarioException {
        if (at + 4 > text.length()) {
            pos = at - 2;
            throw error("\\u needs four hexadecimal digits");
        }
        int v = 0;
        for (int i = at; i < at + 4; i++) {
            int d = Character.digit(text.charAt(i), 16);
            if (d < 0 || text.charAt(i) > 'f') {
                pos = at - 2;
                throw error("\\u needs four hexadecimal digits, found \"\\u" + Quote.of(text.substring(at, at + 4)) + "\"");
            }
            v = v * 16 + d;
        }
        return (char) v;
    }

    private JsonNode number() throws ScenarioException {
        int start = pos;
        match('-');
        if (!digits()) {
            throw notANumber(start);
        }
        if (text.charAt(start + (text.charAt(start) == '-' ? 1 : 0)) == '0' && pos - start > (text.charAt(start) == '-' ? 2 : 1)) {
            throw notANumber(start); // 01
        }
        boolean whole = true;
        if (match('.')) {
            whole = false;
            if (!digits()) {
                throw notANumber(start);
            }
        }
        if (match('e') || match('E')) {
            whole = false;
            if (!match('+')) {
                match('-');
            }
            if (!digits()) {
                throw notANumber(start);
            }
        }
        if (!atEnd() && isWordChar(text.charAt(pos))) {
            throw notANumber(start);
        }
        if (pos - start > MAX_NUMBER) {
            pos = start;
            throw error("a number has more than " + MAX_NUMBER + " characters");
        }
        String n = text.substring(start, pos);
        if (!whole) {
            // NumberText reads the JSON grammar's numbers exactly; what it refuses then is beyond the finite range
            double infinite = n.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return NODES.numberNode(NumberText.parse(n).orElse(infinite));
        }
        if (pos - start <= 18) {
            long v = Long.parseLong(n);
            return v == (int) v ? NODES.numberNode((int) v) : NODES.numberNode(v);
        }
        return NODES.numberNode(new BigInteger(n));
    }

    private JsonNode literal() throws ScenarioException {
        for (String word : new String[] {"true", "false", "null"}) {
            if (text.startsWith(word, pos) && (pos + word.length() == text.length() || !isWordChar(text.charAt(pos + word.length())))) {
                pos += word.length();
                return switch (word) {
                    case "true" -> NODES.booleanNode(true);
                    case "false" -> NODES.booleanNode(false);
                    default -> NODES.nullNode();
                };
            }
        }
        return unexpectedValue();
    }

    // ---- errors -------------------------------------------------------------------------------------------

    private JsonNode unexpectedValue() throws ScenarioException {
        String word = word();
        if (word.isEmpty()) {
            char c = text.charAt(pos);
            if (c == '\'') {
                throw error("a string in double quotes was expected, found a single quote");
            }
            throw error("a value was expected, found " + found());
        }
        if (looksNumeric(word)) {
            throw notANumber(pos);
        }
        throw error("a value was expected, found " + Quote.of(word)
                + " (text goes in double quotes; the words JSON knows are true, false and null)");
    }

    private ScenarioException notANumber(int start) {
        pos = start;
        String word = word();
        return error("a number was expected, found " + (word.isEmpty() ? found() : Quote.of(word))
                + " (numbers are written like 0.25, -3 or 1e-4; JSON has no NaN or infinity)");
    }

    private ScenarioException unclosed(String what, char close, int start) {
        int[] at = lineAndColumn(start);
        return error("the file ends before the " + what + " opened at line " + at[0] + ", column " + at[1]
                + " is closed with '" + close + "'");
    }

    private void enter() throws ScenarioException {
        if (++depth > MAX_DEPTH) {
            throw error("objects and lists are nested more than " + MAX_DEPTH + " deep (a scenario needs 4)");
        }
    }

    /** @return "line L, column C: message" for the position pos */
    private ScenarioException error(String message) {
        int[] at = lineAndColumn(pos);
        return new ScenarioException("line " + at[0] + ", column " + at[1] + ": " + message);
    }

    /** @return what is at pos, for a message: "the end of the file", a word, or a character */
    private String found() {
        if (atEnd()) {
            return "the end of the file";
        }
        String word = word();
        return word.isEmpty() ? Quote.character(text.codePointAt(pos)) : Quote.of(word);
    }

    /** @return the run of letters, digits and + - . at pos (at most 24 characters shown) */
    private String word() {
        int end = pos;
        while (end < text.length() && end - pos < 24 && (isWordChar(text.charAt(end)) || text.charAt(end) == '+'
                || text.charAt(end) == '-' || text.charAt(end) == '.')) {
            end++;
        }
        return text.substring(pos, end);
    }

    private static boolean looksNumeric(String word) {
        char c = word.charAt(0);
        String w = word.replaceFirst("^[+-]", "").toLowerCase(java.util.Locale.ROOT);
        return isDigit(c) || c == '+' || c == '-' || c == '.' || w.startsWith("nan") || w.startsWith("inf");
    }

    private int[] lineAndColumn(int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, text.codePointCount(lineStart, Math.min(at, text.length())) + 1};
    }

    // ---- helpers (as in jlox: match, check, advance) ------------------------------------------------------

    private boolean atEnd() {
        return pos >= text.length();
    }

    private boolean match(char c) {
        if (!atEnd() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean digits() {
        int start = pos;
        while (!atEnd() && isDigit(text.charAt(pos))) {
            pos++;
        }
        return pos > start;
    }

    private void whitespace() {
        while (!atEnd()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_';
    }
}
