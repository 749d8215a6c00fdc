package org.gdlab.app.present;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.gdlab.app.ShellFixture;
import org.gdlab.app.viewmodel.LearningRateScale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** α from the keyboard: typed ] [ } { scale it by 10^±0.1 and 10^±1, except while typing in a text field. */
@ExtendWith(ApplicationExtension.class)
class AlphaKeysTest {

    @TempDir
    static Path config;

    private ShellFixture ui;

    @Start
    void start(Stage stage) {
        ui = new ShellFixture(stage, config);
    }

    @AfterEach
    void stop() {
        ShellFixture.fx(() -> ui.view.dispose());
    }

    private double alpha() {
        return ShellFixture.fx(() -> ui.vm.learningRateProperty().get());
    }

    private void type(FxRobot robot, char c) {
        robot.write(c);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void bracketsScaleAlphaByATenthOfADecadeAndBracesByTen(FxRobot robot) {
        ui.idle();
        ShellFixture.fx(() -> ui.vm.learningRateProperty().set(0.01));
        type(robot, ']');
        assertEquals(0.01 * Math.pow(10, 0.1), alpha(), 0.005 * 0.0126, "× 10^0.1 within 3-digit rounding");
        type(robot, '[');
        assertEquals(0.01, alpha(), 1e-15, "÷ 10^0.1 comes back");
        type(robot, '}');
        assertEquals(0.1, alpha(), 1e-15, "× 10");
        type(robot, '{');
        type(robot, '{');
        assertEquals(0.001, alpha(), 1e-15, "÷ 10 twice");
        for (int i = 0; i < 10; i++) {
            type(robot, ']');
        }
        assertEquals(0.01, alpha(), 1e-15, "ten tenths make a decade");
        ui.idle();
    }

    @Test
    void theSliderFollowsAndTheRangeClamps(FxRobot robot) {
        ui.idle();
        ShellFixture.fx(() -> ui.vm.learningRateProperty().set(2));
        type(robot, '}');
        assertEquals(LearningRateScale.MAX, alpha(), 0, "clamped to the slider's top");
        Slider slider = robot.lookup("#lrSlider").query();
        assertEquals(1, ShellFixture.fx(slider::getValue), 1e-12);
        assertEquals(0.1, ShellFixture.fx(slider::getBlockIncrement), 0, "block increment: a tenth of a decade");
        ShellFixture.fx(() -> ui.vm.learningRateProperty().set(3e-5));
        type(robot, '{');
        assertEquals(LearningRateScale.MIN, alpha(), 0, "clamped to the slider's bottom");
        ui.idle();
    }

    @Test
    void notWhileATextFieldHasTheFocus(FxRobot robot) {
        ui.idle();
        ShellFixture.fx(() -> ui.vm.learningRateProperty().set(0.1));
        TextField field = robot.lookup("#lrField").query();
        ShellFixture.fx(field::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, ']');
        type(robot, '}');
        assertEquals(0.1, alpha(), 0, "the characters go into the field");
        assertEquals(true, ShellFixture.fx(() -> field.getText().contains("]}")), "typed into the field");
        ShellFixture.fx(() -> ui.view.plot().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, '}');
        assertEquals(1, alpha(), 1e-15, "after leaving the field the keys work again");
        ui.idle();
    }
}
