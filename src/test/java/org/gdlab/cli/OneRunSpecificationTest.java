package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gdlab.app.export.ExportService;
import org.gdlab.app.scenario.ScenarioMapper;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.contour.LevelSpacing;
import org.gdlab.core.explain.Explainer;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.scenario.ScenarioFiles;
import org.gdlab.core.scenario.ScenarioJson;
import org.gdlab.core.scenario.ScenarioRun;
import org.gdlab.core.scenario.SurfaceSpec;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.ViewRect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run specification, one trajectory: for a few hundred specifications drawn at random (fixed seed;
 * noisy, clipped, scheduled, warmed-up and diverging ones among them), the engine's trajectory is what
 * {@code gdlab run} prints, what {@code gdlab render --csv} of the same run saved as a scenario file prints,
 * what the window plans after opening that file, and what the window's CSV export writes, bit for bit; the
 * scenario file reads back to the same specification, and a diverging run's sentence is the same on the
 * command line as in the engine.
 */
class OneRunSpecificationTest {

    private static final int SPECS = 240;
    private static final String[] SCHEDULES = {"constant", "inv:0.05", "exp:0.99", "step:20:0.5", "cosine:50:0.001"};

    @TempDir
    static Path dir;
    private static LabViewModel vm;

    @BeforeAll
    static void window() {
        vm = new LabViewModel(Runnable::run);
    }

    @AfterAll
    static void close() {
        vm.shutdown();
    }

    /** A surface by its command-line words and its scenario spec. */
    private record Place(SurfaceSpec spec, List<String> words) {
    }

    private static Place place(SplittableRandom r) {
        return switch (r.nextInt(6)) {
            case 0 -> {
                double kappa = 1 + r.nextInt(50);
                double theta = -60 + r.nextInt(121);
                yield new Place(new SurfaceSpec.Builtin("quadratic", Map.of("kappa", kappa, "theta", theta)),
                        List.of("--function", "quadratic", "--param", "kappa=" + kappa, "--param", "theta=" + theta));
            }
            case 1 -> builtin("rosenbrock");
            case 2 -> builtin("himmelblau");
            case 3 -> builtin("saddle");
            case 4 -> builtin("cliff");
            default -> new Place(new SurfaceSpec.Formula("(x-1)^2 + 3*y^2 + 0.5*sin(2*x)"),
                    List.of("--function", "(x-1)^2 + 3*y^2 + 0.5*sin(2*x)"));
        };
    }

    private static Place builtin(String id) {
        return new Place(SurfaceSpec.Builtin.of(id), List.of("--function", id));
    }

    /** A random run on s with the command-line words that ask for it. */
    private static RunConfig draw(SplittableRandom r, Surface s, List<String> words) {
        OptimizerKind[] kinds = OptimizerKind.values();
        OptimizerKind k = kinds[r.nextInt(kinds.length)];
        if (k.hyperparameter("cstar").isPresent() && Double.isNaN(RunConfig.knownMinimumValue(s))) {
            k = OptimizerKind.GD;
        }
        boolean deterministic = k.choosesStepLength();
        ViewRect v = s.description().view();
        Vec2 start = new Vec2(v.xMin() + r.nextDouble() * (v.xMax() - v.xMin()),
                v.yMin() + r.nextDouble() * (v.yMax() - v.yMin()));
        // α from 1e-4 to 10 on a log scale: small, instructive and diverging rates
        double lr = Math.pow(10, -4 + 5 * r.nextDouble());
        RunConfig c = RunConfig.of(s, start, k, lr);
        words.addAll(List.of("--optimizer", k.id(), "--start", start.x() + "," + start.y(), "--lr", Double.toString(lr)));
        if (k == OptimizerKind.MOMENTUM || k == OptimizerKind.NESTEROV) {
            double mu = r.nextDouble() * 0.99;
            c = c.withHyper(Hyperparameters.defaults(k).with("momentum", mu));
            words.addAll(List.of("--momentum", Double.toString(mu)));
        }
        String schedule = SCHEDULES[r.nextInt(SCHEDULES.length)];
        if (!deterministic) {
            c = c.withSchedule(schedule);
            words.addAll(List.of("--schedule", schedule));
        }
        if (r.nextInt(3) == 0 && !deterministic) {
            int w = 2 + r.nextInt(20);
            c = c.withWarmup(w);
            words.addAll(List.of("--warmup", Integer.toString(w)));
        }
        if (r.nextInt(3) == 0) {
            double clip = 0.1 + 5 * r.nextDouble();
            c = c.withClip(clip);
            words.addAll(List.of("--clip", Double.toString(clip)));
        }
        if (r.nextInt(3) == 0 && !deterministic) {
            double noise = 3 * r.nextDouble();
            long seed = r.nextLong();
            c = c.withNoise(noise).withSeed(seed);
            words.addAll(List.of("--noise", Double.toString(noise), "--seed", Long.toString(seed)));
        }
        int steps = 1 + r.nextInt(300);
        c = c.withMaxSteps(steps);
        words.addAll(List.of("--steps", Integer.toString(steps)));
        return c;
    }

