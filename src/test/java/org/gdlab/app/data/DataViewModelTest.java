package org.gdlab.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.Dataset;
import org.gdlab.core.data.Optimum;
import org.gdlab.core.math.Vec2;
import org.gdlab.render.paint.PlotTransform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The data view's model, without JavaFX: it follows the playback, previews the hovered (w, b), and edits. */
class DataViewModelTest {

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

    private void choose(String id) {
        lab.surfaceIdProperty().set(id);
        jobs.drain();
    }

    @Test
    void dataModeOnlyWhileADataSurfaceIsShown() {
        assertFalse(data.dataModeProperty().get());
        choose("data:cars:linear");
        assertTrue(data.dataModeProperty().get());
        assertEquals(50, data.pointsProperty().get().size());
        choose("quadratic");
        assertFalse(data.dataModeProperty().get());
    }

    @Test
    void currentModelIsThePathPointAtThePlaybackStep() {
        choose("data:cars:linear");
        PlannedPath p = lab.pathProperty().get();
        assertTrue(p.size() > 5);
        lab.playback().seek(5);
        assertEquals(new Vec2(p.x(5), p.y(5)), data.currentProperty().get());
        lab.playback().seek(0);
        assertEquals(new Vec2(0, 0), data.currentProperty().get(), "the run starts at the origin");
    }

    @Test
    void standardizedParametersAreShownInTheDataUnits() {
        choose("data:cars:linear:standardized");
        lab.playback().seek(1); // on the round bowl GD with α = 1/λmax needs few steps
        PlannedPath p = lab.pathProperty().get();
        Dataset d = data.pointsProperty().get();
        double mean = 0;
        for (int i = 0; i < d.size(); i++) {
            mean += d.x1(i) / d.size();
        }
        double var = 0;
        for (int i = 0; i < d.size(); i++) {
            var += (d.x1(i) - mean) * (d.x1(i) - mean) / d.size();
        }
        double sd = Math.sqrt(var);
        // ŷ = w'·(x − m)/s + b' is w = w'/s, b = b' − w'·m/s in the data's units
        Vec2 c = data.currentProperty().get();
        assertEquals(p.x(1) / sd, c.x(), 1e-12 * Math.abs(c.x()) + 1e-15);
        assertEquals(p.y(1) - p.x(1) * mean / sd, c.y(), 1e-10 * (1 + Math.abs(c.y())));
    }

    @Test
    void hoveringThePlaneShowsThatModelAndLeavingClearsIt() {
        choose("data:cars:linear");
        PlotTransform t = lab.plot().transformProperty().get();
        lab.plot().hover(300, 200);
        Vec2 v = data.previewProperty().get();
        assertEquals(t.worldX(300), v.x(), 1e-12);
        assertEquals(t.worldY(200), v.y(), 1e-12);
        assertEquals(v.x() * 10 + v.y(), DataViewModel.predict(org.gdlab.core.data.Model.LINEAR, v, 10), 1e-12);
        lab.plot().exitHover();
        assertNull(data.previewProperty().get());
    }

    @Test
    void draggingAPointUpdatesTheSurfaceAndItsOptimumToTheNormalEquations() {
        choose("data:line:linear");
        DataCost before = (DataCost) lab.surfaceProperty().get();
        Dataset shown = data.pointsProperty().get();
        data.movePoint(3, 2.5, 40);
        assertEquals(40, data.y(3), "the point moves at once");
        assertEquals(2.5, data.x1(3));
        assertSame(shown, data.pointsProperty().get(), "the points are copied on the worker, not at the mouse event");
        assertSame(before, lab.surfaceProperty().get(), "the new cost is built on the worker");
        jobs.drain();
        DataCost after = (DataCost) lab.surfaceProperty().get();
        assertNotSame(before, after);
        Dataset d = after.spec().data();
        assertEquals(2.5, d.x1(3));
        // the normal equations of least squares, by hand: w = Σ(x−x̄)(y−ȳ)/Σ(x−x̄)², b = ȳ − w·x̄
        int n = d.size();
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += d.x1(i) / n;
            my += d.y(i) / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (d.x1(i) - mx) * (d.y(i) - my);
            sxx += (d.x1(i) - mx) * (d.x1(i) - mx);
        }
        double w = sxy / sxx;
        double b = my - w * mx;
        Optimum o = after.optimum();
        assertEquals(w, o.at().x(), 1e-9 * Math.abs(w));
        assertEquals(b, o.at().y(), 1e-9 * (1 + Math.abs(b)));
        assertEquals(o.at(), after.description().minima().get(0).at(), "the plot marks the new optimum");
        assertSame(d, data.pointsProperty().get(), "the shown points are the cost's");
        assertSame(after, lab.pathProperty().get().config().function(), "the path was planned again on the new cost");
    }

    @Test
    void clickAddsAndRightClickRemovesAPoint() {
        choose("data:line:linear");
        int n = data.pointsProperty().get().size();
        data.addPoint(1, 100);
        jobs.drain();
        assertEquals(n + 1, ((DataCost) lab.surfaceProperty().get()).points().size());
        data.removePoint(n);
        jobs.drain();
        assertEquals(n, ((DataCost) lab.surfaceProperty().get()).points().size());
    }

    @Test
    void logisticPointsKeepLabelsZeroOrOne() {
        choose("data:overlapping:logistic");
        data.movePoint(0, 1.0, 0.8);
        jobs.drain();
        assertEquals(1, ((DataCost) lab.surfaceProperty().get()).spec().data().y(0));
        data.movePoint(0, 1.0, 0.2);
        jobs.drain();
        assertEquals(0, ((DataCost) lab.surfaceProperty().get()).spec().data().y(0));
    }

    @Test
    void pointNearFindsThePointWithinTheRadiusOnly() {
        choose("data:line:linear");
        Dataset d = data.pointsProperty().get();
        assertEquals(7, data.pointNear(d.x1(7), d.y(7), 1e-6, 1e-6));
        assertEquals(-1, data.pointNear(d.x1(7) + 1, d.y(7) + 1000, 1e-3, 1e-3));
    }

    @Test
    void aboveTenThousandPointsEveryKthIsDrawn() {
        choose("data:line:linear");
        assertEquals(1, data.stride());
        double[] x = new double[25_001];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
            y[i] = 2 * i;
        }
        DataCost big = ((DataCost) lab.surfaceProperty().get()).spec().withData(Dataset.of("big", "x", "y", x, y)).cost();
        lab.replaceData(big);
        jobs.drain();
        // a dataset from outside the view (a replaced surface) is shown as chosen
        assertEquals(3, data.stride(), "⌈25001 / 10000⌉");
    }
}
