package org.gdlab.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.viewmodel.Background;
import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.Faults;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.Problems;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.DivergenceReason;
import org.gdlab.core.sim.MaxSteps;
import org.gdlab.core.sweep.SweepPoint;
import org.gdlab.core.sweep.SweepResult;
import org.gdlab.core.sweep.SweepSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sweep and the ghost paths without JavaFX, their background work drained on the test thread. */
class SweepViewModelTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel lab;
    private RaceViewModel race;
    private SweepViewModel sweep;

    @BeforeEach
    void create() {
        lab = new LabViewModel(jobs.background());
        race = new RaceViewModel(lab);
        sweep = new SweepViewModel(race);
        jobs.drain();
    }

    @Test
    void theGridIsLogarithmicWithAtLeastSixtyValuesAroundTheStabilityLimit() {
        sweep.countProperty().set(10);
        SweepSpec spec = sweep.nextSpec();
        assertEquals(SweepViewModel.MIN_COUNT, spec.count(), "never fewer than 60 values");
        double[] a = spec.learningRates();
        // quadratic κ = 10: 2/λmax = 0.2, range [0.2/1000, 4·0.2]
        assertEquals(2e-4, a[0], 1e-15);
        assertEquals(0.8, a[a.length - 1], 1e-15);
        double ratio = a[1] / a[0];
        for (int i = 1; i < a.length; i++) {
            assertEquals(ratio, a[i] / a[i - 1], 1e-12, "equal ratios: a log grid (exp/log rounding)");
        }
    }

    @Test
    void sweepFindsDivergenceJustAboveTwoOverLambdaMax() {
        sweep.run();
        assertTrue(sweep.runningProperty().get());
        jobs.drain();
        SweepResult r = sweep.resultProperty().get();
        assertTrue(r.complete());
        assertEquals(SweepSpec.DEFAULT_COUNT, r.points().size());
        double first = r.firstDivergentRate().getAsDouble();
        double step = r.spec().learningRates()[1] / r.spec().learningRates()[0];
        // GD multiplies the steep component by |1 − 10α| per step: > 1 above 0.2, and 1000 steps of the first
        // grid value above 0.2 (≤ 7% above) grow it far past the divergence radius
        assertTrue(first > 0.2 && first <= 0.2 * step, "first divergent α " + first);
        List<double[]> regions = SweepViewModel.divergenceRegions(r);
        assertEquals(1, regions.size());
        assertTrue(regions.get(0)[0] > 0.2 / step && regions.get(0)[0] < first);
        assertEquals(0.8, regions.get(0)[1], 1e-15);
        assertEquals(0.2, sweep.limitProperty().get().getAsDouble(), 1e-12);
        assertEquals(1, sweep.progressProperty().get(), 0);
        assertFalse(sweep.runningProperty().get());
    }

    @Test
    void aMomentumSweepIsAroundTheHeavyBallLimitAndFindsDivergenceJustAboveIt() {
        lab.optimizerProperty().set(OptimizerKind.MOMENTUM);
        jobs.drain();
        double mu = lab.pathProperty().get().config().hyper().get("momentum");
        // heavy ball on a quadratic: the error along λ follows e ← (1 + μ − αλ)e − μe', stable iff αλ < 2(1 + μ);
        // the quadratic's λmax is κ = 10
        double limit = 2 * (1 + mu) / 10;
        SweepSpec spec = sweep.nextSpec();
        assertEquals(limit / 1000, spec.minRate(), 1e-12 * limit);
        assertEquals(4 * limit, spec.maxRate(), 1e-12 * limit);
        sweep.run();
        jobs.drain();
        SweepResult r = sweep.resultProperty().get();
        double first = r.firstDivergentRate().getAsDouble();
        double step = r.spec().learningRates()[1] / r.spec().learningRates()[0];
        assertTrue(first > limit && first <= limit * step, "first divergent α " + first + ", limit " + limit);
        assertEquals(limit, sweep.limitProperty().get().getAsDouble(), 1e-12);
        assertEquals("2(1+μ)/λmax", sweep.limitLabelProperty().get());
        assertTrue(sweep.statusProperty().get().contains("around momentum's stability limit 2(1+μ)/λmax = "),
                sweep.statusProperty().get());
    }

    @Test
    void anAdamSweepIsAroundTheDistanceToTheMinimumAndSaysItHasNoStabilityLimit() {
        for (OptimizerKind k : new OptimizerKind[] {OptimizerKind.ADAM, OptimizerKind.NORMALIZED, OptimizerKind.ADAGRAD,
                OptimizerKind.RMSPROP}) {
            lab.optimizerProperty().set(k);
            jobs.drain();
            var start = lab.pathProperty().get().config().start();
            double d = Math.hypot(start.x(), start.y()); // the quadratic's minimum is the origin
            SweepSpec spec = sweep.nextSpec();
            assertEquals(d / 1000, spec.minRate(), 1e-12 * d, k.id());
            assertEquals(4 * d, spec.maxRate(), 1e-12 * d, k.id());
            sweep.run();
            jobs.drain();
            assertTrue(sweep.limitProperty().get().isEmpty(), "no limit is marked for " + k.id());
            String status = sweep.statusProperty().get();
            assertTrue(status.contains("around the distance from the start to the nearest minimum, d = ")
                    && status.contains("no stability limit"), status);
        }
    }

    @Test
    void divergenceRegionsAreMaximalRunsOfDivergentPoints() {
        SweepSpec spec = new SweepSpec(lab.runConfig(), 1e-3, 1e3, 7);
        double[] a = spec.learningRates(); // 1e-3, 1e-2, … 1e3
        boolean[] div = {false, true, true, false, false, true, true};
        List<SweepPoint> pts = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            pts.add(new SweepPoint(a[i], 1, 1, 10, div[i] ? new Diverged(10, DivergenceReason.NON_FINITE_COST, "x") : new MaxSteps(10)));
        }
        List<double[]> regions = SweepViewModel.divergenceRegions(new SweepResult(spec, pts, false));
        assertEquals(2, regions.size());
        assertEquals(Math.sqrt(1e-3 * 1e-2), regions.get(0)[0], 1e-15, "geometric midpoint with the neighbour");
        assertEquals(Math.sqrt(1e-1 * 1), regions.get(0)[1], 1e-12);
        assertEquals(Math.sqrt(10 * 100), regions.get(1)[0], 1e-9);
        assertEquals(1e3, regions.get(1)[1], 1e-9, "runs to the end of the grid");
    }

    @Test
    void pickingSetsTheNearestSweptRate() {
        sweep.run();
        jobs.drain();
        sweep.pick(0.0101);
        double a = lab.learningRateProperty().get();
        boolean swept = false;
        for (double x : sweep.resultProperty().get().spec().learningRates()) {
            swept |= x == a;
        }
        assertTrue(swept, "α is a grid value");
        assertEquals(0.0101, a, 0.0101 * 0.04, "within half a grid ratio (7%)");
    }

    @Test
    void cancelStopsTheSweepEarly() throws InterruptedException {
        // cancelling a running sweep needs a sweep that runs while the test thread acts: real worker threads,
        // but every publication still applied on the test thread (drained as it arrives)
        DrainExecutor publisher = new DrainExecutor();
        Background threads = Background.onDaemonThreads(publisher, new Problems());
        LabViewModel lab2 = new LabViewModel(threads);
        try {
            SweepViewModel sweep2 = new SweepViewModel(new RaceViewModel(lab2));
            // Adam's steps are about α long, so on Rosenbrock it circles the minimum with |∇C| far above the
            // tolerance and never diverges: every run takes all 10⁶ steps, and the sweep cannot end before
            // the cancel, however fast or loaded the machine.
            lab2.surfaceIdProperty().set("rosenbrock");
            lab2.maxStepsProperty().set(1_000_000);
            lab2.optimizerProperty().set(OptimizerKind.ADAM);
            publisher.drainUntil(threads::isIdle);
            sweep2.run();
            publisher.drainUntil(() -> sweep2.progressProperty().get() > 0);
            sweep2.cancel();
            publisher.drainUntil(threads::isIdle);
            SweepResult r = sweep2.resultProperty().get();
            assertTrue(r.cancelled());
            assertTrue(r.points().size() < r.spec().count());
            assertFalse(sweep2.runningProperty().get());
            assertTrue(sweep2.statusProperty().get().startsWith("Cancelled: "), sweep2.statusProperty().get());
            assertEquals("", lab2.statusProperty().get(), "a cancel is no failure");
        } finally {
            lab2.shutdown();
        }
    }

    @Test
    void aFailedSweepIsSaidInTheStatusLineAndTheLastResultStays() {
        sweep.run();
        jobs.drain();
        SweepResult before = sweep.resultProperty().get();
        Faults faults = Faults.in(lab.background());
        faults.breakKind(SweepViewModel.FAILURE, "the runs cannot be batched");
        sweep.run();
        jobs.drain();
        assertEquals("Could not run the sweep: the runs cannot be batched", lab.statusProperty().get());
        assertEquals("Could not run the sweep: the runs cannot be batched", sweep.statusProperty().get());
        assertSame(before, sweep.resultProperty().get(), "the last sweep stays on the chart");
        assertFalse(sweep.runningProperty().get());
        faults.heal();
        sweep.run();
        jobs.drain();
        assertEquals("", lab.statusProperty().get(), "the next sweep clears the message");
    }

    @Test
    void ghostPathsUseQuarterHalfDoubleAndFourTimesAlpha() {
        GhostViewModel g = new GhostViewModel(lab);
        assertTrue(g.ghostsProperty().get().isEmpty(), "off by default");
        g.enabledProperty().set(true);
        jobs.drain();
        double lr = lab.learningRateProperty().get();
        assertEquals(List.of(lr / 4, lr / 2, 2 * lr, 4 * lr),
                g.ghostsProperty().get().stream().map(x -> x.path().config().learningRate()).toList());
        assertEquals("α/4", g.ghostsProperty().get().get(0).label());
        assertEquals("4α", g.ghostsProperty().get().get(3).label());
        lab.learningRateProperty().set(0.05);
        jobs.drain();
        assertEquals(0.0125, g.ghostsProperty().get().get(0).path().config().learningRate(), 1e-17, "updated live");
        assertNotEquals(lab.pathProperty().get().x(3), g.ghostsProperty().get().get(1).path().x(3));
    }

    @Test
    void failedGhostsAreSaidInTheStatusLineAndTheLastGhostsStay() {
        GhostViewModel g = new GhostViewModel(lab);
        g.enabledProperty().set(true);
        jobs.drain();
        List<Ghost> before = g.ghostsProperty().get();
        Faults faults = Faults.in(lab.background());
        faults.breakKind(GhostViewModel.FAILURE, "too many steps");
        lab.learningRateProperty().set(0.05);
        jobs.drain();
        assertEquals("Could not compute the ghost paths: too many steps", lab.statusProperty().get());
        assertSame(before, g.ghostsProperty().get(), "the last ghosts stay");
        assertEquals(0.05, lab.pathProperty().get().config().learningRate(), 0, "the main path went on");
        faults.heal();
        lab.learningRateProperty().set(0.04);
        jobs.drain();
        assertEquals("", lab.statusProperty().get());
        assertEquals(0.01, g.ghostsProperty().get().get(0).path().config().learningRate(), 1e-17);
    }

    @Test
    void exactLineSearchHasNoSweepAndNoGhostsAndSaysWhy() {
        GhostViewModel g = new GhostViewModel(lab);
        g.enabledProperty().set(true);
        jobs.drain();
        assertEquals(GhostViewModel.FACTORS.size(), g.ghostsProperty().get().size());
        lab.optimizerProperty().set(OptimizerKind.EXACT);
        jobs.drain();
        assertTrue(g.ghostsProperty().get().isEmpty(), "every ghost would be the main path");
        assertFalse(g.appliesProperty().get());
        assertFalse(sweep.appliesProperty().get());
        sweep.run();
        jobs.drain();
        assertEquals(null, sweep.resultProperty().get());
        assertEquals("α does not apply to exact: it computes its own step length at every step, so there is no α "
                + "to sweep.", sweep.statusProperty().get());
        lab.optimizerProperty().set(OptimizerKind.ARMIJO);
        jobs.drain();
        assertTrue(sweep.appliesProperty().get() && g.appliesProperty().get(), "armijo's α is its first trial step");
        assertEquals(GhostViewModel.FACTORS.size(), g.ghostsProperty().get().size());
    }
}