    @Test
    void theSameSpecificationGivesTheSameTrajectoryEverywhere() throws Exception {
        SplittableRandom random = new SplittableRandom(20261206);
        int diverged = 0;
        int noisy = 0;
        for (int i = 0; i < SPECS; i++) {
            Place p = place(random);
            Surface s = p.spec().create();
            List<String> words = new ArrayList<>(List.of("run"));
            words.addAll(p.words());
            RunConfig spec = draw(random, s, words);
            String what = "spec " + i + ": " + String.join(" ", words);
            Trajectory expected = Simulation.run(spec);
            diverged += expected.end() instanceof Diverged ? 1 : 0;
            noisy += spec.noise() > 0 ? 1 : 0;

            // gdlab run
            CliResult run = CliResult.run(words.toArray(String[]::new));
            assertEquals(0, run.status(), what + "\n" + run.err());
            assertRows(expected, run.outLines(), 0, what + " (run)");
            assertEquals(Explainer.explain(expected).sentence(), run.err().strip(), what + " (the stderr line)");

            // the same run as a scenario file: reads back to the same specification; render --csv draws it
            Scenario scenario = new Scenario("", "", p.spec(), s.description().view(), List.of(ScenarioRun.of(spec)),
                    ColorMap.defaultMap(), LevelSpacing.LINEAR, 20, Set.of());
            Scenario back = ScenarioJson.read(ScenarioJson.write(scenario));
            assertTrue(ScenarioRun.sameSettings(spec, back.runs().get(0).config()), what + " (file)");
            Path file = dir.resolve("s" + i + ".gdlab.json");
            ScenarioFiles.save(scenario, file);
            Path csv = dir.resolve("s" + i + ".csv");
            CliResult render = CliResult.run("render", "--scenario", file.toString(), "--csv", csv.toString());
            assertEquals(0, render.status(), what + "\n" + render.err());
            assertRows(expected, Files.readAllLines(csv), 1, what + " (render --csv)");

            // the window: opening the file plans the same path, and its CSV export writes it
            if (i % 4 == 0) {
                ScenarioMapper.apply(back, vm);
                assertTrue(vm.awaitIdle(30, TimeUnit.SECONDS));
                assertTrue(ScenarioRun.sameSettings(spec, vm.runConfig()), what + " (window settings)");
                PlannedPath planned = vm.pathProperty().get();
                assertEquals(expected.size(), planned.size(), what + " (window rows)");
                for (int k = 0; k < expected.size(); k++) {
                    assertEquals(expected.x(k), planned.x(k), 0.0, what + " window x at " + k);
                    assertEquals(expected.y(k), planned.y(k), 0.0, what + " window y at " + k);
                }
                assertEquals(expected.end(), planned.end(), what + " (window end)");
                Path exported = dir.resolve("w" + i + ".csv");
                ExportService.csv(ScenarioMapper.capture(vm, back), exported);
                assertRows(expected, Files.readAllLines(exported), 1, what + " (window CSV export)");
            }
        }
        assertTrue(diverged >= SPECS / 10, "enough diverging runs were drawn: " + diverged);
        // a third of draws can be noisy, and only for the half of the optimizers that take noise
        assertTrue(noisy >= SPECS / 10, "enough noisy runs were drawn: " + noisy);
    }

