package org.gdlab.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.core.data.Dataset;
import org.gdlab.core.data.LinearCost;
import org.gdlab.core.data.Moments;
import org.junit.jupiter.api.Test;

/**
 * Dragging points updates the linear cost's statistics by Welford's formulas, edit after edit, while the
 * worker drops intermediate jobs (newest wins): the statistics stay those of the points on screen.
 */
class DataEditStatisticsTest {

    private static void assertRelative(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-12 * Math.abs(expected), what);
    }

    @Test
    void aThousandSeededMovesLeaveTheStatisticsOfATwoPassRecomputation() {
        DrainExecutor jobs = new DrainExecutor();
        LabViewModel lab = new LabViewModel(jobs.background());
        lab.plot().setPlotArea(64, 26, 300, 200);
        DataViewModel data = new DataViewModel(lab);
        lab.surfaceIdProperty().set("data:cars:linear");
        jobs.drain();
        Random r = new Random(16);
        int n = data.pointsProperty().get().size();
        for (int k = 0; k < 1000; k++) {
            data.movePoint(r.nextInt(n), 4 + 21 * r.nextDouble(), 2 + 118 * r.nextDouble());
            if (r.nextInt(4) == 0) { // otherwise the next move comes before this one's cost: its job is dropped
                jobs.drain();
            }
        }
        data.movePoint(0, 10, 20);
        jobs.drain();
        LinearCost cost = (LinearCost) lab.surfaceProperty().get();
        Dataset d = data.pointsProperty().get();
        assertSame(d, cost.spec().data(), "the cost is over the points on screen");
        // two passes: the means, then the centred sums
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += d.x1(i);
            my += d.y(i);
        }
        mx /= n;
        my /= n;
        double cxx = 0;
        double cxy = 0;
        double cyy = 0;
        for (int i = 0; i < n; i++) {
            double a = d.x1(i) - mx;
            double b = d.y(i) - my;
            cxx += a * a;
            cxy += a * b;
            cyy += b * b;
        }
        Moments m = cost.moments();
        assertEquals(n, m.n());
        assertRelative(mx, m.m1(), "mean of x");
        assertRelative(my, m.my(), "mean of y");
        assertRelative(cxx, m.c11(), "Σ(x − m)²");
        assertRelative(cxy, m.c1y(), "Σ(x − m)(y − m)");
        assertRelative(cyy, m.cyy(), "Σ(y − m)²");
    }
}
