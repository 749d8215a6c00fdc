package org.gdlab.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.Dataset;
import org.junit.jupiter.api.Test;

/**
 * A drag is O(1) on the JavaFX thread: the moved point shows at once through the view model, the points are
 * copied on the worker. Whatever the order of moves, additions, removals and the worker's turns, the view
 * model shows the points a plain list kept here by hand holds, and once the worker is done the points on
 * screen are the cost's. No JavaFX.
 */
class DataDragTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private final LabViewModel lab = new LabViewModel(jobs.background());
    private final DataViewModel data = new DataViewModel(lab);

    /** (x, y) of each point, kept by hand */
    private final List<double[]> hand = new ArrayList<>();

    private void choose(String id) {
        lab.plot().setPlotArea(64, 26, 400, 300);
        lab.surfaceIdProperty().set(id);
        jobs.drain();
        Dataset d = data.pointsProperty().get();
        for (int i = 0; i < d.size(); i++) {
            hand.add(new double[] {d.x1(i), d.y(i)});
        }
    }

    private void assertShowsTheHandList(String when) {
        assertEquals(hand.size(), data.pointsProperty().get().size(), when);
        for (int i = 0; i < hand.size(); i++) {
            assertEquals(hand.get(i)[0], data.x1(i), 0, when + ", x of " + i);
            assertEquals(hand.get(i)[1], data.y(i), 0, when + ", y of " + i);
        }
    }

    @Test
    void aDragOfManyEventsCopiesNothingUntilTheWorkerRuns() {
        choose("data:cars:linear");
        Dataset before = data.pointsProperty().get();
        for (int k = 0; k < 50; k++) {
            data.movePoint(7, 10 + k * 0.1, 30 + k);
            assertSame(before, data.pointsProperty().get(), "no copy at event " + k);
        }
        assertEquals(10 + 49 * 0.1, data.x1(7), 0, "shown where the mouse is");
        assertEquals(79, data.y(7), 0);
        jobs.drain();
        Dataset after = data.pointsProperty().get();
        assertEquals(10 + 49 * 0.1, after.x1(7), 0, "copied with the last place");
        assertEquals(79, after.y(7), 0);
        assertSame(after, ((DataCost) lab.surfaceProperty().get()).spec().data(), "the cost is over the points on screen");
    }

    @Test
    void movesAdditionsAndRemovalsInAnyOrderShowTheSamePointsAsAListKeptByHand() {
        choose("data:cars:linear");
        SplittableRandom r = new SplittableRandom(4);
        for (int k = 0; k < 400; k++) {
            int n = hand.size();
            int what = r.nextInt(10);
            if (what < 7) { // a move, as a drag sends them
                int i = r.nextInt(n);
                double x = r.nextDouble(0, 30);
                double y = r.nextDouble(0, 120);
                data.movePoint(i, x, y);
                hand.set(i, new double[] {x, y});
            } else if (what < 8) {
                double x = r.nextDouble(0, 30);
                double y = r.nextDouble(0, 120);
                data.addPoint(x, y);
                hand.add(new double[] {x, y});
            } else if (what < 9 && n > 2) {
                int i = r.nextInt(n);
                data.removePoint(i);
                hand.remove(i);
            }
            assertShowsTheHandList("after edit " + k);
            if (r.nextInt(3) == 0) { // the worker's turn comes now and then
                jobs.drain();
                assertShowsTheHandList("after the worker, edit " + k);
            }
        }
        jobs.drain();
        assertShowsTheHandList("at the end");
        Dataset d = data.pointsProperty().get();
        assertSame(d, ((DataCost) lab.surfaceProperty().get()).spec().data(), "the cost is over the points on screen");
        for (int i = 0; i < hand.size(); i++) {
            assertEquals(hand.get(i)[0], d.x1(i), 0, "copied: x of " + i);
            assertEquals(hand.get(i)[1], d.y(i), 0, "copied: y of " + i);
        }
    }
}
