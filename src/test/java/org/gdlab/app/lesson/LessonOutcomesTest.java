package org.gdlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.race.RunModel;
import org.gdlab.app.scenario.ScenarioMapper;
import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.app.viewmodel.RunOutcome;
import org.gdlab.core.explain.Outcome;
import org.gdlab.core.explain.Reason;
import org.gdlab.core.explain.Status;
import org.gdlab.core.lesson.Lesson;
import org.gdlab.core.lesson.Lessons;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lesson opened in the window and played to its end: the banner (the first run) and each raced run's
 * legend entry say how the run ended, and that agrees with what the caption says. Without JavaFX: the
 * window's background work runs on the test thread when the test drains it.
 */
class LessonOutcomesTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel lab;
    private RaceViewModel race;

    @BeforeEach
    void create() {
        lab = new LabViewModel(jobs.background());
        race = new RaceViewModel(lab);
        jobs.drain();
    }

    /** What each lesson's caption says of its runs, in run order (the first is the main run). */
    static Stream<Arguments> lessons() {
        return Stream.of(
                // "with α = 0.005 … after 100 steps the point is still far out; with α = 0.1 it is within 0.01 of
                // the minimum after 30 steps": 0.99^k and 0.8^k
                Arguments.of("lr-too-small", List.of(Reason.STILL_DESCENDING, Reason.CONVERGED)),
                // "at α = 0.18 … reaches the minimum; at α = 0.22 … the run diverges": 2/λmax = 0.2
                Arguments.of("lr-too-large", List.of(Reason.REACHED_MINIMUM, Reason.STEP_TOO_LARGE)),
                // "the steps get shorter": 60 steps of factor 0.9 and 0.6 leave C falling
                Arguments.of("shrinking-steps", List.of(Reason.STILL_DESCENDING)),
                // "GD … crawls along the floor … momentum converges within the 100 steps while GD is still
                // descending": factors 0.925 for GD, at most 0.8 for momentum
                Arguments.of("zigzag-momentum", List.of(Reason.STILL_DESCENDING, Reason.CONVERGED)),
                // "it needs hundreds of steps to walk back … the point walks down the face": both still on their way
                Arguments.of("cliff-clipping", List.of(Reason.STILL_DESCENDING, Reason.STILL_DESCENDING)),
                // "keeps jumping across the floor … still chatters, but ever closer": |∇C| ≥ 1 off the minimum
                Arguments.of("schedule-nonsmooth", List.of(Reason.OSCILLATING, Reason.OSCILLATING)),
                // "keeps jittering around it … shrinks the jitter with it": noise σ = 2 never dies out
                Arguments.of("noisy-schedule", List.of(Reason.OSCILLATING, Reason.OSCILLATING)),
                // "only then slides off along y": after 55 steps C = x² − y² is still falling
                Arguments.of("saddle-point", List.of(Reason.STILL_DESCENDING)),
                // "four GD runs … end in four different minima"
                Arguments.of("himmelblau-basins", List.of(Reason.CONVERGED, Reason.CONVERGED, Reason.CONVERGED,
                        Reason.CONVERGED)),
                // "Plain GD … reaches the minimum"; normalized GD "cannot settle and hops around the minimum"
                Arguments.of("normalized-vs-gd", List.of(Reason.REACHED_MINIMUM, Reason.OSCILLATING)),
                // "Both reach the minimum in fewer steps than the fixed α": all three converge within 200 steps
                // (GD's shallow factor 1 − 0.15 = 0.85 takes it below the tolerance in about 140)
                // "cannot settle and hops around the minimum"; GD (factors 0.9, 0.6) and Armijo "converge"
                Arguments.of("size-is-not-distance", List.of(Reason.CONVERGED, Reason.OSCILLATING, Reason.CONVERGED)),
                Arguments.of("step-size-rules", List.of(Reason.CONVERGED, Reason.CONVERGED, Reason.CONVERGED)),
                // "needs more than ten steps" and "converges to the minimum in 2 steps": both converge within 100
                Arguments.of("exact-vs-cg", List.of(Reason.CONVERGED, Reason.CONVERGED)),
                // "t = 1 lands there": converged at step 3
                Arguments.of("bfgs-curvature", List.of(Reason.CONVERGED)),
                // "after 1000 steps the loss has fallen from 3.88 to 0.579, still 100 times the best fit's"
                Arguments.of("feature-scaling", List.of(Reason.STILL_DESCENDING)),
                // "as low … as the full-batch run's" (still falling slowly along the valley); "keep kicking the
                // point about the best fit" with a constant α, and the decaying α's run still jitters, less
                Arguments.of("batch-noise", List.of(Reason.STILL_DESCENDING, Reason.OSCILLATING, Reason.OSCILLATING)),
                // "Gradient descent keeps going … the loss falls towards 0"
                Arguments.of("separable-growth", List.of(Reason.STILL_DESCENDING)));
    }

    @Test
    void everyLessonIsInTheTable() {
        assertEquals(Lessons.ids(), lessons().map(a -> a.get()[0]).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void playedToItsEndTheBannerAndTheLegendSayWhatTheCaptionSays(String id, List<Reason> expected) {
        Lesson lesson = Lessons.byId(id);
        ScenarioMapper.apply(lesson.scenario(), lab, race);
        jobs.drain();
        lab.playback().seek(lab.playback().lastStepProperty().get());
        jobs.drain();
        assertEquals(expected.size() - 1, race.runs().size(), "the further runs race beside the main run");

        PlannedPath main = lab.pathProperty().get();
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(main.outcome());
        assertEquals(main.outcome().sentence(), lab.bannerProperty().get(), "the banner is the main run's sentence");
        assertEquals(RunOutcome.of(main.outcome()), lab.outcomeProperty().get());
        for (RunModel r : race.runs()) {
            Outcome o = r.pathProperty().get().path().outcome();
            outcomes.add(o);
            assertTrue(r.legend().endsWith(" — " + o.legend()), "the legend entry says how the run ends: " + r.legend());
            assertEquals(o.sentence(), r.outcomeSentence());
        }
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), outcomes.get(i).reason(), id + " run " + i + ": " + outcomes.get(i).sentence());
        }
        String caption = lesson.caption().toLowerCase(Locale.ROOT);
        assertEquals(outcomes.stream().anyMatch(o -> o.status() == Status.DIVERGED), caption.contains("diverge"),
                "the caption speaks of divergence exactly when a run diverges: " + caption);
        if (caption.contains("converge")) {
            assertTrue(outcomes.stream().anyMatch(o -> o.status() == Status.CONVERGED), caption);
        }
        if (caption.contains("reaches the minimum")) {
            assertTrue(outcomes.stream().anyMatch(o -> o.reason() == Reason.REACHED_MINIMUM), caption);
        }
        if (outcomes.stream().anyMatch(o -> o.reason() == Reason.OSCILLATING)) {
            assertTrue(caption.matches("(?s).*(jump|jitter|chatter|hops).*"), "an oscillating run is described: " + caption);
        }
    }
}
