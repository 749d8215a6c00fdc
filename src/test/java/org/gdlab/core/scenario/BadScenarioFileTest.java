package org.gdlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gdlab.core.lesson.Lessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad file is refused with a message naming the problem. */
class BadScenarioFileTest {

    @TempDir
    Path dir;

    private static final String GOOD = ScenarioJson.write(Lessons.byId("zigzag-momentum").scenario());

    private static String replace(String from, String to) {
        if (!GOOD.contains(from)) {
            throw new IllegalStateException("the good file has no " + from);
        }
        return GOOD.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("not JSON", "hello", "line 1, column 1: a value was expected, found hello"),
                Arguments.of("truncated", GOOD.substring(0, GOOD.indexOf("\"runs\"")).replaceAll(",\\s*$", ""),
                        "the file ends before the object opened at line"),
                Arguments.of("empty", "", "empty"),
                Arguments.of("an array", "[1, 2]", "not an object"),
                Arguments.of("no format tag", "{\"version\": 1}", "\"format\": \"gdlab-scenario\" is missing"),
                Arguments.of("wrong format tag", replace("gdlab-scenario", "gdlab-settings"), "format is 'gdlab-settings'"),
                Arguments.of("newer version", replace("\"version\" : 1", "\"version\" : 2"), "newer GD Lab (format version 2)"),
                Arguments.of("version as text", replace("\"version\" : 1", "\"version\" : \"1\""), "\"version\" must be a whole number"),
                Arguments.of("unknown surface", replace("\"id\" : \"quadratic\"", "\"id\" : \"quadratik\""),
                        "surface: unknown function 'quadratik' (did you mean 'quadratic'?)"),
                Arguments.of("bad parameter", replace("\"kappa\" : 25.0", "\"kappa\" : 0.5"), "parameter kappa of 'quadratic' must be in [1,"),
                Arguments.of("bad formula", replace("\"id\" : \"quadratic\",\n    \"parameters\" : {\n      \"kappa\" : 25.0\n    }",
                        "\"formula\" : \"x^2 + system(1)\""), "surface.formula: bad formula 'x^2 + system(1)'"),
                Arguments.of("zero learning rate", replace("\"learning_rate\" : 0.075", "\"learning_rate\" : 0"),
                        "runs[0].learning_rate: the learning rate α must be a finite number > 0, got 0.0"),
                Arguments.of("negative learning rate", replace("\"learning_rate\" : 0.075", "\"learning_rate\" : -1"),
                        "runs[0].learning_rate: the learning rate α must be a finite number > 0, got -1.0"),
                Arguments.of("NaN token", replace("\"learning_rate\" : 0.075", "\"learning_rate\" : NaN"),
                        "line 25, column 23: a number was expected, found NaN"),
                Arguments.of("NaN as text", replace("\"learning_rate\" : 0.075", "\"learning_rate\" : \"NaN\""),
                        "runs[0].learning_rate: must be a number, got a string 'NaN'"),
                Arguments.of("infinite", replace("\"learning_rate\" : 0.075", "\"learning_rate\" : 1e999"),
                        "runs[0].learning_rate: must be a finite number"),
                Arguments.of("negative steps", replace("\"max_steps\" : 100", "\"max_steps\" : -1"), "max_steps: must be 0 to 1000000, got -1"),
                Arguments.of("too many steps", replace("\"max_steps\" : 100", "\"max_steps\" : 1000001"), "max_steps: must be 0 to 1000000"),
                Arguments.of("fractional steps", replace("\"max_steps\" : 100", "\"max_steps\" : 60.5"), "max_steps: must be a whole number"),
                Arguments.of("empty view", replace("\"x_max\" : 5.0", "\"x_max\" : -5.0"), "view: x_min must be less than x_max"),
                Arguments.of("too few levels", replace("\"level_count\" : 20", "\"level_count\" : 4"), "level_count: must be 5 to 50, got 4"),
                Arguments.of("too many levels", replace("\"level_count\" : 20", "\"level_count\" : 51"), "level_count: must be 5 to 50, got 51"),
                Arguments.of("unknown optimizer", replace("\"optimizer\" : \"gd\"", "\"optimizer\" : \"adamw\""),
                        "runs[0].optimizer: unknown optimizer 'adamw'"),
                Arguments.of("unknown colour map", replace("\"color_map\" : \"viridis\"", "\"color_map\" : \"jet\""),
                        "color_map: unknown colour map 'jet'; valid: viridis, cividis, magma, grey"),
                Arguments.of("unknown schedule", replace("\"schedule\" : \"constant\"", "\"schedule\" : \"linear:3\""),
                        "runs[0].schedule: unknown schedule 'linear:3'"),
                Arguments.of("unknown key", replace("\"max_steps\"", "\"max_step\" : 3, \"max_steps\""), "max_step: unknown key 'max_step'"),
                Arguments.of("duplicate key", replace("\"max_steps\"", "\"max_steps\" : 3, \"max_steps\""), "line 22, column 20: the key \"max_steps\" appears twice in the same object"),
                Arguments.of("missing view", GOOD.replaceFirst("\"view\"", "\"view_\""), "unknown key 'view_'"),
                Arguments.of("bad hyperparameter", replace("\"momentum\" : 0.5", "\"momentum\" : -0.5"),
                        "runs[1].hyperparameters.momentum: μ must be in [0, 1), got -0.5"),
                Arguments.of("bad colour", replace("\"seed\" : 0", "\"seed\" : 0, \"color\" : \"red\""), "a colour must be written #rrggbb"),
                Arguments.of("unknown overlay", replace("\"overlays\" : [ \"known-points\" ]", "\"overlays\" : [ \"heatmap\" ]"),
                        "overlays[0]: unknown overlay 'heatmap'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFileIsRefusedWithAMessageNamingTheProblem(String what, String text, String expected) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, text);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFiles.open(file));
        assertTrue(e.getMessage().contains(expected), what + ": " + e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
    }

    @Test
    void malformedJsonNamesTheLine() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"format\": \"gdlab-scenario\",\n  \"version\": 1,\n  oops\n}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFiles.open(file));
        assertTrue(e.getMessage().contains("line 4"), e.getMessage());
    }

    @Test
    void fileLargerThanOneMebibyteIsRefusedBeforeParsing() throws IOException {
        Path file = dir.resolve("big.json");
        byte[] big = new byte[ScenarioJson.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '{'; // the rest is not even valid JSON: the size check must come first
        Files.write(file, big);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFiles.open(file));
        assertTrue(e.getMessage().contains("too large (1048577 bytes"), e.getMessage());
    }

    @Test
    void binaryFileIsRefusedAsNotText() throws IOException {
        Path file = dir.resolve("bin.json");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFiles.open(file));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void missingFileIsRefused() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFiles.open(dir.resolve("none.json")));
        assertEquals("no such file", e.getMessage());
    }

    @Test
    void goodFileStillOpens() throws Exception {
        Path file = dir.resolve("good.json");
        Files.write(file, GOOD.getBytes(StandardCharsets.UTF_8));
        assertEquals(Lessons.byId("zigzag-momentum").scenario(), ScenarioFiles.open(file));
    }
}
