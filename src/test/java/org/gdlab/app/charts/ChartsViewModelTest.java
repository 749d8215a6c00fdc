package org.gdlab.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.app.race.RacePreset;
import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.race.RunModel;
import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.PlannedPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The charts' data without JavaFX. */
class ChartsViewModelTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel lab;
    private RaceViewModel race;
    private ChartsViewModel charts;

    @BeforeEach
    void create() {
        lab = new LabViewModel(jobs.background());
        race = new RaceViewModel(lab);
        charts = new ChartsViewModel(race);
        jobs.drain();
    }

    @Test
    void miniBatchRunShowsTheBatchLossBesideTheFullLoss() {
        lab.surfaceIdProperty().set("data:noisy-line:linear");
        jobs.drain();
        lab.batchProperty().set(4);
        jobs.drain();
        ChartData d = charts.dataProperty().get();
        assertEquals(2, d.cost().size(), "full loss and batch loss");
        ChartSeries b = d.cost().get(1);
        assertEquals("batch loss", b.name());
        PlannedPath p = lab.pathProperty().get();
        double cStar = ChartsViewModel.globalMinimum(lab.surfaceProperty().get()).orElseThrow();
        int j = java.util.Arrays.binarySearch(b.steps(), 2.0);
        assertTrue(j >= 0, "step 2 is drawn (its batch loss lies above J*)");
        assertEquals(p.batchLoss(2) - cStar, b.values()[j], 0);
        lab.batchProperty().set(0);
        jobs.drain();
        assertEquals(1, charts.dataProperty().get().cost().size(), "a full-batch run has one loss");
    }

    @Test
    void theSingleRunIsOneSeriesOfCostAboveTheKnownMinimum() {
        charts.refresh();
        ChartData d = charts.dataProperty().get();
        assertEquals(1, d.cost().size());
        assertEquals("C − C*", d.costLabel(), "the quadratic's minimum C* = 0 is known");
        PlannedPath p = lab.pathProperty().get();
        ChartSeries c = d.cost().get(0);
        assertEquals(p.cost(3), c.values()[3], 0, "C* = 0: the cost itself");
        assertEquals(p.gradientNorm(3), d.gradient().get(0).values()[3], 0);
        assertEquals(p.learningRate(3), d.rate().get(0).values()[3], 0);
        assertEquals(ChartsViewModel.MAIN_ARGB, c.argb());
    }

    @Test
    void oneSeriesPerVisibleRunInItsColour() {
        race.applyPreset(RacePreset.ADAPTIVE_FAMILY);
        jobs.drain();
        charts.refresh();
        assertEquals(4, charts.dataProperty().get().cost().size(), "the main run is hidden by the preset");
        RunModel adam = race.runs().get(3);
        assertEquals(adam.color().argb(), charts.dataProperty().get().gradient().get(3).argb());
        adam.visibleProperty().set(false);
        charts.refresh();
        assertEquals(3, charts.dataProperty().get().cost().size(), "a hidden run leaves the charts");
    }

    @Test
    void aRunLongerThanTheBudgetKeepsEveryStepRangesLeastAndGreatestValueAndItsLastStep() {
        lab.scheduleProperty().set("constant");
        lab.learningRateProperty().set(1e-4);
        lab.maxStepsProperty().set(3 * ChartsViewModel.MAX_POINTS);
        jobs.drain();
        charts.refresh();
        PlannedPath p = lab.pathProperty().get();
        int rows = p.size();
        assertTrue(rows > ChartsViewModel.MAX_POINTS, "a long run: " + rows);
        ChartSeries s = charts.dataProperty().get().gradient().get(0);
        assertTrue(s.size() <= ChartsViewModel.MAX_POINTS, "at most MAX_POINTS points, got " + s.size());
        assertEquals(0, s.steps()[0], 0);
        assertEquals(rows - 1, s.steps()[s.size() - 1], 0, "the last step is kept");
        // the ranges: MAX_POINTS / 2 − 2 equal parts of [0, rows − 1], step k in part ⌊k·n/(rows − 1)⌋
        int n = ChartsViewModel.MAX_POINTS / 2 - 2;
        double[] lo = new double[n];
        double[] hi = new double[n];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int k = 0; k < rows; k++) {
            int c = (int) Math.min(n - 1, Math.floor(k * (double) n / (rows - 1)));
            lo[c] = Math.min(lo[c], p.gradientNorm(k));
            hi[c] = Math.max(hi[c], p.gradientNorm(k));
        }
        java.util.Set<Double> kept = new java.util.HashSet<>();
        for (double v : s.values()) {
            kept.add(v);
        }
        for (int c = 0; c < n; c++) {
            assertTrue(kept.contains(lo[c]) && kept.contains(hi[c]), "range " + c + " keeps its extremes");
        }
    }

    @Test
    void theSeriesAreComputedOnlyWhenReadHoweverManyChangesCameBefore() {
        charts.dataProperty().get();
        int before = charts.computations();
        for (int i = 1; i <= 5; i++) {
            lab.learningRateProperty().set(0.01 * i);
            jobs.drain();
        }
        race.applyPreset(RacePreset.GD_VS_MOMENTUM);
        jobs.drain();
        assertEquals(before, charts.computations(), "nothing read, nothing computed");
        ChartData d = charts.dataProperty().get();
        assertEquals(before + 1, charts.computations(), "one computation for all of them");
        assertEquals(race.visibleRuns().size(), d.rate().size(), "and it is the newest: the preset's runs");
    }

    @Test
    void seekMovesTheAnimationToTheRoundedStep() {
        charts.seek(12.6);
        assertEquals(13, lab.playback().step());
        charts.seek(1e9);
        assertEquals(lab.playback().lastStepProperty().get(), lab.playback().step(), "clamped to the last step");
    }
}
