package org.gdlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gdlab.app.basin.BasinViewModel;
import org.gdlab.app.curvature.CurvatureViewModel;
import org.gdlab.app.landscape.LandscapeMesh;
import org.gdlab.app.landscape.LandscapeViewModel;
import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.race.RunModel;
import org.gdlab.app.scenario.ScenarioDocument;
import org.gdlab.app.sweep.Ghost;
import org.gdlab.app.sweep.GhostViewModel;
import org.gdlab.app.sweep.SweepViewModel;
import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.basin.BasinSpec;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every derived view (α sweep, ghost paths, curvature, basin map, 3-D landscape, formula error) is computed
 * again or cleared when anything it depends on changes: each test changes each input in turn and checks the
 * view against the run on screen. Without JavaFX; background work drained on the test thread.
 */
class FreshDerivedViewsTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel lab;
    private RaceViewModel race;
    private ScenarioDocument document;

    @BeforeEach
    void create() {
        lab = new LabViewModel(jobs.background());
        lab.plot().setPlotArea(64, 26, 400, 300);
        race = new RaceViewModel(lab);
        document = new ScenarioDocument(lab, null);
        document.attachRace(race);
        jobs.drain();
    }

    /** The main run's inputs, each changed once (in this order), File ▸ New last. */
    private Map<String, Runnable> inputs() {
        Map<String, Runnable> m = new LinkedHashMap<>();
        m.put("the start", () -> lab.setStart(-3, 1));
        m.put("the optimizer", () -> lab.optimizerProperty().set(OptimizerKind.MOMENTUM));
        m.put("a hyperparameter", () -> lab.hyperparameters().valuesProperty().set(
                lab.hyperparameters().valuesProperty().get().with("momentum", 0.5)));
        m.put("the schedule", () -> lab.scheduleProperty().set("inv:0.1"));
        m.put("the warm-up", () -> lab.warmupProperty().set(5));
        m.put("the clipping", () -> lab.clipProperty().set(3));
        m.put("the noise", () -> lab.noiseProperty().set(0.1));
        m.put("the seed", () -> lab.seedProperty().set(7));
        m.put("the step limit", () -> lab.maxStepsProperty().set(300));
        m.put("a surface parameter", () -> lab.parameters().get(0).value().set(20));
        m.put("the surface", () -> lab.selectSurface("himmelblau"));
        m.put("File ▸ New", () -> document.newScenario());
        return m;
    }

    @Test
    void theSweepIsClearedWhenTheSweptRunChangesButNotWhenAlphaDoes() {
        SweepViewModel sweep = new SweepViewModel(race);
        sweep.run();
        jobs.drain();
        assertNotNull(sweep.resultProperty().get());
        lab.learningRateProperty().set(0.05);
        jobs.drain();
        assertNotNull(sweep.resultProperty().get(), "α is what the sweep varies: the result stays");
        for (var e : inputs().entrySet()) {
            sweep.run();
            jobs.drain();
            assertNotNull(sweep.resultProperty().get(), e.getKey());
            e.getValue().run();
            jobs.drain();
            assertNull(sweep.resultProperty().get(), "cleared after a change of " + e.getKey());
            assertEquals(SweepViewModel.CHANGED, sweep.statusProperty().get(), e.getKey());
            assertTrue(sweep.limitProperty().get().isEmpty(), e.getKey());
        }
        RunModel adam = race.addRun(OptimizerKind.ADAM, 0.1);
        jobs.drain();
        sweep.run();
        jobs.drain();
        assertEquals(OptimizerKind.GD, sweep.resultProperty().get().spec().template().optimizer(), "the main run's sweep");
        race.selectedProperty().set(adam);
        jobs.drain();
        assertNull(sweep.resultProperty().get(), "another run selected: cleared");
        sweep.run();
        jobs.drain();
        assertEquals(OptimizerKind.ADAM, sweep.resultProperty().get().spec().template().optimizer());
        adam.learningRateProperty().set(0.2);
        jobs.drain();
        assertNotNull(sweep.resultProperty().get(), "the selected run's α alone keeps it");
        adam.optimizerProperty().set(OptimizerKind.RMSPROP);
        jobs.drain();
        assertNull(sweep.resultProperty().get(), "the selected run's optimizer clears it");
    }

    @Test
    void aSweepThatIsRunningWhenTheRunChangesShowsNoneOfItsPoints() {
        SweepViewModel sweep = new SweepViewModel(race);
        sweep.run();
        lab.setStart(-3, 1); // before the sweep's job has run
        jobs.drain();
        assertNull(sweep.resultProperty().get());
        assertFalse(sweep.runningProperty().get());
        assertEquals(SweepViewModel.CHANGED, sweep.statusProperty().get());
    }

    @Test
    void theGhostsAreTheMainRunsWithItsAlphaTimesTheirFactorsAfterEveryChange() {
        GhostViewModel ghosts = new GhostViewModel(lab);
        ghosts.enabledProperty().set(true);
        jobs.drain();
        Map<String, Runnable> inputs = inputs();
        inputs.put("α", () -> lab.learningRateProperty().set(0.07));
        for (var e : inputs.entrySet()) {
            e.getValue().run();
            jobs.drain();
            RunConfig main = lab.pathProperty().get().config();
            List<Ghost> list = ghosts.ghostsProperty().get();
            assertEquals(GhostViewModel.FACTORS.size(), list.size(), e.getKey());
            for (Ghost g : list) {
                RunConfig c = g.path().config();
                assertEquals(main.withLearningRate(main.learningRate() * g.factor()), c, "ghost ×" + g.factor() + " after " + e.getKey());
            }
        }
        ghosts.enabledProperty().set(false);
        jobs.drain();
        assertTrue(ghosts.ghostsProperty().get().isEmpty(), "off: no ghosts");
    }

    @Test
    void theCurvatureIsAtTheCurrentPointOfTheSelectedRunAfterEveryChange() {
        CurvatureViewModel curvature = new CurvatureViewModel(race);
        Map<String, Runnable> inputs = inputs();
        inputs.put("α", () -> lab.learningRateProperty().set(0.07));
        inputs.put("the step", () -> lab.playback().seek(3));
        for (var e : inputs.entrySet()) {
            e.getValue().run();
            jobs.drain();
            lab.playback().seek(2);
            PlannedPath p = lab.pathProperty().get();
            assertEquals(new Vec2(p.x(2), p.y(2)), curvature.pointProperty().get(), "at w_2 after " + e.getKey());
            assertEquals(lab.surfaceProperty().get().hessian(p.x(2), p.y(2)).xx(),
                    curvature.curvatureProperty().get().hessian().xx(), 0, e.getKey());
        }
        RunModel adam = race.addRun(OptimizerKind.ADAM, 0.3);
        jobs.drain();
        race.selectedProperty().set(adam);
        PlannedPath q = adam.pathProperty().get().path();
        assertEquals(new Vec2(q.x(2), q.y(2)), curvature.pointProperty().get(), "the selected raced run's w_2");
    }

    @Test
    void theBasinMapIsComputedAgainForEveryInputThatShapesItsRuns() {
        BasinViewModel basin = new BasinViewModel(lab);
        basin.resolutionProperty().set(16);
        basin.enabledProperty().set(true);
        jobs.drain();
        Map<String, Runnable> inputs = inputs();
        inputs.remove("the start"); // every start of the grid is run: the start is not an input
        inputs.put("α", () -> lab.learningRateProperty().set(0.07));
        inputs.put("the view", () -> lab.plot().zoomAbout(200, 150, 1.5));
        inputs.put("the resolution", () -> basin.resolutionProperty().set(32));
        for (var e : inputs.entrySet()) {
            BasinSpec before = basin.spec();
            e.getValue().run();
            jobs.drain();
            BasinSpec after = basin.spec();
            assertTrue(after != before, "computed again after a change of " + e.getKey());
            RunConfig now = lab.runConfig().withLearningRate(lab.learningRateProperty().get());
            RunConfig t = after.template();
            assertSame(lab.surfaceProperty().get(), t.function(), e.getKey());
            assertEquals(List.of(now.optimizer(), now.hyper(), now.learningRate(), now.scheduleSpec(), now.warmup(), now.clip(),
                    now.noise(), now.seed(), now.maxSteps()), List.of(t.optimizer(), t.hyper(), t.learningRate(), t.scheduleSpec(),
                    t.warmup(), t.clip(), t.noise(), t.seed(), t.maxSteps()), e.getKey());
            assertEquals(lab.plot().transformProperty().get().visible(), after.view(), e.getKey());
            assertEquals(basin.resolutionProperty().get(), after.nx(), e.getKey());
            assertNotNull(basin.mapProperty().get(), "and finished after " + e.getKey());
        }
    }

    @Test
    void theLandscapeShowsTheSurfaceAndPathOnScreenAndDropsAMeshBuiltForAnotherPicture() {
        LandscapeViewModel land = new LandscapeViewModel(lab);
        land.attachRace(race);
        land.shownProperty().set(true);
        jobs.drain();
        Map<String, Runnable> inputs = inputs();
        inputs.put("α", () -> lab.learningRateProperty().set(0.07));
        inputs.put("the view", () -> lab.plot().zoomAbout(200, 150, 1.5));
        inputs.put("the colour map", () -> lab.plot().colorMapProperty().set(org.gdlab.core.colormap.ColorMap.MAGMA));
        for (var e : inputs.entrySet()) {
            e.getValue().run();
            jobs.drain();
            LandscapeMesh m = land.meshProperty().get();
            assertEquals(lab.plot().pictureProperty().get().grid().view(), m.frame().view(), "the view on screen after " + e.getKey());
            PlannedPath p = lab.pathProperty().get();
            int k = Math.min(lab.playback().step(), p.size() - 1);
            assertEquals(LandscapeViewModel.position(m, p, k), land.ballProperty().get(), "the ball at w_k after " + e.getKey());
        }
        land.shownProperty().set(false);
        lab.selectSurface("rosenbrock");
        jobs.drain();
        assertNull(land.meshProperty().get(), "hidden: the mesh of the old surface is dropped");
        land.shownProperty().set(true);
        jobs.drain();
        assertEquals(lab.plot().pictureProperty().get().grid().view(), land.meshProperty().get().frame().view());
        RunModel momentum = race.addRun(OptimizerKind.MOMENTUM, Double.NaN);
        jobs.drain();
        assertEquals(2, land.tubesProperty().get().size(), "a raced run gets its tube");
        assertEquals(1, land.raceBallsProperty().get().size(), "and its ball");
        momentum.visibleProperty().set(false);
        jobs.drain();
        assertEquals(1, land.tubesProperty().get().size(), "hidden in the legend: gone from the landscape");
        assertTrue(land.raceBallsProperty().get().isEmpty());
    }

    @Test
    void aFormulaErrorDoesNotStayUnderTheSurfaceFileNewShows() {
        lab.formula().textProperty().set("x^^2");
        assertFalse(lab.formula().errorProperty().get().isEmpty());
        document.newScenario();
        jobs.drain();
        assertEquals("", lab.formula().textProperty().get());
        assertEquals("", lab.formula().errorProperty().get(), "no error under the opening quadratic");
        assertEquals(-1, lab.formula().errorStartProperty().get());
    }
}
