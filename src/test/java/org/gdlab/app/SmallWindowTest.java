package org.gdlab.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** At the smallest supported size, 1024×640, the plot still dominates and the main controls are on screen. */
@ExtendWith(ApplicationExtension.class)
class SmallWindowTest {

    private MainView view;

    @Start
    void start(Stage stage) {
        view = GdLabApp.createView();
        stage.setScene(GdLabApp.createScene(view, 1024, 640));
        stage.show();
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> view.dispose());
    }

    @Test
    void atTheSmallestSizeThePlotDominatesAndTheControlsAreVisible(FxRobot robot) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(); // a pulse: CSS, skins and layout as a person sees them
        UiFixture.fx(() -> {
            view.getScene().getRoot().applyCss();
            view.getScene().getRoot().layout();
        });
        Bounds plot = view.plot().getBoundsInParent();
        assertTrue(plot.getWidth() >= 600 && plot.getHeight() >= 400, "plot " + plot);
        var t = view.viewModel().plot().transformProperty().get();
        assertTrue(t.width() >= 400 && t.height() >= 300, "plot area " + t.width() + "×" + t.height());
        for (String id : new String[] {"#lrSlider", "#lrField", "#surface", "#play", "#timeline", "#status", "#update"}) {
            Node n = robot.lookup(id).query();
            Bounds b = n.localToScene(n.getBoundsInLocal());
            assertTrue(n.isVisible() && b.getMaxX() <= 1024 && b.getMaxY() <= 640 && b.getMinX() >= 0 && b.getMinY() >= 0,
                    id + " is on screen: " + b);
        }
    }
}
