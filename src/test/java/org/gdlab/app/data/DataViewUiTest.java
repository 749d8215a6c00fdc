package org.gdlab.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The data view shows beside the plot in data mode only, and a point dragged with the mouse moves. */
@ExtendWith(ApplicationExtension.class)
class DataViewUiTest {

    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    @Test
    void dataViewAppearsOnlyInDataMode(FxRobot robot) {
        ui.idle();
        DataView v = ui.view.dataView();
        assertFalse(UiFixture.fx(v::isVisible));
        UiFixture.fx(() -> ui.vm.surfaceIdProperty().set("data:cars:linear"));
        ui.idle();
        assertTrue(UiFixture.fx(v::isVisible));
        assertTrue(UiFixture.fx(() -> v.getWidth() > 100 && ui.view.plot().getWidth() > 100), "plot and data view share the row");
        UiFixture.fx(() -> ui.vm.surfaceIdProperty().set("rosenbrock"));
        ui.idle();
        assertFalse(UiFixture.fx(v::isVisible));
    }

    @Test
    void draggingAPointMovesItAndTheCostFollows(FxRobot robot) {
        UiFixture.fx(() -> ui.vm.surfaceIdProperty().set("data:line:linear"));
        ui.idle();
        DataView v = ui.view.dataView();
        DataViewModel m = v.viewModel();
        Dataset d = m.pointsProperty().get();
        int i = 10;
        DataFrame f = m.frameProperty().get();
        double w = UiFixture.fx(() -> v.getWidth() - DataView.LEFT - DataView.RIGHT);
        double h = UiFixture.fx(() -> v.getHeight() - DataView.TOP - DataView.BOTTOM);
        Point2D from = UiFixture.fx(() -> v.localToScreen(f.px(d.x1(i), DataView.LEFT, w), f.py(d.y(i), DataView.TOP, h)));
        double targetY = f.yMin() + 0.1 * (f.yMax() - f.yMin());
        Point2D to = UiFixture.fx(() -> v.localToScreen(f.px(d.x1(i), DataView.LEFT, w), f.py(targetY, DataView.TOP, h)));
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        ui.idle();
        DataCost c = (DataCost) ui.vm.surfaceProperty().get();
        assertEquals(d.size(), c.points().size(), "a drag adds no point");
        assertEquals(targetY, c.spec().data().y(i), 0.02 * (f.yMax() - f.yMin()), "the point is where it was dropped");
        assertEquals(d.x1(i), c.spec().data().x1(i), 0.02 * (f.xMax() - f.xMin()));
    }

    @Test
    void theLambdaFieldShowsForLogisticAndTypingAValueChangesTheCost(FxRobot robot) {
        UiFixture.fx(() -> ui.vm.surfaceIdProperty().set("data:overlapping:logistic"));
        ui.idle();
        javafx.scene.control.TextField field = robot.lookup("#l2Field").queryAs(javafx.scene.control.TextField.class);
        assertTrue(UiFixture.fx(() -> field.getParent().getParent().isVisible()));
        UiFixture.fx(() -> {
            field.setText("0.25");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        ui.idle();
        assertEquals(0.25, ((DataCost) ui.vm.surfaceProperty().get()).spec().l2(), 0);
        UiFixture.fx(() -> ui.vm.surfaceIdProperty().set("data:cars:linear"));
        ui.idle();
        assertFalse(UiFixture.fx(() -> field.getParent().getParent().isVisible()));
    }
}
