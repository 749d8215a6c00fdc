package org.gdlab.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.Dataset;
import org.gdlab.core.math.Vec2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * linear2 in the window, with the mouse: in the feature plane a drag moves a point's (x₁, x₂), a click adds
 * a point and a right-click removes one; in the predicted-against-actual plane a sideways drag sets a
 * point's y. After each, the plot's optimum is the normal-equation solution of the edited points, solved by
 * hand ({@link NormalEquations2}).
 */
@ExtendWith(ApplicationExtension.class)
class Linear2EditUiTest {

    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    private DataCost cost() {
        return (DataCost) ui.vm.surfaceProperty().get();
    }

    private Point2D screen(DataView v, DataView.Panel p, double x, double y) {
        return UiFixture.fx(() -> v.localToScreen(p.px(x), p.py(y)));
    }

    private void assertOptimumIsTheHandSolution() {
        DataCost c = cost();
        Vec2 w = NormalEquations2.solve(c.spec().data(), 1, 1);
        Vec2 at = c.optimum().at();
        double tol = 1e-8 * (Math.abs(w.x()) + Math.abs(w.y()));
        assertEquals(w.x(), at.x(), tol);
        assertEquals(w.y(), at.y(), tol);
        assertEquals(at, c.description().minima().get(0).at(), "the plot marks it");
        assertEquals(c, ui.vm.pathProperty().get().config().function(), "the path runs on the edited cost");
    }

    /** @return the first point with no other point within three hit radii of it in panel p (a press takes it alone) */
    private static int alone(DataViewModel m, DataView.Panel p, int n) {
        for (int i = 0; i < n; i++) {
            boolean free = true;
            for (int k = 0; k < n && free; k++) {
                double dx = (m.position(k).x() - m.position(i).x()) / p.rx();
                double dy = (m.position(k).y() - m.position(i).y()) / p.ry();
                free = k == i || Math.hypot(dx, dy) > 3;
            }
            if (free) {
                return i;
            }
        }
        throw new AssertionError("every point has a neighbour within three hit radii");
    }

    @Test
    void dragAddAndRemoveInTheFeaturePlaneAndASidewaysDragSetTheOptimum(FxRobot robot) {
        UiFixture.fx(() -> ui.vm.surfaceIdProperty().set("data:correlated:linear2"));
        ui.idle();
        DataView v = ui.view.dataView();
        DataViewModel m = v.viewModel();
        DataView.Panel fp = UiFixture.fx(v::featurePanel);
        assertNotNull(fp, "linear2 shows the feature plane");
        Dataset d0 = cost().spec().data();
        Vec2 opt0 = cost().optimum().at();
        DataFrame f = fp.frame();

        // drag point 5 in the feature plane to a place off the correlated line
        int i = 5;
        double tx = f.xMin() + 0.2 * (f.xMax() - f.xMin());
        double ty = f.yMin() + 0.8 * (f.yMax() - f.yMin());
        robot.drag(screen(v, fp, d0.x1(i), d0.x2(i)), MouseButton.PRIMARY).moveTo(screen(v, fp, tx, ty))
                .release(MouseButton.PRIMARY);
        ui.idle();
        Dataset d1 = cost().spec().data();
        assertEquals(d0.size(), d1.size(), "a drag adds no point");
        assertEquals(tx, d1.x1(i), 0.02 * (f.xMax() - f.xMin()), "dropped where the mouse let go");
        assertEquals(ty, d1.x2(i), 0.02 * (f.yMax() - f.yMin()));
        assertEquals(d0.y(i), d1.y(i), "its target stays");
        assertNotEquals(opt0, cost().optimum().at());
        assertOptimumIsTheHandSolution();

        // click an empty place of the feature plane: a point is added there
        double ax = f.xMin() + 0.85 * (f.xMax() - f.xMin());
        double ay = f.yMin() + 0.1 * (f.yMax() - f.yMin());
        assertEquals(-1, UiFixture.fx(() -> m.featurePointNear(ax, ay, fp.rx(), fp.ry())), "the place is empty");
        robot.moveTo(screen(v, fp, ax, ay)).clickOn(MouseButton.PRIMARY);
        ui.idle();
        Dataset d2 = cost().spec().data();
        assertEquals(d1.size() + 1, d2.size());
        assertEquals(ax, d2.x1(d1.size()), 0.02 * (f.xMax() - f.xMin()));
        assertOptimumIsTheHandSolution();

        // right-click point 0 in the feature plane: it is removed
        robot.moveTo(screen(v, fp, d2.x1(0), d2.x2(0))).clickOn(MouseButton.SECONDARY);
        ui.idle();
        Dataset d3 = cost().spec().data();
        assertEquals(d2.size() - 1, d3.size());
        assertEquals(d2.x1(1), d3.x1(0));
        assertOptimumIsTheHandSolution();

        // drag point 3 sideways in the predicted-against-actual plane: its y changes, its features stay
        DataView.Panel mp = UiFixture.fx(v::mainPanel);
        assertTrue(mp.left() > fp.left() + fp.width() || mp.top() > fp.top() + fp.height(),
                "the second plane is on the right or below");
        int j = UiFixture.fx(() -> alone(m, mp, d3.size()));
        Vec2 at = UiFixture.fx(() -> m.position(j));
        DataFrame g = mp.frame();
        double newY = g.xMin() + 0.9 * (g.xMax() - g.xMin());
        robot.drag(screen(v, mp, at.x(), at.y()), MouseButton.PRIMARY).moveTo(screen(v, mp, newY, at.y()))
                .release(MouseButton.PRIMARY);
        ui.idle();
        Dataset d4 = cost().spec().data();
        assertEquals(newY, d4.y(j), 0.02 * (g.xMax() - g.xMin()));
        assertEquals(d3.x1(j), d4.x1(j));
        assertEquals(d3.x2(j), d4.x2(j));
        assertOptimumIsTheHandSolution();

        // back to one feature: one panel again
        UiFixture.fx(() -> ui.vm.surfaceIdProperty().set("data:cars:linear"));
        ui.idle();
        assertEquals(null, UiFixture.fx(v::featurePanel));
        assertEquals(DataView.LEFT, UiFixture.fx(v::mainPanel).left());
    }
}
