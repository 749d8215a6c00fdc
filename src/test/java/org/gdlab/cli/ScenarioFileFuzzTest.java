package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gdlab.core.lesson.Lesson;
import org.gdlab.core.lesson.Lessons;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.scenario.ScenarioException;
import org.gdlab.core.scenario.ScenarioFiles;
import org.gdlab.core.scenario.ScenarioJson;
import org.gdlab.core.scenario.ScenarioRun;
import org.gdlab.core.surface.SurfaceCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 2,000 scenario files mutated from the lessons and the examples (fixed seed): edits of the text (numbers
 * and strings swapped for hostile ones, characters inserted, deleted and swapped, lines dropped or
 * doubled, truncation, deep nesting, byte-order marks, bytes that are not UTF-8) and of the tree (keys set
 * to hostile values, runs multiplied, surfaces replaced). Each file is either refused in one line of plain
 * words (every fourth refusal also by {@code gdlab render}: the same line, status 2, no file left behind), or
 * accepted: then it saves and reads back to the same scenario and {@code gdlab render} draws it small (64×36,
 * at most 2,000 steps per run).
 */
class ScenarioFileFuzzTest {

    private static final int CASES = 2000;
    private static final long SEED = 0x5ce7a210L;
    private static final int MAX_STEPS = 2000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    /** a JSON string (possessive, so that long strings do not overflow the regex engine's stack) */
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]++|\\\\.)*+\"");

    private static final String[] NUMBERS = {"0", "-0", "1", "-1", "0.5", "1e-320", "1e-10", "5e-10", "1e-9", "1e9",
        "1.5e9", "1e12", "1.0000001e12", "-1e12", "1e300", "-1e308", "1e308", "1.7976931348623157e308", "1e999",
        "-1e999", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "99999999999999999999",
        "1000000", "1000001", "2000", "16", "17", "50", "51", "4", "3.5", "NaN", "Infinity", "-Infinity", "01",
        ".5", "1.", "+1", "0x10", "1e", "\"1\"", "true", "null", "[]", "{}", "\"NaN\"", "[[[[[[1]]]]]]"};
    private static final String[] STRINGS = {"", " ", "gd", "adam", "newton", "normalized", "sgd", "quadratic",
        "rosenbrock", "six-hump-camel", "x^2+y^2", "sqrt(x)", "log(x*y)", "1/(x-y)", "x^999", "exp(exp(x))",
        "sin(x)*1e308", "0/0", "#ff0000", "#fff", "red", "viridis", "magma", "log", "linear", "constant",
        "step:10:0.5", "exp:0.9", "inv:0.05", "cosine:100:0.001", "cosine:0", "step:0:0", "known-points",
        "gradient-field", "heatmap", "é", "😀", "\\u0000", "\\ud800", "\\n", "a\\tb", "é".repeat(3000),
        "gdlab-scenario", "\\\"", "(", "2 x y", "\\u0007bell"};
    private static final String[] FORMULAS = {"x^2+y^2", "sqrt(x)", "log(x*y)", "1/(x-y)", "x^999", "exp(exp(x))",
        "sin(x)*1e308", "0/0", "x", "(1-x)^2 + 100(y-x^2)^2", "abs(x)+abs(y)", "1e308*x^2", "-x^2-y^2", "floor(x)",
        "atan2(y,x)", "x^2 + system(1)", "sinn(x)", "", "(((x)))", "max(x, y) - min(x, y)"};
    private static final String[] TOP_KEYS = {"format", "version", "title", "caption", "surface", "view", "start",
        "max_steps", "runs", "color_map", "level_spacing", "level_count", "overlays", "bogus"};
    private static final String[] RUN_KEYS = {"label", "optimizer", "learning_rate", "hyperparameters", "schedule",
        "warmup", "clip", "noise", "seed", "color", "start", "max_steps", "tolerance", "bogus"};
    private static final String[] INSERTED = {"{", "}", "[", "]", ",", ":", "\"", "\\", "0", "9", "e", "-", ".", " ",
        "\n", "\t", "\u0000", "\uFEFF", "é", "😀", "'", "/", "*", "n", "\u2028"};
    private static final double[] VALUES = {0, -0.0, 1, -1, 0.5, 1e-320, 1e-10, 5e-10, 1e-9, 1e9, 1e12, 1.0000001e12,
        1e300, -1e308, Double.MAX_VALUE, 2147483648.0, 1_000_000, 1_000_001, 2000, 16, 17, 50, 51, 4, 3.5, 0.001};

    @TempDir
    Path dir;

    @Test
    void twoThousandMutatedScenarioFilesRenderOrAreRefusedCleanly() throws Exception {
        List<String> bases = new ArrayList<>();
        for (Lesson l : Lessons.all()) {
            bases.add(ScenarioJson.write(l.scenario()));
        }
        bases.add(Files.readString(Path.of("src/examples/rosenbrock-race.gdlab.json")));
        SplittableRandom random = new SplittableRandom(SEED);
        int accepted = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] bytes = mutated(bases.get(random.nextInt(bases.size())), random);
            if (outcome(i, bytes)) {
                accepted++;
            }
        }
        assertTrue(accepted >= CASES / 6 && accepted <= CASES * 5 / 6, "a useful mix: " + accepted + " of " + CASES + " accepted");
    }

    /** @return true when the file was accepted (and rendered), false when it was refused */
    private boolean outcome(int i, byte[] bytes) throws Exception {
        Path caseDir = Files.createDirectory(dir.resolve("case" + i));
        Path file = Files.write(caseDir.resolve("s.gdlab.json"), bytes);
        Path png = caseDir.resolve("s.png");
        String text = new String(bytes, StandardCharsets.UTF_8);
        String what = "case " + i + ": " + (text.length() > 3000 ? text.substring(0, 3000) + "…" : text);
        Scenario scenario;
        try {
            scenario = ScenarioFiles.open(file);
        } catch (ScenarioException e) {
            String message = e.getMessage();
            assertEquals(1, message.lines().count(), what + "\n" + message);
            assertFalse(CleanEnds.FOREIGN_WORDS.matcher(message).find(), what + "\n" + message);
            if (i % 4 != 0) {
                return false; // every fourth refusal also goes through the command line: the same line, no file
            }
            CliResult r = CliResult.run("render", "--scenario", file.toString(), "--png", png.toString(),
                    "--width", "64", "--height", "36");
            assertTrue(CleanEnds.successOrCleanRefusal(what, r));
            assertEquals(List.of(ErrorReporting.oneLine("gdlab render: cannot open " + file + ": " + message)), r.errLines(), what);
            assertEquals(List.of(file), CleanEnds.listing(caseDir), what + "\nno file is left behind");
            return false;
        }
        List<ScenarioRun> runs = new ArrayList<>();
        for (ScenarioRun run : scenario.runs()) {
            runs.add(run.withConfig(run.config().withMaxSteps(Math.min(run.config().maxSteps(), MAX_STEPS))));
        }
        Scenario small = scenario.withRuns(runs);
        String smallText = ScenarioJson.write(small);
        assertEquals(small, ScenarioJson.read(smallText), what + "\nsaves and reads back");
        Path smallFile = Files.writeString(caseDir.resolve("small.gdlab.json"), smallText);
        CliResult r = CliResult.run("render", "--scenario", smallFile.toString(), "--png", png.toString(),
                "--width", "64", "--height", "36");
        assertFalse(CleanEnds.successOrCleanRefusal(what, r), what + "\n" + r.err());
        assertEquals(List.of("wrote " + png + " (PNG, 64×36)"), r.outLines(), what);
        for (String line : r.errLines()) {
            assertTrue(line.startsWith("run ") && line.contains(" diverged at step 0: the start itself cannot be used ("),
                    what + "\n" + line);
        }
        assertEquals(List.of(file, png, smallFile), CleanEnds.listing(caseDir), what);
        return true;
    }

    // ---- mutations ------------------------------------------------------------------------------------------

    private static byte[] mutated(String base, SplittableRandom random) throws Exception {
        String text = random.nextInt(10) < 4 ? treeMutated(base, random) : base;
        int edits = random.nextInt(4);
        for (int k = 0; k < edits; k++) {
            text = textMutated(text, random);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int b = random.nextInt(40);
        if (b == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) 0xFF; // not UTF-8
        } else if (b == 1) {
            byte[] bom = new byte[bytes.length + 3];
            bom[0] = (byte) 0xEF;
            bom[1] = (byte) 0xBB;
            bom[2] = (byte) 0xBF;
            System.arraycopy(bytes, 0, bom, 3, bytes.length);
            bytes = bom;
        }
        return bytes;
    }

    private static String textMutated(String t, SplittableRandom random) {
        if (t.isEmpty()) {
            return pick(INSERTED, random);
        }
        int at = random.nextInt(t.length());
        return switch (random.nextInt(10)) {
            case 0, 1 -> replaceOne(t, NUMBER, pick(NUMBERS, random), random);
            case 2, 3 -> replaceOne(t, STRING, "\"" + pick(STRINGS, random) + "\"", random);
            case 4 -> t.substring(0, at) + pick(INSERTED, random) + t.substring(at);
            case 5 -> t.substring(0, at) + t.substring(Math.min(t.length(), at + 1 + random.nextInt(3)));
            case 6 -> lines(t, random, false);
            case 7 -> lines(t, random, true);
            case 8 -> random.nextInt(4) == 0 ? t.substring(0, at) : "\uFEFF" + t;
            default -> replaceOne(t, NUMBER, "[".repeat(random.nextInt(1, 60)) + "1" + "]".repeat(random.nextInt(1, 60)), random);
        };
    }

    private static String replaceOne(String t, Pattern p, String with, SplittableRandom random) {
        Matcher m = p.matcher(t);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return t + with;
        }
        int[] s = spans.get(random.nextInt(spans.size()));
        return t.substring(0, s[0]) + with + t.substring(s[1]);
    }

    private static String lines(String t, SplittableRandom random, boolean twice) {
        List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
        int k = random.nextInt(lines.size());
        if (twice) {
            lines.add(k, lines.get(k));
        } else {
            lines.remove(k);
        }
        return String.join("\n", lines);
    }

    private static String treeMutated(String base, SplittableRandom random) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(base);
        int edits = random.nextInt(1, 4);
        for (int k = 0; k < edits; k++) {
            ArrayNode runs = root.get("runs") instanceof ArrayNode a && !a.isEmpty() ? a : null;
            ObjectNode run = runs != null && runs.get(random.nextInt(runs.size())) instanceof ObjectNode o ? o : root;
            switch (random.nextInt(8)) {
                case 0 -> root.set(pick(TOP_KEYS, random), value(random));
                case 1 -> run.set(pick(RUN_KEYS, random), value(random));
                case 2 -> object(root, "view").put(pick(new String[] {"x_min", "x_max", "y_min", "y_max"}, random), number(random));
                case 3 -> object(root, "start").put(random.nextBoolean() ? "x" : "y", number(random));
                case 4 -> {
                    ObjectNode surface = root.putObject("surface");
                    if (random.nextBoolean()) {
                        surface.put("formula", pick(FORMULAS, random));
                    } else {
                        surface.put("id", pick(SurfaceCatalog.ids().toArray(String[]::new), random));
                    }
                }
                case 5 -> {
                    int copies = random.nextInt(1, 18);
                    for (int c = 0; runs != null && c < copies; c++) {
                        runs.add(runs.get(random.nextInt(runs.size())).deepCopy());
                    }
                }
                case 6 -> run.put("learning_rate", number(random));
                default -> root.remove(pick(TOP_KEYS, random));
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** @return the object at key, made anew when the key holds something else */
    private static ObjectNode object(ObjectNode parent, String key) {
        return parent.get(key) instanceof ObjectNode o ? o : parent.putObject(key);
    }

    private static JsonNode value(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> NODES.numberNode(number(random));
            case 2, 3 -> NODES.textNode(pick(STRINGS, random).replace("\\u0000", "\u0000").replace("\\n", "\n"));
            case 4 -> random.nextBoolean() ? NODES.nullNode() : NODES.booleanNode(true);
            default -> random.nextBoolean() ? NODES.arrayNode().add(1) : NODES.objectNode().put("x", 1);
        };
    }

    private static double number(SplittableRandom random) {
        double v = VALUES[random.nextInt(VALUES.length)];
        return random.nextBoolean() ? v : -v;
    }

    private static <T> T pick(T[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }
}
