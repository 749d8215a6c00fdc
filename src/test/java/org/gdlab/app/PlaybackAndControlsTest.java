package org.gdlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.surface.Surface;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Keys, the learning-rate slider and field, the divergence banner and the formula field, driven like a user. */
@ExtendWith(ApplicationExtension.class)
class PlaybackAndControlsTest {

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
    void spaceAdvancesStepsAndRightArrowAdvancesExactlyOne(FxRobot robot) throws Exception {
        ui.idle();
        UiFixture.fx(() -> ui.view.plot().requestFocus());
        assertEquals(0, ui.vm.playback().step());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ui.vm.playback().step() >= 3);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ui.vm.playback().playingProperty().get(), "Space pauses again");
        int k = UiFixture.fx(() -> ui.vm.playback().step());
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(k + 1, ui.vm.playback().step());
        assertEquals(k + 1, robot.lookup("#timeline").queryAs(javafx.scene.control.Slider.class).getValue(), 0,
                "the timeline follows");
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(k - 1, ui.vm.playback().step());
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, ui.vm.playback().step());
    }

    @Test
    void draggingTheLearningRateSliderChangesTheDrawnPath(FxRobot robot) {
        ui.idle();
        UiFixture.fx(() -> ui.vm.playback().seek(8));
        ui.idle();
        PlannedPath before = ui.vm.pathProperty().get();
        Image imageBefore = UiFixture.snapshot(ui.view.plot());
        double lrBefore = ui.vm.learningRateProperty().get();
        robot.drag("#lrSlider .thumb", MouseButton.PRIMARY).moveBy(-15, 0).moveBy(-15, 0).moveBy(-15, 0).drop();
        ui.idle();
        PlannedPath after = ui.vm.pathProperty().get();
        assertTrue(ui.vm.learningRateProperty().get() < lrBefore, "dragging left lowers α");
        assertEquals(ui.vm.learningRateProperty().get(), after.config().learningRate(), 0, "the path uses the new α");
        assertNotEquals(before.x(1), after.x(1), "the planned path changed");
        Image imageAfter = UiFixture.snapshot(ui.view.plot());
        assertFalse(samePixels(imageBefore, imageAfter), "the drawn path changed");
        assertEquals(ui.vm.learningRateProperty().get(),
                Double.parseDouble(robot.lookup("#lrField").queryTextInputControl().getText()), 0,
                "the field shows the slider's α");
    }

    @Test
    void tuneLiveChangesTheRateFromTheCurrentStepWithoutRestarting(FxRobot robot) {
        ui.idle();
        PlannedPath before = ui.vm.pathProperty().get();
        robot.clickOn("#tuneLive");
        UiFixture.fx(() -> ui.view.plot().requestFocus());
        robot.type(KeyCode.RIGHT, 4);
        robot.clickOn("#lrField").push(KeyCode.CONTROL, KeyCode.A).write("0.05").type(KeyCode.ENTER);
        ui.idle();
        PlannedPath after = ui.vm.pathProperty().get();
        assertEquals(4, ui.vm.playback().step(), "no restart");
        assertEquals(before.x(4), after.x(4), 0, "the path up to the change is kept");
        assertNotEquals(before.x(5), after.x(5), "and continues with the new α");
        assertEquals(0.05, after.learningRate(4), 0);
        assertEquals(1, after.changes().size());
    }

    @Test
    void aLargeLearningRateOnTheQuadraticShowsTheDivergenceBanner(FxRobot robot) {
        ui.idle();
        robot.clickOn("#lrField").push(KeyCode.CONTROL, KeyCode.A).write("1").type(KeyCode.ENTER);
        ui.idle();
        assertEquals(1, ui.vm.learningRateProperty().get(), 0);
        Label banner = robot.lookup("#banner").queryAs(Label.class);
        assertTrue(banner.isVisible());
        assertTrue(banner.getText().startsWith("Diverged at step "), banner.getText());
        assertTrue(banner.getText().contains("2/λmax"), banner.getText());
        assertTrue(ui.vm.divergedProperty().get());
    }

    @Test
    void aBadFormulaShowsItsErrorAndKeepsThePreviousSurface(FxRobot robot) {
        ui.idle();
        Surface before = ui.vm.surfaceProperty().get();
        robot.clickOn("#formula").write("x^2 + @").type(KeyCode.ENTER);
        ui.idle();
        Label message = robot.lookup("#formulaError").queryAs(Label.class);
        assertTrue(message.isVisible() && !message.getText().isEmpty(), "the message is shown");
        TextFlow echo = robot.lookup("#formulaEcho").queryAs(TextFlow.class);
        Label underlined = (Label) echo.getChildren().get(1);
        assertTrue(underlined.isUnderline());
        int start = ui.vm.formula().errorStartProperty().get();
        int end = ui.vm.formula().errorEndProperty().get();
        String typed = ui.vm.formula().textProperty().get();
        assertEquals(end > start ? typed.substring(start, end) : " ", underlined.getText(), "the error range is underlined");
        assertSame(before, ui.vm.surfaceProperty().get(), "the last good surface stays");
        assertSame(before, ui.vm.pathProperty().get().config().function());
    }

    @Test
    void aValidFormulaShowsItsDerivativesAndIsDrawn(FxRobot robot) {
        ui.idle();
        robot.clickOn("#formula").write("x^2 + 10*y^2").type(KeyCode.ENTER);
        ui.idle();
        Label derivatives = robot.lookup("#derivatives").queryAs(Label.class);
        assertTrue(derivatives.isVisible() && derivatives.getText().contains("∂C/∂x"));
        assertEquals("Custom formula", ui.vm.surfaceProperty().get().description().name());
        assertSame(ui.vm.surfaceProperty().get(), ui.vm.pathProperty().get().config().function());
    }

    @Test
    void f1OpensTheHelpWithKeysAndTheFormulaLanguage(FxRobot robot) {
        ui.idle();
        UiFixture.fx(() -> ui.view.plot().requestFocus());
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Stage help = (javafx.stage.Stage) robot.listWindows().stream()
                .filter(w -> w instanceof javafx.stage.Stage s && "GD Lab help".equals(s.getTitle()))
                .findFirst().orElseThrow();
        String text = robot.from(help.getScene().getRoot()).lookup(".text-area")
                .queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(text.contains("Space") && text.contains("Formula language"), text);
        UiFixture.fx(help::close);
    }

    private static boolean samePixels(Image a, Image b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        int w = (int) a.getWidth();
        int h = (int) a.getHeight();
        int[] pa = new int[w * h];
        int[] pb = new int[w * h];
        a.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), pa, 0, w);
        b.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), pb, 0, w);
        return java.util.Arrays.equals(pa, pb);
    }
}
