package org.gdlab.app.controls;

import javafx.beans.Observable;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.gdlab.app.viewmodel.FormulaModel;

/**
 * The typed-formula field. Below the field, the formula is echoed with the error range underlined and boxed in red
 * and the message beside it; a valid formula shows its derivatives instead. Enter or "Apply" applies it.
 */
public final class FormulaField extends VBox {

    public FormulaField(FormulaModel model, Runnable apply) {
        super(4);
        getStyleClass().add("formula-field");
        TextField field = new TextField();
        field.setId("formula");
        field.setPromptText("type C(x, y), e.g. x^2 + 10*y^2");
        field.textProperty().bindBidirectional(model.textProperty());
        field.setOnAction(e -> apply.run());
        field.setTooltip(Sync.tip("A formula in x and y: + - * / ^, parentheses, sin cos tan exp log sqrt abs … "
                + "Press Enter to draw it. The last good surface stays while the text has an error."));
        Button applyButton = new Button("Apply");
        applyButton.setId("applyFormula");
        applyButton.setOnAction(e -> apply.run());
        applyButton.disableProperty().bind(model.errorProperty().isNotEmpty().or(model.textProperty().isEmpty()));
        HBox row = new HBox(6, field, applyButton);
        HBox.setHgrow(field, Priority.ALWAYS);

        Text before = new Text();
        // the error range as a label: a red block with white characters shows even a single '(' clearly
        Label bad = new Label();
        Text after = new Text();
        bad.setUnderline(true);
        before.getStyleClass().add("mono");
        bad.getStyleClass().addAll("mono", "error-range-box");
        after.getStyleClass().add("mono");
        TextFlow echo = new TextFlow(before, bad, after);
        echo.setId("formulaEcho");
        Label message = new Label();
        message.setId("formulaError");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.textProperty().bind(model.errorProperty());
        VBox errorBox = new VBox(2, echo, message);
        errorBox.visibleProperty().bind(model.errorProperty().isNotEmpty());
        errorBox.managedProperty().bind(errorBox.visibleProperty());

        Label derivatives = new Label();
        derivatives.setId("derivatives");
        derivatives.getStyleClass().add("mono");
        derivatives.setWrapText(true);
        derivatives.textProperty().bind(model.derivativesProperty());
        derivatives.visibleProperty().bind(model.derivativesProperty().isNotEmpty());
        derivatives.managedProperty().bind(derivatives.visibleProperty());

        for (Observable o : new Observable[] {model.errorProperty(), model.errorStartProperty(), model.errorEndProperty()}) {
            o.addListener(x -> {
                String t = model.textProperty().get() == null ? "" : model.textProperty().get();
                // the three properties change one after another: while they disagree, keep the range inside the text
                int s = Math.min(model.errorStartProperty().get(), t.length());
                int e = Math.max(s, Math.min(model.errorEndProperty().get(), t.length()));
                if (s < 0) {
                    field.getStyleClass().remove("invalid");
                    return;
                }
                if (!field.getStyleClass().contains("invalid")) {
                    field.getStyleClass().add("invalid");
                }
                before.setText(t.substring(0, s));
                // an empty range (end of input) is shown as an underlined blank
                bad.setText(e > s ? t.substring(s, e) : " ");
                after.setText(t.substring(Math.max(s, e)));
            });
        }
        getChildren().addAll(row, errorBox, derivatives);
    }
}