    @Test
    void whereARunDivergesDoesNotDependOnTheViewShown() throws Exception {
        // the example: κ = 10, θ = 30°, α = 0.25 > 2/λmax = 0.2 from (−4.5, 2), drawn in two views
        SurfaceSpec spec = new SurfaceSpec.Builtin("quadratic", Map.of("kappa", 10.0, "theta", 30.0));
        Surface s = spec.create();
        RunConfig run = RunConfig.of(s, new Vec2(-4.5, 2), OptimizerKind.GD, 0.25);
        List<List<String>> csvs = new ArrayList<>();
        for (ViewRect view : List.of(new ViewRect(-7, 7, -5, 5), new ViewRect(-700, 700, -500, 500))) {
            Scenario scenario = new Scenario("", "", spec, view, List.of(ScenarioRun.of(run)), ColorMap.defaultMap(),
                    LevelSpacing.LINEAR, 20, Set.of());
            Path file = dir.resolve("view" + csvs.size() + ".gdlab.json");
            ScenarioFiles.save(scenario, file);
            Path csv = dir.resolve("view" + csvs.size() + ".csv");
            assertEquals(0, CliResult.run("render", "--scenario", file.toString(), "--csv", csv.toString()).status());
            csvs.add(Files.readAllLines(csv));
        }
        assertEquals(csvs.get(0), csvs.get(1));
        // the error along the steep axis grows by |1 − αλmax| = 1.5 per step: from about 1 it passes the
        // bound 1e4·√50 ≈ 7.07e4 after about log(7.07e4)/log(1.5) ≈ 27.5 steps, whatever the view
        Trajectory t = Simulation.run(run);
        assertTrue(t.end() instanceof Diverged);
        assertTrue(t.size() > 20 && t.size() < 40, "rows: " + t.size());
    }

    @Test
    void theNoiseSeedHasOneDefaultEverywhere() throws Exception {
        LabViewModel fresh = new LabViewModel(Runnable::run);
        try {
            assertEquals(RunConfig.DEFAULT_SEED, fresh.seedProperty().get(), "the window");
        } finally {
            fresh.shutdown();
        }
        Surface sphere = SurfaceSpec.Builtin.of("sphere").create();
        RunConfig noisy = RunConfig.of(sphere, new Vec2(1, 1), OptimizerKind.GD, 0.1).withNoise(0.5).withMaxSteps(20);
        CliResult run = CliResult.run("run", "--function", "sphere", "--start", "1,1", "--lr", "0.1", "--noise", "0.5",
                "--steps", "20");
        assertRows(Simulation.run(noisy), run.outLines(), 0, "the command line without --seed");
        String file = ScenarioJson.write(new Scenario("", "", SurfaceSpec.Builtin.of("sphere"), ViewRect.square(2),
                List.of(ScenarioRun.of(noisy.withSeed(99))), ColorMap.defaultMap(), LevelSpacing.LINEAR, 20, Set.of()))
                .replaceAll(",\\s*\"seed\" : 99", "");
        assertTrue(!file.contains("seed"), file);
        assertEquals(RunConfig.DEFAULT_SEED, ScenarioJson.read(file).runs().get(0).config().seed(), "a file without a seed");
    }

    /** Every row of the CSV (after the header, from the given column) is the trajectory's row, exactly. */
    private static void assertRows(Trajectory t, List<String> lines, int firstColumn, String what) {
        assertEquals(t.size() + 1, lines.size(), what + ": rows");
        for (int k = 0; k < t.size(); k++) {
            String[] f = lines.get(k + 1).split(",");
            assertEquals(Integer.toString(k), f[firstColumn], what + ": step");
            double[] want = {t.x(k), t.y(k), t.cost(k), t.gradient(k).x(), t.gradient(k).y(), t.learningRate(k)};
            for (int j = 0; j < want.length; j++) {
                double got = Double.parseDouble(f[firstColumn + 1 + j].toLowerCase(Locale.ROOT));
                assertEquals(want[j], got, 0.0, what + ": row " + k + " column " + j);
            }
        }
    }
}
