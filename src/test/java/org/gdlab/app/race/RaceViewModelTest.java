package org.gdlab.app.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.Faults;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.palette.RunPalette;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The race without JavaFX: its background work runs on the test thread when the test drains it. */
class RaceViewModelTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel lab;
    private RaceViewModel race;

    @BeforeEach
    void create() {
        lab = new LabViewModel(jobs.background());
        race = new RaceViewModel(lab);
        idle();
    }

    private void idle() {
        jobs.drain();
    }

    @Test
    void anEmptyRaceIsTheSingleRunOfToday() {
        assertTrue(race.runs().isEmpty());
        assertTrue(race.mainVisibleProperty().get());
        assertNull(race.selectedProperty().get());
        assertEquals(lab.updateTextProperty().get(), race.updateTextProperty().get(), "the update panel shows the main run");
        assertEquals(lab.pathProperty().get().size() - 1, lab.playback().lastStepProperty().get());
    }

    @Test
    void runsAddedAndRemoved() {
        RunModel a = race.addRun(OptimizerKind.GD, Double.NaN);
        RunModel b = race.addRun(OptimizerKind.ADAM, 0.1);
        idle();
        assertEquals(List.of(a, b), race.runs());
        assertEquals(lab.learningRateProperty().get(), a.learningRateProperty().get(), 0, "NaN means the main run's α");
        assertTrue(a.pathProperty().get() != null && b.pathProperty().get() != null, "both runs were planned");
        race.selectedProperty().set(b);
        race.removeRun(b);
        assertEquals(List.of(a), race.runs());
        assertNull(race.selectedProperty().get(), "removing the selected run selects the main run");
        race.clear();
        assertTrue(race.runs().isEmpty());
    }

    @Test
    void eightRunsHaveEightDistinctColours() {
        Set<Integer> argb = new HashSet<>();
        for (OptimizerKind k : OptimizerKind.values()) {
            argb.add(race.addRun(k, Double.NaN).color().argb());
        }
        assertEquals(RunPalette.size(), argb.size());
    }

    @Test
    void aRemovedRunsColourGoesToTheNextRun() {
        RunModel a = race.addRun(OptimizerKind.GD, Double.NaN);
        RunModel b = race.addRun(OptimizerKind.MOMENTUM, Double.NaN);
        race.addRun(OptimizerKind.ADAM, 0.1);
        race.removeRun(b);
        RunModel d = race.addRun(OptimizerKind.NEWTON, 1);
        assertEquals(b.colorIndex(), d.colorIndex(), "the free slot is reused: colours stay distinct");
        assertNotEquals(a.color(), d.color());
    }

    @Test
    void eachRunPlansWithItsOwnHyperparametersRateAndSchedule() {
        RunModel slow = race.addRun(OptimizerKind.MOMENTUM, 0.05);
        RunModel fast = race.addRun(OptimizerKind.MOMENTUM, 0.05);
        slow.hyperProperty().set(slow.hyperProperty().get().with("momentum", 0.5));
        fast.scheduleProperty().set("exp:0.99");
        idle();
        PlannedPath ps = slow.pathProperty().get().path();
        PlannedPath pf = fast.pathProperty().get().path();
        assertEquals(0.5, ps.config().hyper().get("momentum"), 0);
        assertEquals(0.9, pf.config().hyper().get("momentum"), 0);
        assertNotEquals(ps.x(5), pf.x(5), "different μ, different path");
        assertEquals(0.05 * Math.pow(0.99, 10), pf.learningRate(10), 1e-15, "the run's own schedule: α·0.99^k (rounding only)");
        assertEquals(0.05, ps.learningRate(10), 0, "the other run keeps a constant α");
        assertEquals(lab.pathProperty().get().config().start(), ps.config().start(), "same start as the main run");
    }

    @Test
    void eachRunHasItsOwnWarmupClipNoiseAndSeed() throws InterruptedException {
        lab.noiseProperty().set(0);
        RunModel noisy = race.addRun(OptimizerKind.GD, 0.05);
        noisy.noiseProperty().set(1.5);
        noisy.seedProperty().set(3);
        noisy.clipProperty().set(0.5);
        noisy.warmupProperty().set(4);
        idle();
        org.gdlab.core.sim.RunConfig main = lab.pathProperty().get().config();
        assertEquals(0, main.noise(), 0, "the main run stays noiseless");
        PlannedPath p = noisy.pathProperty().get().path();
        org.gdlab.core.sim.RunConfig own = main.withOptimizer(OptimizerKind.GD).withLearningRate(0.05).withNoise(1.5)
                .withSeed(3).withClip(0.5).withWarmup(4);
        assertEquals(own, p.config());
        org.gdlab.core.sim.Trajectory t = org.gdlab.core.sim.Simulation.run(own);
        assertEquals(t.size(), p.size());
        for (int k = 0; k < t.size(); k++) {
            assertEquals(t.x(k), p.x(k), 0, "the run's own noise, clip and warm-up at step " + k);
            assertEquals(t.y(k), p.y(k), 0, "the run's own noise, clip and warm-up at step " + k);
        }
        // warm-up: α_k = α·(k + 1)/W for k < W = 4 (row 1 has α·2/4)
        assertEquals(0.05 * 2 / 4, p.learningRate(1), 1e-17);
    }

    @Test
    void changingTheMainStartPlansEveryRunAgain() {
        RunModel r = race.addRun(OptimizerKind.ADAM, 0.1);
        idle();
        lab.setStart(1, 1);
        idle();
        assertEquals(1, r.pathProperty().get().path().x(0), 0);
        assertEquals(1, r.pathProperty().get().path().y(0), 0);
    }

    @Test
    void presetReplacesTheRaceAndHidesTheMainRun() {
        race.addRun(OptimizerKind.NEWTON, 1);
        race.applyPreset(RacePreset.GD_VS_MOMENTUM);
        idle();
        assertEquals(List.of(OptimizerKind.GD, OptimizerKind.MOMENTUM),
                race.runs().stream().map(r -> r.optimizerProperty().get()).toList());
        assertFalse(race.mainVisibleProperty().get());
        assertSame(race.runs().get(1), race.selectedProperty().get(), "the run the preset is about is selected");
        assertTrue(race.updateTextProperty().get().startsWith("Momentum"), "the update panel shows the selected run");
        for (RacePreset p : RacePreset.values()) {
            race.applyPreset(p);
            assertEquals(p.entries().size(), race.runs().size(), p.displayName());
        }
    }

    @Test
    void playbackSpansTheLongestVisibleRun() {
        race.applyPreset(RacePreset.GD_VS_NEWTON);
        idle();
        RunModel gd = race.runs().get(0);
        RunModel newton = race.runs().get(1);
        int gdLast = gd.pathProperty().get().size() - 1;
        int newtonLast = newton.pathProperty().get().size() - 1;
        assertTrue(newtonLast < gdLast, "Newton converges on a quadratic in a step or two");
        assertEquals(gdLast, lab.playback().lastStepProperty().get());
        gd.visibleProperty().set(false);
        assertEquals(newtonLast, lab.playback().lastStepProperty().get(), "hidden runs do not stretch the timeline");
    }

    @Test
    void aFailedRaceIsSaidInTheStatusLineAndTheRunsKeepTheirPaths() {
        RunModel r = race.addRun(OptimizerKind.ADAM, 0.1);
        idle();
        RacePath before = r.pathProperty().get();
        Faults faults = Faults.in(lab.background());
        faults.breakKind(RaceViewModel.FAILURE, "a run has no start");
        r.learningRateProperty().set(0.05);
        idle();
        assertEquals("Could not compute the race: a run has no start", lab.statusProperty().get());
        assertSame(before, r.pathProperty().get(), "the last good path stays");
        faults.heal();
        r.learningRateProperty().set(0.02);
        idle();
        assertEquals("", lab.statusProperty().get(), "the next plan clears the message");
        assertEquals(0.02, r.pathProperty().get().path().config().learningRate(), 0);
    }
}
