package org.gdlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gdlab.core.lesson.Lessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A refused scenario is said in plain words with its line and column, never in a library's terms; a
 * byte-order mark is accepted; a view must lie within ±1e12 with a width and height of 1e-9 to 1e9.
 */
class ScenarioMessagesTest {

    @TempDir
    Path dir;

    private static final Scenario LESSON = Lessons.byId("zigzag-momentum").scenario();
    private static final String GOOD = ScenarioJson.write(LESSON);

    /** Words of JSON libraries that must never reach a person. */
    static final Pattern LIBRARY_WORDS = Pattern.compile(
            "Feature|Source:|REDACTED|StreamRead|StreamConstraints|Jackson|fasterxml|JsonNode|`|\\(code \\d+\\)|Exception|"
                    + "Unexpected character|Unrecognized token|token '|marker|was expecting");

    private static String refused(String text) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioJson.read(text));
        return e.getMessage();
    }

    private static String with(String from, String to) {
        assertTrue(GOOD.contains(from), from);
        return GOOD.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of(with("\"learning_rate\" : 0.075", "\"learning_rate\" : NaN"),
                        "line 25, column 23: a number was expected, found NaN"),
                Arguments.of(with("\"learning_rate\" : 0.075", "\"learning_rate\" : Infinity"),
                        "line 25, column 23: a number was expected, found Infinity"),
                Arguments.of(with("\"learning_rate\" : 0.075", "\"learning_rate\" : 007"),
                        "line 25, column 23: a number was expected, found 007"),
                Arguments.of(GOOD + "{}", "line 49, column 1: more text follows the end of the JSON value: found '{'"),
                Arguments.of("[".repeat(2000), "line 1, column 33: objects and lists are nested more than 32 deep"),
                Arguments.of("{\"format\": \"gdlab-scenario\",}", "line 1, column 29: a key in double quotes was expected, found '}'"),
                Arguments.of("{\"format\" \"gdlab-scenario\"}", "line 1, column 11: ':' was expected after the key \"format\""),
                Arguments.of("{\"a\": [1 2]}", "line 1, column 10: ',' or ']' was expected in a list, found 2"),
                Arguments.of("{\"a\": 1 \"b\": 2}", "line 1, column 9: ',' or '}' was expected after the value of \"a\""),
                Arguments.of("{\"title\": 'x'}", "line 1, column 11: a string in double quotes was expected"),
                Arguments.of("{\"title\": \"two\nlines\"}", "line 1, column 15: a string may not hold a line break"),
                Arguments.of("{\"title\": \"\\x\"}", "line 1, column 12: unknown escape \\x in a string"),
                Arguments.of("{\"title\": \"\\ud83d\"}", "line 1, column 12: \\ud83d is half of a character"),
                Arguments.of("{\"title\": \"open", "line 1, column 11: this string has no closing '\"' before the end of the file"),
                Arguments.of("{\"runs\": [", "line 1, column 11: the file ends before the list opened at line 1, column 10 is closed with ']'"),
                Arguments.of("{\"max_steps\": " + "1".repeat(1001) + "}", "line 1, column 15: a number has more than 1000 characters"),
                Arguments.of("{\"format\": tru}", "line 1, column 12: a value was expected, found tru (text goes in double quotes"),
                Arguments.of("\u0000", "line 1, column 1: a value was expected, found the invisible character U+0000"),
                Arguments.of("{\"a\": 1}\r\n\r\n  x", "line 3, column 3: more text follows the end of the JSON value: found x"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedJsonIsSaidInPlainWordsWithLineAndColumn(String text, String expected) {
        String message = refused(text);
        assertTrue(message.startsWith(expected), message);
        assertFalse(LIBRARY_WORDS.matcher(message).find(), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void aDuplicateKeyIsNamedWhereItAppearsAgain() {
        String message = refused(with("\"max_steps\"", "\"max_steps\" : 3, \"max_steps\""));
        assertEquals("line 22, column 20: the key \"max_steps\" appears twice in the same object", message);
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        assertEquals(LESSON, ScenarioJson.read("\uFEFF" + GOOD));
        Path file = dir.resolve("bom.gdlab.json");
        byte[] text = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);
        Files.write(file, bom);
        assertEquals(LESSON, ScenarioFiles.open(file));
    }

    @Test
    void aByteOrderMarkInsideTheTextIsNamed() {
        assertEquals("line 1, column 2: a value was expected, found a byte-order mark (U+FEFF)", refused(" \uFEFF{}"));
    }

    static Stream<Arguments> badViews() {
        return Stream.of(
                Arguments.of("\"x_min\" : -5.0", "\"x_min\" : -1e308", "view.x_min: must be between -1e12 and 1e12, got -1.0E308"),
                Arguments.of("\"y_max\" : 5.0", "\"y_max\" : 1.5e12", "view.y_max: must be between -1e12 and 1e12, got 1.5E12"),
                Arguments.of("\"x_min\" : -5.0", "\"x_min\" : 1e999", "view.x_min: must be a finite number, got Infinity"),
                Arguments.of("\"x_max\" : 5.0", "\"x_max\" : -4.9999999999999", "view: the width x_max − x_min must be between 1e-9 and 1e9, got "),
                Arguments.of("\"y_min\" : -5.0", "\"y_min\" : -2e9", "view: the height y_max − y_min must be between 1e-9 and 1e9, got 2.000000005E9"));
    }

    @ParameterizedTest
    @MethodSource("badViews")
    void aViewOutsideTheLimitsIsRefusedWithTheAllowedRange(String from, String to, String expected) {
        String message = refused(with(from, to));
        assertTrue(message.startsWith(expected), message);
    }

    @Test
    void viewsAtTheLimitsAreAccepted() throws Exception {
        String edge = with("\"x_min\" : -5.0", "\"x_min\" : 999999999999.0").replace("\"x_max\" : 5.0", "\"x_max\" : 1e12")
                .replace("\"y_min\" : -5.0", "\"y_min\" : -5e8").replace("\"y_max\" : 5.0", "\"y_max\" : 5e8");
        assertEquals(1e12, ScenarioJson.read(edge).view().xMax(), 0.0);
    }

    @Test
    void textFromTheFileIsShownEscapedAndCut() {
        String key = "k\u0007" + "y".repeat(500);
        String message = refused(with("\"max_steps\"", "\"" + key.replace("\u0007", "\\u0007") + "\" : 1, \"max_steps\""));
        assertTrue(message.startsWith("k\\u0007yyy"), message);
        assertTrue(message.length() <= ScenarioException.MAX_LENGTH, message);
        assertFalse(message.contains("\u0007"));
        String formula = refused(with("\"id\" : \"quadratic\",\n    \"parameters\" : {\n      \"kappa\" : 25.0\n    }",
                "\"formula\" : \"x^2 +\\n" + "y".repeat(3000) + "(\""));
        assertTrue(formula.startsWith("surface.formula: bad formula 'x^2 +\\nyyy"), formula);
        assertTrue(formula.length() <= ScenarioException.MAX_LENGTH, formula);
    }
}
