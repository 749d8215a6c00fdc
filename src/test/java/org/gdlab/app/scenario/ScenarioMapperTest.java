package org.gdlab.app.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.core.lesson.Lesson;
import org.gdlab.core.lesson.Lessons;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.scenario.Overlays;
import org.gdlab.core.scenario.ScenarioRun;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.scenario.SurfaceSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scenario → view model → scenario, without JavaFX: what is applied is what is captured. */
class ScenarioMapperTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new LabViewModel(jobs.background());
    }

    static Stream<Lesson> lessons() {
        return Lessons.all().stream();
    }

    /** The window always shows these, so a captured scenario lists them. */
    private static Scenario withShownOverlays(Scenario s) {
        Set<String> o = new TreeSet<>(s.overlays());
        o.addAll(ScenarioMapper.ALWAYS_SHOWN);
        return s.withOverlays(o);
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyLessonIsCapturedAsItWasApplied(Lesson lesson) {
        Scenario s = lesson.scenario();
        ScenarioMapper.apply(s, vm);
        assertEquals(withShownOverlays(s), ScenarioMapper.capture(vm, s));
    }

    @Test
    void formulaSurfaceAndMainRunSettingsSurviveTheRoundTrip() {
        Scenario plain = Scenario.of(new SurfaceSpec.Formula("(x-1)^2 + 3*y^2"));
        RunConfig run = RunConfig.of(plain.runs().get(0).config().function(), new Vec2(-2, 1.5), OptimizerKind.MOMENTUM, 0.05)
                .withSchedule("inv:0.1").withWarmup(5).withClip(2).withNoise(0.3).withSeed(42).withMaxSteps(321);
        Scenario s = plain.withRuns(java.util.List.of(ScenarioRun.of(run))).withOverlays(Set.of(Overlays.GRADIENT_FIELD));
        ScenarioMapper.apply(s, vm);
        assertEquals(withShownOverlays(s), ScenarioMapper.capture(vm, s));
        assertEquals(5, vm.warmupProperty().get());
        assertTrue(vm.plot().gradientFieldProperty().get());
    }

    @Test
    void changingTheRateDropsTheLessonsRunLabelAndKeepsTheOtherRuns() {
        Lesson lesson = Lessons.all().stream().filter(l -> l.scenario().runs().size() > 1).findFirst().orElseThrow();
        ScenarioMapper.apply(lesson.scenario(), vm);
        vm.learningRateProperty().set(vm.learningRateProperty().get() * 0.5);
        Scenario c = ScenarioMapper.capture(vm, lesson.scenario());
        assertEquals(lesson.scenario().runs().subList(1, lesson.scenario().runs().size()), c.runs().subList(1, c.runs().size()));
        assertEquals("", c.runs().get(0).label());
        assertEquals(lesson.scenario().runs().get(0).config().learningRate() * 0.5, c.runs().get(0).config().learningRate(), 1e-15,
                "the rate read back is the double that was set");
    }

    @Test
    void changingTheMainRunsBatchDropsTheLessonsFullBatchLabel() {
        Lesson lesson = Lessons.all().stream().filter(l -> l.id().equals("batch-noise")).findFirst().orElseThrow();
        ScenarioMapper.apply(lesson.scenario(), vm);
        jobs.drain();
        vm.batchProperty().set(4);
        jobs.drain();
        Scenario c = ScenarioMapper.capture(vm, lesson.scenario());
        assertEquals(4, c.runs().get(0).config().batch());
        assertEquals("", c.runs().get(0).label(), "the lesson's \"full batch\" no longer describes the run");
    }
}
