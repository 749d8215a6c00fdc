package org.gdlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.gdlab.app.viewmodel.LearningRateScale;
import org.gdlab.core.testing.DefaultLocale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window under default locales whose own number formats differ from the program's (decimal commas,
 * the dotless i, Thai digits): the α slider and field driven like a user, and the texts the window shows.
 * Each case sets the default locale before the window is built and restores it afterwards.
 */
@ExtendWith(ApplicationExtension.class)
class NumbersUnderLocalesUiTest {

    /** the learning-rate field's text: Latin digits, a decimal point, an optional exponent */
    private static final String POINT_DECIMAL = "[0-9]+\\.[0-9]+(e-?[0-9]+)?";

    private Stage stage;
    private UiFixture ui;
    private Locale saved;
    private Locale savedFormat;
    private Locale savedDisplay;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Builds the window with {@code tag} as the default locale (restored by {@link #stop}). */
    private void openUnder(String tag) {
        saved = Locale.getDefault();
        savedFormat = Locale.getDefault(Locale.Category.FORMAT);
        savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        Locale.setDefault(Locale.forLanguageTag(tag));
        ui = UiFixture.fx(() -> new UiFixture(stage));
        ui.idle();
    }

    @AfterEach
    void stop() {
        if (ui != null) {
            UiFixture.fx(() -> ui.view.dispose());
        }
        if (saved != null) {
            Locale.setDefault(saved);
            Locale.setDefault(Locale.Category.FORMAT, savedFormat);
            Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "fr-FR", "tr-TR", "th-TH-u-nu-thai"})
    void learningRateSliderSpansItsRangeAndTheFieldReadsAPointOrOneComma(String tag, FxRobot robot) {
        openUnder(tag);
        Slider slider = robot.lookup("#lrSlider").queryAs(Slider.class);
        TextInputControl field = robot.lookup("#lrField").queryTextInputControl();
        Bounds b = UiFixture.fx(() -> slider.localToScreen(slider.getBoundsInLocal()));
        double y = b.getCenterY();

        robot.moveTo("#lrSlider .thumb").press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D(b.getMinX() - 4, y));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LearningRateScale.MIN, ui.vm.learningRateProperty().get(), 0, "the slider's left end is α = 1e-5");
        assertEquals("1.00e-5", field.getText());
        double previous = ui.vm.learningRateProperty().get();
        for (int i = 1; i <= 8; i++) {
            robot.moveTo(new Point2D(b.getMinX() + b.getWidth() * i / 9, y));
            WaitForAsyncUtils.waitForFxEvents();
            double lr = ui.vm.learningRateProperty().get();
            String text = field.getText();
            assertTrue(lr > previous, "α grows along the slider: " + lr + " after " + previous);
            assertTrue(text.matches(POINT_DECIMAL), "Latin digits and a point: " + text);
            assertEquals(lr, Double.parseDouble(text), 0, "the field shows the slider's α");
            previous = lr;
        }
        robot.moveTo(new Point2D(b.getMaxX() + 4, y));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LearningRateScale.MAX, ui.vm.learningRateProperty().get(), 0, "the slider's right end is α = 10");
        assertEquals("10.0", field.getText());

        robot.clickOn("#lrField").push(KeyCode.CONTROL, KeyCode.A).write("0,25").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.25, ui.vm.learningRateProperty().get(), 0, "one comma is a decimal point in a field");
        assertEquals("0.250", field.getText());
        ui.idle();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "fr-FR", "tr-TR", "th-TH-u-nu-thai"})
    void aDivergingRunsBannerUpdatePanelAndLabelsUseLatinDigitsAndAPoint(String tag, FxRobot robot) {
        openUnder(tag);
        robot.clickOn("#lrField").push(KeyCode.CONTROL, KeyCode.A).write("1").type(KeyCode.ENTER);
        ui.idle();
        Label banner = robot.lookup("#banner").queryAs(Label.class);
        assertTrue(banner.getText().startsWith("Diverged at step "), banner.getText());
        assertTrue(banner.getPseudoClassStates().contains(PseudoClass.getPseudoClass("diverged")),
                "the banner's colour comes from :diverged, got " + banner.getPseudoClassStates());
        UiFixture.fx(() -> ui.vm.playback().seek(3));
        ui.idle();
        List<String> texts = UiFixture.fx(() -> texts(stage.getScene().getRoot()));
        assertTrue(texts.stream().anyMatch(t -> t.contains("w_{k+1}")), "the update panel is among them");
        for (String t : texts) {
            assertTrue(DefaultLocale.hasOnlyPointDecimals(t), "Latin digits, no decimal comma: " + t);
        }
    }

    /** @return the texts of every visible label, text and text field below node */
    private static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        if (!node.isVisible()) {
            return out;
        }
        if (node instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        } else if (node instanceof Text t && t.getText() != null) {
            out.add(t.getText());
        } else if (node instanceof TextInputControl c && c.getText() != null) {
            out.add(c.getText());
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                out.addAll(texts(child));
            }
        }
        return out;
    }
}
