package org.gdlab.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.Dataset;
import org.gdlab.core.math.Vec2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Editing linear2's points in the data view's model: moving features, setting a target, adding and removing
 * a point each make the surface's optimum the normal-equation solution of the edited points, solved by hand
 * ({@link NormalEquations2}), with and without the features scaled.
 */
class Linear2EditTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel lab;
    private DataViewModel data;

    @BeforeEach
    void create() {
        lab = new LabViewModel(jobs.background());
        lab.plot().setPlotArea(64, 26, 700, 500);
        data = new DataViewModel(lab);
        jobs.drain();
    }

    private DataCost choose(String id) {
        lab.surfaceIdProperty().set(id);
        jobs.drain();
        return cost();
    }

    private DataCost cost() {
        return (DataCost) lab.surfaceProperty().get();
    }

    private static void assertOptimumIsTheHandSolution(DataCost c, boolean scaled) {
        Dataset d = c.spec().data();
        Vec2 w = scaled ? NormalEquations2.solve(d, NormalEquations2.rms(d, 0), NormalEquations2.rms(d, 1))
                : NormalEquations2.solve(d, 1, 1);
        Vec2 at = c.optimum().at();
        assertEquals(w.x(), at.x(), 1e-8 * (Math.abs(w.x()) + Math.abs(w.y())));
        assertEquals(w.y(), at.y(), 1e-8 * (Math.abs(w.x()) + Math.abs(w.y())));
        assertEquals(at, c.description().minima().get(0).at(), "the plot marks the new optimum");
    }

    @Test
    void linear2PointsAreEditable() {
        choose("data:correlated:linear2");
        assertTrue(data.editable());
        assertTrue(data.featureFrameProperty().get() != null, "linear2 shows the feature plane too");
        choose("data:line:linear");
        assertEquals(null, data.featureFrameProperty().get(), "one feature: no feature plane");
    }

    @Test
    void movingAPointsFeaturesKeepsItsTargetAndTheOptimumFollows() {
        DataCost before = choose("data:correlated:linear2");
        Dataset d0 = before.spec().data();
        data.moveFeatures(4, d0.x1(4) + 3, d0.x2(4) - 2);
        jobs.drain();
        DataCost after = cost();
        Dataset d = after.spec().data();
        assertEquals(d0.x1(4) + 3, d.x1(4));
        assertEquals(d0.x2(4) - 2, d.x2(4));
        assertEquals(d0.y(4), d.y(4), "the target stays");
        assertNotEquals(before.optimum().at(), after.optimum().at());
        assertOptimumIsTheHandSolution(after, false);
        assertEquals(after, lab.pathProperty().get().config().function(), "the path was planned again");
    }

    @Test
    void settingATargetKeepsTheFeatures() {
        Dataset d0 = choose("data:scales:linear2").spec().data();
        data.moveTarget(7, d0.y(7) + 50);
        jobs.drain();
        Dataset d = cost().spec().data();
        assertEquals(d0.y(7) + 50, d.y(7));
        assertEquals(d0.x1(7), d.x1(7));
        assertEquals(d0.x2(7), d.x2(7));
        assertOptimumIsTheHandSolution(cost(), false);
    }

    @Test
    void anAddedPointStartsOnTheCurrentFitAndARemovedOneLeaves() {
        Dataset d0 = choose("data:correlated:linear2").spec().data();
        lab.playback().seek(3);
        Vec2 w = data.currentProperty().get();
        data.addFeaturePoint(1.5, -0.5);
        jobs.drain();
        Dataset d = cost().spec().data();
        assertEquals(d0.size() + 1, d.size());
        assertEquals(1.5, d.x1(d0.size()));
        assertEquals(-0.5, d.x2(d0.size()));
        assertEquals(w.x() * 1.5 - w.y() * 0.5, d.y(d0.size()), 1e-12, "residual 0 at the step's (w1, w2)");
        assertOptimumIsTheHandSolution(cost(), false);
        data.removePoint(0);
        jobs.drain();
        Dataset e = cost().spec().data();
        assertEquals(d0.size(), e.size());
        assertEquals(d0.x1(1), e.x1(0), "the points after it move down by one");
        assertOptimumIsTheHandSolution(cost(), false);
    }

    @Test
    void withScaledFeaturesTheOptimumIsInScaledUnits() {
        choose("data:correlated:linear2:standardized");
        assertTrue(cost().scaling().isPresent());
        Dataset d0 = cost().spec().data();
        data.moveFeatures(2, d0.x1(2) * 2, d0.x2(2));
        data.moveTarget(9, d0.y(9) - 4);
        jobs.drain();
        Dataset d = cost().spec().data();
        assertEquals(d0.x1(2) * 2, d.x1(2));
        assertEquals(d0.y(9) - 4, d.y(9));
        assertOptimumIsTheHandSolution(cost(), true);
    }
}
