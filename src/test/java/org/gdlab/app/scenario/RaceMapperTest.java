package org.gdlab.app.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.race.RunModel;
import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.core.lesson.Lesson;
import org.gdlab.core.lesson.Lessons;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.scenario.ScenarioRun;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.scenario.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scenario runs[1..] ↔ race runs, without JavaFX: what is opened races, and what races is saved. */
class RaceMapperTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel vm;
    private RaceViewModel race;

    @BeforeEach
    void setUp() {
        vm = new LabViewModel(jobs.background());
        race = new RaceViewModel(vm);
    }

    static Stream<Lesson> lessons() {
        return Lessons.all().stream();
    }

    private static Lesson lesson(String id) {
        return Lessons.all().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    private static Scenario withShownOverlays(Scenario s) {
        Set<String> o = new TreeSet<>(s.overlays());
        o.addAll(ScenarioMapper.ALWAYS_SHOWN);
        return s.withOverlays(o);
    }

    @Test
    void openingZigzagMomentumRacesItsMomentumRunBesideTheMainRun() {
        Scenario s = lesson("zigzag-momentum").scenario();
        ScenarioMapper.apply(s, vm, race);
        assertEquals(1, race.runs().size());
        RunModel m = race.runs().get(0);
        RunConfig spec = s.runs().get(1).config();
        assertEquals(OptimizerKind.MOMENTUM, m.optimizerProperty().get());
        // the lesson's μ is set after the optimizer (which resets it), so it must survive exactly
        assertEquals(spec.hyper().get("momentum"), m.hyperProperty().get().get("momentum"), 0.0);
        assertEquals(0.5, m.hyperProperty().get().get("momentum"), 0.0);
        assertEquals(spec.learningRate(), m.learningRateProperty().get(), 0.0);
        assertTrue(race.mainVisibleProperty().get());
        assertEquals(OptimizerKind.GD, vm.optimizerProperty().get());
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyLessonIsCapturedFromTheRaceAsItWasOpened(Lesson lesson) {
        Scenario s = lesson.scenario();
        ScenarioMapper.apply(s, vm, race);
        assertEquals(s.runs().size() - 1, race.runs().size());
        assertEquals(withShownOverlays(s), ScenarioMapper.capture(vm, race, s));
    }

    @Test
    void himmelblauRunsStartAtTheirOwnStartPoints() {
        Scenario s = lesson("himmelblau-basins").scenario();
        ScenarioMapper.apply(s, vm);
        jobs.drain();
        RaceMapper.apply(s, race);
        jobs.drain();
        for (int i = 0; i < race.runs().size(); i++) {
            Vec2 own = s.runs().get(i + 1).config().start();
            RunModel m = race.runs().get(i);
            assertEquals(own, m.startProperty().get());
            // the planned path's first point is w_0 itself (copied, not computed)
            assertEquals(own.x(), m.pathProperty().get().path().x(0), 0.0);
            assertEquals(own.y(), m.pathProperty().get().path().y(0), 0.0);
        }
    }

    @Test
    void aRunAddedToTheRaceIsSavedAndReopened() {
        Scenario s = lesson("zigzag-momentum").scenario();
        ScenarioMapper.apply(s, vm, race);
        race.addRun(OptimizerKind.ADAM, 0.1);
        race.runs().get(0).learningRateProperty().set(0.05);
        Scenario saved = ScenarioMapper.capture(vm, race, s);
        assertEquals(3, saved.runs().size());
        assertEquals("", saved.runs().get(1).label(), "a changed run loses the lesson's label");
        assertEquals(0.05, saved.runs().get(1).config().learningRate(), 0.0);
        assertEquals(s.runs().get(1).config().hyper(), saved.runs().get(1).config().hyper());
        RunConfig added = saved.runs().get(2).config();
        assertEquals(ScenarioRun.of(RunConfig.of(added.function(), s.start(), OptimizerKind.ADAM, 0.1)
                .withMaxSteps(s.maxSteps())), saved.runs().get(2), "an added run has the specification's defaults");

        LabViewModel vm2 = new LabViewModel(jobs.background());
        RaceViewModel race2 = new RaceViewModel(vm2);
        ScenarioMapper.apply(saved, vm2, race2);
        assertEquals(saved, ScenarioMapper.capture(vm2, race2, saved));
        assertEquals(List.of(OptimizerKind.MOMENTUM, OptimizerKind.ADAM),
                race2.runs().stream().map(r -> r.optimizerProperty().get()).toList());
    }

    @Test
    void openingASingleRunScenarioEmptiesTheRace() {
        ScenarioMapper.apply(lesson("zigzag-momentum").scenario(), vm, race);
        race.mainVisibleProperty().set(false);
        Scenario single = Scenario.of(org.gdlab.core.scenario.SurfaceSpec.Builtin.of(LabViewModel.DEFAULT_SURFACE));
        ScenarioMapper.apply(single, vm, race);
        assertTrue(race.runs().isEmpty());
        assertTrue(race.mainVisibleProperty().get());
        assertNull(race.selectedProperty().get());
    }

    @Test
    void aRunAddedAfterARemovalKeepsItsScreenColourInTheScenarioAndInEveryExport() {
        RunModel a = race.addRun(OptimizerKind.GD, 0.1);
        RunModel b = race.addRun(OptimizerKind.MOMENTUM, 0.1);
        RunModel c = race.addRun(OptimizerKind.ADAM, 0.1);
        race.removeRun(a);
        RunModel d = race.addRun(OptimizerKind.RMSPROP, 0.1); // the first free slot: a's vermillion, listed last
        jobs.drain();
        assertEquals(List.of(b, c, d), race.runs());
        assertEquals(0xFFD55E00, d.color().argb(), "the window gives the new run the freed vermillion");
        Scenario saved = ScenarioMapper.capture(vm, race, Scenario.of(org.gdlab.core.scenario.SurfaceSpec.Builtin.of(
                LabViewModel.DEFAULT_SURFACE)));
        List<RunModel> models = List.of(b, c, d);
        for (int i = 0; i < models.size(); i++) {
            int want = models.get(i).color().argb() & 0xFFFFFF;
            assertEquals(want, org.gdlab.render.RunColors.of(saved.runs().get(i + 1), i + 1).getRGB() & 0xFFFFFF,
                    "the export colours run " + (i + 1) + " as the window does");
        }
        // and opening the saved scenario gives every run its colour back
        RaceViewModel again = new RaceViewModel(new LabViewModel(jobs.background()));
        ScenarioMapper.apply(saved, new LabViewModel(jobs.background()), again);
        for (int i = 0; i < models.size(); i++) {
            assertEquals(models.get(i).color(), again.runs().get(i).color(), "run " + (i + 1) + " reopened");
        }
    }
}
