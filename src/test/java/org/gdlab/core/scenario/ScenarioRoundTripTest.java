package org.gdlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.contour.LevelSpacing;
import org.gdlab.core.lesson.Lesson;
import org.gdlab.core.lesson.Lessons;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.ViewRect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioRoundTripTest {

    @TempDir
    Path dir;

    static Stream<Lesson> lessons() {
        return Lessons.all().stream();
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyLessonSavesAndOpensAsTheSameScenario(Lesson lesson) throws Exception {
        Path file = dir.resolve(lesson.id() + ScenarioFiles.EXTENSION);
        ScenarioFiles.save(lesson.scenario(), file);
        assertEquals(lesson.scenario(), ScenarioFiles.open(file));
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void writingIsDeterministic(Lesson lesson) throws Exception {
        String once = ScenarioJson.write(lesson.scenario());
        assertEquals(once, ScenarioJson.write(ScenarioJson.read(once)));
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() throws Exception {
        SurfaceSpec spec = new SurfaceSpec.Formula("(1-x)^2 + 100(y-x^2)^2");
        org.gdlab.core.surface.Surface f = spec.create();
        RunConfig run = RunConfig.of(f, new Vec2(0.1, -1.0 / 3), OptimizerKind.ADAM, 0.0123456789)
                .withHyper(org.gdlab.core.optim.Hyperparameters.defaults(OptimizerKind.ADAM).with("beta1", 0.8).with("eps", 1e-7))
                .withSchedule("cosine:100:0.001")
                .withWarmup(10)
                .withClip(2.5)
                .withNoise(0.3)
                .withSeed(-123456789012345L)
                .withMaxSteps(1_000_000)
                .withTolerance(1e-6);
        RunConfig newton = RunConfig.of(f, new Vec2(-1.5, 2), OptimizerKind.NEWTON, 1).withMaxSteps(777);
        Scenario s = new Scenario("Title \"quoted\"", "Caption with ünïcode α ∇C\nand a newline",
                spec, new ViewRect(-2, 2.5, -1, 3),
                List.of(new ScenarioRun("mine", "#A1B2C3", run), ScenarioRun.of(newton)), ColorMap.MAGMA, LevelSpacing.LOG, 50,
                Set.of(Overlays.GHOST_PATHS, Overlays.GRADIENT_FIELD));
        Scenario back = ScenarioJson.read(ScenarioJson.write(s));
        assertEquals(s, back);
        assertEquals("#a1b2c3", back.runs().get(0).color());
    }

    @Test
    void builtinParametersRoundTrip() throws Exception {
        Scenario s = Scenario.of(new SurfaceSpec.Builtin("quadratic", Map.of("kappa", 37.5, "theta", -12.0)));
        assertEquals(s, ScenarioJson.read(ScenarioJson.write(s)));
    }

    @Test
    void theFileIsReadableVersionedJsonWithSnakeCaseKeys() throws IOException {
        Path file = dir.resolve("s.json");
        ScenarioFiles.save(Lessons.byId("cliff-clipping").scenario(), file);
        String text = Files.readString(file);
        assertTrue(text.contains("\"format\" : \"gdlab-scenario\""), text);
        assertTrue(text.contains("\"version\" : 1"), text);
        assertTrue(text.contains("\"learning_rate\" : 0.1"), text);
        assertTrue(text.contains("\"level_spacing\" : \"log\""), text);
        assertTrue(text.lines().count() > 20, "pretty-printed");
    }

    @Test
    void savingReplacesAnOldFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("s.json");
        ScenarioFiles.save(Lessons.byId("lr-too-small").scenario(), file);
        ScenarioFiles.save(Lessons.byId("saddle-point").scenario(), file);
        assertEquals(Lessons.byId("saddle-point").scenario(), ScenarioFiles.open(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void conversionGivesOneRunConfigPerRunWithTheSharedOrOwnStartAndTheSurfacesEscapeBound() {
        Scenario s = Lessons.byId("himmelblau-basins").scenario();
        List<RunConfig> configs = s.runConfigs();
        assertEquals(4, configs.size());
        assertEquals(new Vec2(0.5, 0.5), configs.get(0).start());
        assertEquals(200, configs.get(0).maxSteps());
        Scenario shared = Lessons.byId("lr-too-large").scenario();
        for (RunConfig c : shared.runConfigs()) {
            assertEquals(shared.start(), c.start());
            // the quadratic's default view is [-5, 5]²: 1e4 · √50 = 7.07e4, whatever the scenario's view
            assertEquals(1e4 * Math.sqrt(50), c.escapeBound(), 1e-9);
        }
    }

    @Test
    void everyJsonExampleInTheFormatDocumentOpens() throws Exception {
        String doc = Files.readString(Path.of("src/main/resources/org/gdlab/core/scenario/scenario-format.md"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("```json\n(.*?)```", java.util.regex.Pattern.DOTALL).matcher(doc);
        int n = 0;
        while (m.find()) {
            Scenario s = ScenarioJson.read(m.group(1));
            if (n == 0) {
                assertEquals(Lessons.byId("zigzag-momentum").scenario(), s, "the documented example is the lesson as saved");
            }
            n++;
        }
        assertEquals(2, n);
    }

    @Test
    void theExampleScenarioInTheRepositoryOpens() throws Exception {
        Scenario s = ScenarioFiles.open(Path.of("src/examples/rosenbrock-race.gdlab.json"));
        assertEquals(2, s.runs().size());
        assertTrue(s.surface() instanceof SurfaceSpec.Formula);
    }
}
