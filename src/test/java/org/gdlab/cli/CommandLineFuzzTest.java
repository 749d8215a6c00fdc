package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.gdlab.core.lesson.Lessons;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.scenario.ScenarioFiles;
import org.gdlab.core.surface.SurfaceCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1,000 argument lists generated from the options of every subcommand with valid, hostile and malformed
 * values (fixed seed): bad numbers and points, unknown names, formulas, sizes out of range, output paths
 * that are empty, a directory, under a regular file, in a missing directory, in /proc or a device. Each
 * ends in success or a clean refusal (status 2, one line of at most 300 characters, nothing on stdout) and
 * a refusal leaves no file behind. The work of a case is bounded: at most 2,000 steps, pictures of at most
 * 100×100 pixels, GIFs of at most 12 frames.
 */
class CommandLineFuzzTest {

    private static final int CASES = 1000;
    private static final long SEED = 0xa76571L;

    private static final String[] NUMBERS = {"0.1", "0.01", "1", "0", "1e-3", "2", "0.5", "1e-12", "3.5", "0.999", "-0"};
    private static final String[] BAD_NUMBERS = {"-1", "NaN", "Infinity", "-Infinity", "1e309", "0x10", "0,25", "1,2", "",
        " ", "abc", "\u0663", "1e-400", "1e308", "100", "+1"};
    private static final String[] COUNTS = {"0", "1", "10", "200", "2000", " 20 "};
    private static final String[] BAD_COUNTS = {"-1", "-5", "abc", "1.5", "2147483648", "99999999999", "", "1e3", "\u0663"};
    private static final String[] POINTS = {"0,0", "1,2", "-1.5,2", "1e300,0", "NaN,1", "1;2", "1", "1,2,3", "", "a,b",
        "1e-320,0", "-1,0", "0.5 , 0.5"};
    private static final String[] FORMULAS = {"x^2+y^2", "sqrt(x)", "log(x)", "(1-x)^2 + 100(y-x^2)^2", "sinn(x)", "x^",
        "", "1/0", "x y", "2x+3y", "exp(x^2)", "six-hump", "abs(x) + 4abs(y - x/2)", "0/0", "x^2 + system(1)", "((x)"};
    private static final String[] SCHEDULES = {"constant", "step:10:0.5", "exp:0.99", "inv:0.05", "cosine:100",
        "cosine:100:0.001", "step:10", "linear:3", "", "exp:NaN", "cosine:0"};
    private static final String[] PARAMS = {"kappa=10", "theta=30", "kappa=0.5", "kapa=3", "kappa", "=3", "kappa=NaN", "theta=1e9"};
    private static final String[] FORMATS = {"csv", "json", "xml", "", "CSV"};
    private static final String[] WIDTHS = {"16", "64", "100"};
    private static final String[] HEIGHTS = {"16", "36", "100"};
    private static final String[] BAD_SIZES = {"15", "3841", "2161", "0", "-1", "abc", ""};
    private static final String[] FRAMES = {"2", "5", "12"};
    private static final String[] BAD_FRAMES = {"1", "1001", "abc", "0"};
    private static final String[] FRAME_MS = {"20", "80", "10000"};
    private static final String[] BAD_FRAME_MS = {"19", "10001", "x"};
    private static final String[] JUNK = {"--", "-", "--lr=0.1", "-x", "--debug", "extra", "--help", "--function", "-h",
        "--version", "\u0000", "--steps=5"};

    @TempDir
    Path dir;

    private Path fixtures;
    private Path notes;
    private Path scenario;
    private Path badScenario;

