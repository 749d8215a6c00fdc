package org.gdlab.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.Dataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The before and after follow the data on screen: another dataset, the switch, a moved point. */
class ScalingComparisonModelTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel lab;
    private ScalingModel scaling;
    private DataViewModel data;

    @BeforeEach
    void create() {
        lab = new LabViewModel(jobs.background());
        lab.plot().setPlotArea(64, 26, 700, 500);
        scaling = new ScalingModel(lab);
        data = new DataViewModel(lab);
    }

    @Test
    void aMovedPointChangesTheRawKappaToThatOfTheNewData() {
        lab.surfaceIdProperty().set("data:line:linear");
        jobs.drain();
        ScalingComparison before = scaling.comparison().comparisonProperty().get();
        Dataset d = ((DataCost) lab.surfaceProperty().get()).spec().data();
        assertEquals(HandCurvature.linearKappa(d), before.raw().curvature().conditionNumber(), 1e-9 * HandCurvature.linearKappa(d));
        data.movePoint(0, 40, 3);
        jobs.drain();
        ScalingComparison after = scaling.comparison().comparisonProperty().get();
        Dataset moved = ((DataCost) lab.surfaceProperty().get()).spec().data();
        assertEquals(40, moved.x1(0));
        double k = HandCurvature.linearKappa(moved);
        assertTrue(Math.abs(k - HandCurvature.linearKappa(d)) > 0.01 * k, "the move changes κ");
        assertEquals(k, after.raw().curvature().conditionNumber(), 1e-9 * k);
        assertEquals(1, after.scaled().curvature().conditionNumber(), 1e-9, "standardized: H = I");
    }

    /** The feature-scaling lesson opens on the raw scales data: the caption's κ ≈ 2.9 million and 8.5 side by side. */
    @Test
    void theFeatureScalingLessonShowsItsTwoConditionNumbersSideBySide(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        new org.gdlab.app.lesson.LessonModel(new org.gdlab.app.scenario.ScenarioDocument(lab, new org.gdlab.app.scenario.AppConfig(dir)))
                .open("feature-scaling");
        jobs.drain();
        ScalingComparison c = scaling.comparison().comparisonProperty().get();
        assertTrue(!c.scaledOnScreen(), "the lesson opens unscaled");
        double raw = c.raw().curvature().conditionNumber();
        assertTrue(raw > 2.8e6 && raw < 3.0e6, "κ = " + raw);
        assertEquals(8.5, c.scaled().curvature().conditionNumber(), 0.05);
        assertTrue(c.sentence().startsWith("Scaling the features divides κ by "), c.sentence());
    }

    @Test
    void theSwitchMarksTheScaledSideAsShownAndOutsideDataModeThereIsNone() {
        lab.surfaceIdProperty().set("data:scales:linear2");
        jobs.drain();
        ScalingComparison raw = scaling.comparison().comparisonProperty().get();
        assertTrue(!raw.scaledOnScreen());
        scaling.set(true);
        jobs.drain();
        ScalingComparison on = scaling.comparison().comparisonProperty().get();
        assertTrue(on.scaledOnScreen());
        assertSame(lab.surfaceProperty().get(), on.scaled().cost());
        assertEquals(raw.raw().curvature().conditionNumber(), on.raw().curvature().conditionNumber(),
                1e-9 * raw.raw().curvature().conditionNumber(), "the same raw side from either switch position");
        lab.surfaceIdProperty().set("rosenbrock");
        jobs.drain();
        assertNull(scaling.comparison().comparisonProperty().get());
    }
}
