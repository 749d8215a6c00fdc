package org.gdlab.app.curvature;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The curvature tab in a narrow and in a wide window: no column is cut at the tab's right edge. */
@ExtendWith(ApplicationExtension.class)
class CurvatureTabFitsTest {

    private UiFixture ui;
    private Stage stage;

    /** A stage of its own, closed after the test: the shared primary stage would keep the widths set here. */
    @Start
    void start(Stage primary) {
        stage = new Stage();
        ui = new UiFixture(stage);
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> {
            ui.view.dispose();
            stage.close();
        });
    }

    @Test
    void theSandboxLiesInsideTheTabAtEveryWidthBesideTheOtherColumnsOrUnderThem() {
        UiFixture.fx(() -> {
            ui.view.analysis().setExpanded(true);
            ui.view.analysis().tabs().getSelectionModel().select(1);
        });
        ui.idle();
        for (double width : new double[] {1024, 1280, 1920}) {
            UiFixture.fx(() -> {
                stage.setWidth(width);
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                stage.getScene().getRoot().layout(); // the sandbox's width follows the panel's
            });
            UiFixture.fx(() -> {
                Node scroll = ui.view.lookup("#curvatureScroll");
                Node sandbox = ui.view.lookup("#sandbox");
                Node left = ui.view.lookup("#curvatureText");
                Bounds view = scroll.localToScene(scroll.getLayoutBounds());
                Bounds b = sandbox.localToScene(sandbox.getLayoutBounds());
                assertTrue(b.getMaxX() <= view.getMaxX() + 0.5 && b.getMinX() >= view.getMinX() - 0.5,
                        width + " px: the sandbox " + b + " lies inside the tab " + view);
                Bounds l = left.localToScene(left.getLayoutBounds());
                boolean beside = b.getMinX() > l.getMaxX();
                boolean under = b.getMinY() >= l.getMaxY();
                assertTrue(beside || under, width + " px: beside or under the curvature text");
            });
        }
    }
}