    @Test
    void aThousandGeneratedArgumentListsSucceedOrAreRefusedInOneLine() throws Exception {
        fixtures = Files.createDirectory(dir.resolve("fixtures"));
        notes = Files.writeString(fixtures.resolve("notes.txt"), "a regular file");
        scenario = fixtures.resolve("small.gdlab.json");
        ScenarioFiles.save(Lessons.byId("zigzag-momentum").scenario(), scenario);
        badScenario = Files.writeString(fixtures.resolve("bad.gdlab.json"), "{\"format\": NaN}");
        SplittableRandom random = new SplittableRandom(SEED);
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            Path out = Files.createDirectory(dir.resolve("case" + i));
            List<String> args = arguments(random, out);
            String what = "case " + i + ": " + args;
            CliResult r = CliResult.run(args.toArray(String[]::new));
            if (CleanEnds.successOrCleanRefusal(what, r)) {
                refused++;
                assertEquals(List.of(), CleanEnds.listing(out), what + "\nno file is left behind");
            } else {
                for (Path p : CleanEnds.listing(out)) {
                    assertTrue(!p.getFileName().toString().startsWith("."), what + "\na temporary file is left: " + p);
                }
            }
            assertEquals(List.of(badScenario, notes, scenario), CleanEnds.listing(fixtures), what);
        }
        assertTrue(refused >= CASES / 4 && refused <= CASES * 9 / 10, "a useful mix: " + refused + " of " + CASES + " refused");
    }

    private List<String> arguments(SplittableRandom random, Path out) {
        List<String> args = new ArrayList<>();
        String command = pick(new String[] {"run", "run", "run", "run", "eval", "eval", "render", "render", "render", "render",
            "functions", "lessons", random.nextBoolean() ? "bogus" : "ru"}, random);
        args.add(command);
        List<Supplier<List<String>>> options = switch (command) {
            case "run" -> runOptions(random);
            case "eval" -> List.of(
                    () -> List.of("--param", pick(PARAMS, random)),
                    () -> List.of("--format", pick(FORMATS, random)));
            case "render" -> renderOptions(random, out);
            default -> List.of(() -> List.of(pick(JUNK, random)));
        };
        List<Supplier<List<String>>> shuffled = new ArrayList<>(options);
        for (int k = shuffled.size() - 1; k > 0; k--) {
            java.util.Collections.swap(shuffled, k, random.nextInt(k + 1));
        }
        int count = random.nextInt(Math.min(9, shuffled.size() + 1));
        for (int k = 0; k < count; k++) { // distinct options, and now and then one given twice
            args.addAll(shuffled.get(k).get());
        }
        if (random.nextInt(20) == 0) {
            args.addAll(options.get(random.nextInt(options.size())).get());
        }
        if (random.nextInt(10) == 0) {
            args.add(random.nextInt(args.size() + 1), pick(JUNK, random));
        }
        if (command.equals("render")) {
            int sources = random.nextInt(16);
            if (sources < 15) {
                args.addAll(source(random, sources < 7));
            }
            if (sources == 14) {
                args.addAll(source(random, true)); // both, or one twice
            }
        }
        if (command.equals("render")) { // the work budget: small pictures
            args.addAll(List.of("--width", mostly(WIDTHS, BAD_SIZES, random), "--height", mostly(HEIGHTS, BAD_SIZES, random),
                    "--frames", mostly(FRAMES, BAD_FRAMES, random)));
        }
        if ((command.equals("run") || command.equals("eval")) && random.nextInt(8) > 0) {
            args.addAll(List.of("--function", function(random)));
        }
        if (command.equals("eval") && random.nextInt(8) > 0) {
            args.addAll(List.of("--at", pick(POINTS, random)));
        }
        if (command.equals("run") && random.nextInt(3) > 0) {
            args.addAll(List.of("--steps", mostly(COUNTS, BAD_COUNTS, random)));
        }
        return args;
    }

    private List<Supplier<List<String>>> runOptions(SplittableRandom random) {
        List<Supplier<List<String>>> o = new ArrayList<>();
        o.add(() -> List.of("--optimizer", random.nextInt(4) == 0 ? pick(new String[] {"sgd", "", "ADAM", " gd "}, random)
                : OptimizerKind.values()[random.nextInt(OptimizerKind.values().length)].id()));
        for (String name : new String[] {"--lr", "--momentum", "--beta1", "--beta2", "--eps", "--alpha", "--damping",
            "--clip", "--noise", "--tol"}) {
            o.add(() -> List.of(name, mostly(NUMBERS, BAD_NUMBERS, random)));
        }
        o.add(() -> List.of("--schedule", pick(SCHEDULES, random)));
        o.add(() -> List.of("--warmup", mostly(COUNTS, BAD_COUNTS, random)));
        o.add(() -> List.of("--seed", pick(new String[] {"0", "7", "-3", "9223372036854775807", "9223372036854775808", "x"}, random)));
        o.add(() -> List.of("--param", pick(PARAMS, random)));
        o.add(() -> List.of("--start", pick(POINTS, random)));
        o.add(() -> List.of("--format", pick(FORMATS, random)));
        return o;
    }

    private List<Supplier<List<String>>> renderOptions(SplittableRandom random, Path out) {
        List<Supplier<List<String>>> o = new ArrayList<>();
        for (String[] kind : new String[][] {{"--png", "png"}, {"--svg", "svg"}, {"--gif", "gif"}, {"--csv", "csv"}}) {
            o.add(() -> List.of(kind[0], output(random, out, kind[1])));
        }
        o.add(() -> List.of("--frame-ms", mostly(FRAME_MS, BAD_FRAME_MS, random)));
        return o;
    }

    private List<String> source(SplittableRandom random, boolean lesson) {
        if (lesson) {
            return List.of("--lesson", random.nextInt(4) == 0 ? pick(new String[] {"nope", "", "LR-TOO-LARGE"}, random)
                    : pick(Lessons.ids().toArray(String[]::new), random));
        }
        return List.of("--scenario", pick(new String[] {scenario.toString(), scenario.toString(), scenario.toString(),
            badScenario.toString(), fixtures.resolve("missing.json").toString(), fixtures.toString(), ""}, random));
    }

    private String output(SplittableRandom random, Path out, String extension) {
        return switch (random.nextInt(20)) {
            case 0 -> "";
            case 1 -> out.toString();
            case 2 -> notes.resolve("x." + extension).toString();
            case 3 -> out.resolve("no/such/x." + extension).toString();
            case 4 -> "/proc/version";
            case 5 -> "/dev/null";
            default -> out.resolve("out" + random.nextInt(3) + "." + extension).toString();
        };
    }

    private static String function(SplittableRandom random) {
        return random.nextBoolean() ? pick(SurfaceCatalog.ids().toArray(String[]::new), random) : pick(FORMULAS, random);
    }

    /** @return a valid value five times in six, otherwise a bad one */
    private static String mostly(String[] valid, String[] bad, SplittableRandom random) {
        return random.nextInt(6) > 0 ? pick(valid, random) : pick(bad, random);
    }

    private static <T> T pick(T[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }
}
