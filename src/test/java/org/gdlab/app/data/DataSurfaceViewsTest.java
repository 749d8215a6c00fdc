package org.gdlab.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.gdlab.app.basin.BasinViewModel;
import org.gdlab.app.landscape.LandscapeFrame;
import org.gdlab.app.landscape.LandscapeMesh;
import org.gdlab.app.landscape.LandscapeViewModel;
import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.sweep.Ghost;
import org.gdlab.app.sweep.GhostViewModel;
import org.gdlab.app.sweep.SweepViewModel;
import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.core.basin.BasinClass;
import org.gdlab.core.basin.BasinMap;
import org.gdlab.core.basin.OutcomeKind;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.Dataset;
import org.gdlab.core.data.MiniBatches;
import org.gdlab.core.data.Model;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.core.surface.ViewRect;
import org.gdlab.core.sweep.SweepPoint;
import org.gdlab.core.sweep.SweepResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The α sweep, the basin map, the ghost paths and the 3-D landscape on data surfaces (linear, logistic,
 * linear2, each with and without standardized features, and with mini-batches): each computes on the data
 * cost, with values recomputed here by hand from the data ({@link HandCost}), and follows a dragged point
 * (the view is computed again on the edited cost, issue 13's "fresh state"). Without JavaFX.
 */
class DataSurfaceViewsTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel lab;
    private RaceViewModel race;
    private DataViewModel data;

    @BeforeEach
    void create() {
        lab = new LabViewModel(jobs.background());
        lab.plot().setPlotArea(64, 26, 400, 300);
        race = new RaceViewModel(lab);
        data = new DataViewModel(lab);
        jobs.drain();
    }

    static Stream<String> surfaces() {
        return Stream.of("data:cars:linear", "data:cars:linear:standardized", "data:overlapping:logistic",
                "data:overlapping:logistic:standardized", "data:correlated:linear2", "data:correlated:linear2:standardized");
    }

    private DataCost cost() {
        return (DataCost) lab.surfaceProperty().get();
    }

    /** Shows the data surface id (":standardized" through the window's switch where the chooser has no entry); GD from (0, 0). */
    private DataCost choose(String id) {
        boolean scaled = id.endsWith(":standardized");
        String base = id.replace(":standardized", "");
        lab.surfaceIdProperty().set(base);
        jobs.drain();
        if (scaled) {
            new ScalingModel(lab).set(true);
            jobs.drain();
        }
        assertEquals(scaled, cost().spec().standardize(), id);
        lab.optimizerProperty().set(OptimizerKind.GD);
        lab.setStart(0, 0);
        jobs.drain();
        return cost();
    }

    /** Drags one point with the data view's commands (a linear2 point in its feature plane) and waits for the new cost. */
    private DataCost drag() {
        DataCost before = cost();
        Dataset d = before.spec().data();
        switch (before.spec().model()) {
            case LINEAR -> data.movePoint(3, d.x1(3) + 10, d.y(3) + 60);
            case LOGISTIC -> data.movePoint(0, d.x1(0) + 1.5, 1 - d.y(0));
            case LINEAR2 -> data.moveFeatures(4, d.x1(4) + 3, d.x2(4) - 2);
        }
        jobs.drain();
        assertNotSame(before, cost(), "the edited cost is on screen");
        return cost();
    }

    private static double relative(double expected) {
        return 1e-9 * Math.abs(expected);
    }

    // ---------------------------------------------------------------- α sweep

    @ParameterizedTest
    @MethodSource("surfaces")
    void theSweepDivergesAboveTwoOverLambdaMaxOfTheDataHessianAndFollowsADrag(String id) {
        DataCost c = choose(id);
        SweepViewModel sweep = new SweepViewModel(race);
        sweep.run();
        jobs.drain();
        checkSweep(sweep, c);
        drag();
        assertNull(sweep.resultProperty().get(), "a dragged point clears the sweep of the old data");
        assertEquals(SweepViewModel.CHANGED, sweep.statusProperty().get());
        sweep.run();
        jobs.drain();
        checkSweep(sweep, cost());
    }

    /**
     * GD's limit at the start w₀ = (0, 0) is 2/λmax(∇²J(w₀)). For least squares ∇²J is the same everywhere:
     * GD converges below the limit and diverges above it. For logistic regression ∇²J ≤ ¼·mean φφᵀ, which
     * is ∇²J(0, 0) itself: below 2/λmax of it every step lowers J (the descent lemma), so no run diverges.
     */
    private void checkSweep(SweepViewModel sweep, DataCost c) {
        SweepResult r = sweep.resultProperty().get();
        assertNotNull(r);
        assertTrue(r.complete());
        assertSame(c, r.spec().template().function(), "swept on the cost on screen");
        HandCost h = HandCost.of(c);
        double limit = 2 / HandCost.lambdaMax(h.hessian(0, 0, false));
        assertEquals(limit, sweep.limitProperty().get().getAsDouble(), relative(limit), "2/λmax by hand");
        boolean quadratic = c.spec().model() != Model.LOGISTIC;
        int below = 0;
        int above = 0;
        for (SweepPoint p : r.points()) {
            if (p.learningRate() < 0.95 * limit) {
                assertFalse(p.diverged(), "α = " + p.learningRate() + " below the limit " + limit);
                below++;
            } else if (quadratic && p.learningRate() > 1.05 * limit) {
                assertTrue(p.diverged(), "α = " + p.learningRate() + " above the limit " + limit);
                above++;
            }
        }
        assertTrue(below >= 10, "the sweep reaches below the limit: " + below);
        assertTrue(!quadratic || above >= 10, "and above it: " + above);
    }

    @Test
    void aBatchSizeChangeClearsTheSweepAndTheNextSweepRunsMiniBatches() {
        choose("data:cars:linear:standardized");
        SweepViewModel sweep = new SweepViewModel(race);
        sweep.run();
        jobs.drain();
        assertNotNull(sweep.resultProperty().get());
        lab.batchProperty().set(5);
        jobs.drain();
        assertNull(sweep.resultProperty().get(), "the swept run was full-batch: cleared");
        assertEquals(SweepViewModel.CHANGED, sweep.statusProperty().get());
        sweep.run();
        jobs.drain();
        SweepResult r = sweep.resultProperty().get();
        assertEquals(5, r.spec().template().batch());
        for (SweepPoint p : List.of(r.points().get(0), r.points().get(r.points().size() / 2))) {
            Trajectory t = Simulation.run(r.spec().template().withLearningRate(p.learningRate()));
            assertEquals(t.cost(t.size() - 1), p.finalCost(), 0, "the sweep's run is the mini-batch run at that α");
        }
    }

    // ---------------------------------------------------------------- basin map

    @ParameterizedTest
    @MethodSource("surfaces")
    void theBasinMapOfAConvexDataCostIsOneBasinAtTheOptimumAndFollowsADrag(String id) {
        DataCost c = choose(id);
        useSafeStepAndManySteps(c);
        BasinViewModel basin = new BasinViewModel(lab);
        basin.resolutionProperty().set(8);
        basin.enabledProperty().set(true);
        jobs.drain();
        assertOneBasinAtTheHandOptimum(basin, c);
        DataCost after = drag();
        assertOneBasinAtTheHandOptimum(basin, after);
    }

    /** α = 1/L, L = λmax of the bound ¼·mean φφᵀ (logistic) or of the constant Hessian: every run descends to the minimum */
    private void useSafeStepAndManySteps(DataCost c) {
        lab.learningRateProperty().set(1 / HandCost.lambdaMax(HandCost.of(c).hessian(0, 0, true)));
        lab.maxStepsProperty().set(400_000);
        jobs.drain();
    }

    private void assertOneBasinAtTheHandOptimum(BasinViewModel basin, DataCost c) {
        BasinMap m = basin.mapProperty().get();
        assertNotNull(m);
        assertSame(c, m.spec().template().function(), "mapped on the cost on screen");
        assertEquals((long) m.nx() * m.ny(), m.computedCount());
        int id = m.classId(0, 0);
        for (int j = 0; j < m.ny(); j++) {
            for (int i = 0; i < m.nx(); i++) {
                assertEquals(id, m.classId(i, j), "one basin: start (" + i + ", " + j + ")");
            }
        }
        BasinClass only = m.classes().get(id);
        assertEquals(OutcomeKind.KNOWN_MINIMUM, only.kind());
        Vec2 w = HandCost.of(c).optimum();
        double tol = 1e-7 * (Math.abs(w.x()) + Math.abs(w.y()));
        assertEquals(w.x(), only.at().x(), tol, "the minimum found by hand (Newton's method on the hand-summed cost)");
        assertEquals(w.y(), only.at().y(), tol);
    }

    @Test
    void withFullSizeMiniBatchesTheBasinMapIsComputedAgainAndIsStillOneBasin() {
        DataCost c = choose("data:correlated:linear2:standardized");
        useSafeStepAndManySteps(c);
        BasinViewModel basin = new BasinViewModel(lab);
        basin.resolutionProperty().set(8);
        basin.enabledProperty().set(true);
        jobs.drain();
        int n = c.points().size();
        lab.batchProperty().set(n); // B = N: each batch is every point, reshuffled; the gradient is ∇J up to rounding
        jobs.drain();
        assertEquals(n, basin.spec().template().batch(), "the map was computed again for the batch size");
        assertOneBasinAtTheHandOptimum(basin, c);
    }

    // ---------------------------------------------------------------- ghost paths

    @ParameterizedTest
    @MethodSource("surfaces")
    void ghostPathsStepAlongTheHandGradientAndFollowADragAndTheBatch(String id) {
        DataCost c = choose(id);
        lab.learningRateProperty().set(0.2 / HandCost.lambdaMax(HandCost.of(c).hessian(0, 0, true)));
        GhostViewModel ghosts = new GhostViewModel(lab);
        ghosts.enabledProperty().set(true);
        jobs.drain();
        checkGhosts(ghosts, c, null);
        DataCost after = drag();
        checkGhosts(ghosts, after, null);
        lab.batchProperty().set(7);
        jobs.drain();
        checkGhosts(ghosts, after, new MiniBatches(after.points().size(), 7, lab.pathProperty().get().config().seed()).indices(0));
    }

    /** Each ghost's first step: w₁ = w₀ − f·α·∇J(w₀) (∇J_B over the step's batch with mini-batches), w₀ = (0, 0). */
    private void checkGhosts(GhostViewModel ghosts, DataCost c, int[] batch) {
        List<Ghost> list = ghosts.ghostsProperty().get();
        assertEquals(GhostViewModel.FACTORS.size(), list.size());
        RunConfig main = lab.pathProperty().get().config();
        HandCost h = HandCost.of(c);
        Vec2 g = batch == null ? h.gradient(0, 0) : h.gradient(0, 0, batch);
        for (Ghost ghost : list) {
            assertSame(c, ghost.path().config().function(), "ghost ×" + ghost.factor() + " runs on the cost on screen");
            assertEquals(main.batch(), ghost.path().config().batch());
            double a = main.learningRate() * ghost.factor();
            assertEquals(-a * g.x(), ghost.path().x(1), 1e-12 * Math.abs(a * g.x()) + 1e-300, "ghost ×" + ghost.factor());
            assertEquals(-a * g.y(), ghost.path().y(1), 1e-12 * Math.abs(a * g.y()) + 1e-300);
        }
    }

    // ---------------------------------------------------------------- 3-D landscape

    @ParameterizedTest
    @MethodSource("surfaces")
    void theLandscapesHeightsAreTheHandSummedCostAndFollowADrag(String id) {
        DataCost c = choose(id);
        LandscapeViewModel land = new LandscapeViewModel(lab);
        land.shownProperty().set(true);
        jobs.drain();
        checkMesh(land.meshProperty().get(), c);
        DataCost after = drag();
        checkMesh(land.meshProperty().get(), after);
    }

    /** Vertex (i, j) lies over x_i = xMin + i·(xMax − xMin)/(n − 1), y_j likewise, at the height of J(x_i, y_j) by hand. */
    private void checkMesh(LandscapeMesh m, DataCost c) {
        assertNotNull(m);
        HandCost h = HandCost.of(c);
        LandscapeFrame f = m.frame();
        ViewRect v = f.view();
        assertEquals(lab.plot().pictureProperty().get().grid().view(), v, "the view on screen");
        int n = m.n();
        double[] values = new double[n * n];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double x = v.xMin() + i * (v.xMax() - v.xMin()) / (n - 1);
                double y = v.yMin() + j * (v.yMax() - v.yMin()) / (n - 1);
                double value = h.value(x, y);
                values[j * n + i] = value;
                lo = Math.min(lo, value);
                hi = Math.max(hi, value);
            }
        }
        assertEquals(lo, f.cMin(), 1e-9 * (hi - lo), "the lowest J on the mesh");
        assertEquals(hi, f.cMax(), 1e-9 * (hi - lo), "the highest");
        for (int k = 0; k < n * n; k++) {
            assertEquals(f.sceneY(values[k]), m.points()[3 * k + 1], 1e-3, "vertex " + k);
        }
    }
}
