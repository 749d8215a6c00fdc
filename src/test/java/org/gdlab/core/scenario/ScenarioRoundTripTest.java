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
        RunSpec run = RunSpec.of(OptimizerKind.ADAM, 0.0123456789)
                .withLabel("mine")
                .withHyper(org.gdlab.core.optim.Hyperparameters.defaults(OptimizerKind.ADAM).with("beta1", 0.8).with("eps", 1e-7))
                .withSchedule("cosine:100:0.001")
                .withWarmup(10)
                .withClip(2.5)
                .withNoise(0.3)
                .withSeed(-123456789012345L)
                .withColor("#A1B2C3")
                .withStart(new Vec2(0.1, -1.0 / 3));
        Scenario s = new Scenario("Title \"quoted\"", "Caption with ünïcode α ∇C\nand a newline",
                new SurfaceSpec.Formula("(1-x)^2 + 100(y-x^2)^2"), new ViewRect(-2, 2.5, -1, 3), new Vec2(-1.5, 2),
                1_000_000, List.of(run, RunSpec.of(OptimizerKind.NEWTON, 1)), ColorMap.MAGMA, LevelSpacing.LOG, 50,
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
    void conversionGivesOneRunConfigPerRunWithTheSharedOrOwnStart() {
        Scenario s = Lessons.byId("himmelblau-basins").scenario();
        List<RunConfig> configs = s.runConfigs();
        assertEquals(4, configs.size());
        assertEquals(new Vec2(0.5, 0.5), configs.get(0).start());
        assertEquals(200, configs.get(0).maxSteps());
        Scenario shared = Lessons.byId("lr-too-large").scenario();
        for (RunConfig c : shared.runConfigs()) {
            assertEquals(shared.start(), c.start());
            assertEquals(RunConfig.divergenceRadiusFor(shared.view()), c.divergenceRadius());
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
