package org.gdlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.optim.OptimizerKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The side panel's hyperparameter fields come from the optimizer's declarations and say why a value is refused. */
@ExtendWith(ApplicationExtension.class)
class HyperparameterFieldsUiTest {

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
    void typingBeta1EqualToOneShowsTheReasonBesideTheFieldAndKeepsThePath(FxRobot robot) {
        UiFixture.fx(() -> ui.vm.optimizerProperty().set(OptimizerKind.ADAM));
        ui.idle();
        PlannedPath before = ui.vm.pathProperty().get();
        type(robot, "#beta1", "1");
        ui.idle();
        Label problem = robot.lookup("#beta1Problem").queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertEquals("β1 must be in [0, 1)", problem.getText());
        assertSame(before, ui.vm.pathProperty().get(), "the last good path stays on screen");
        assertTrue(ui.vm.statusProperty().get().contains("β1 must be in [0, 1)"), ui.vm.statusProperty().get());
        type(robot, "#beta1", "0,5");
        ui.idle();
        assertTrue(!robot.lookup("#beta1Problem").queryAs(Label.class).isVisible());
        assertEquals(0.5, ui.vm.pathProperty().get().config().hyper().get("beta1"), 0);
    }

    /** Types into a field (it may lie below the side panel's fold) and presses Enter. */
    private static void type(FxRobot robot, String id, String text) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        UiFixture.fx(() -> {
            f.requestFocus();
            f.setText(text);
            f.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fieldsAnOptimizerDoesNotUseAreNotShown(FxRobot robot) {
        UiFixture.fx(() -> ui.vm.optimizerProperty().set(OptimizerKind.NORMALIZED));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#eps").tryQuery().isEmpty(), "ε is not a setting of normalized GD");
        UiFixture.fx(() -> ui.vm.optimizerProperty().set(OptimizerKind.NEWTON));
        WaitForAsyncUtils.waitForFxEvents();
        TextField damping = robot.lookup("#damping").queryAs(TextField.class);
        assertTrue(damping.getTooltip().getText().contains("δ = max(0, D − λmin)"), damping.getTooltip().getText());
        for (String gone : new String[] {"#momentum", "#beta1", "#beta2", "#alpha", "#eps"}) {
            assertTrue(robot.lookup(gone).tryQuery().map(Node::isVisible).isEmpty(), gone);
        }
    }
}
