package org.gdlab.app.data;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The side panel's data section, shown in data mode only: the feature-scaling switch ({@link ScalingModel})
 * with the reason when scaling is refused and the before and after under it ({@link ScalingThumbnails}), and the mini-batch row ({@link BatchControl}) and, for logistic, λ ({@link PenaltyModel}). Binds and forwards.
 */
public final class DataPanel extends VBox {

    public DataPanel(ScalingModel scaling, BatchModel batch, PenaltyModel penalty) {
        setId("dataPanel");
        getStyleClass().add("data-panel");
        setSpacing(4);
        Label title = new Label("Data");
        title.getStyleClass().add("section-title");
        CheckBox standardize = new CheckBox("Standardize features (feature scaling)");
        standardize.setId("standardize");
        standardize.setSelected(scaling.standardizedProperty().get());
        scaling.standardizedProperty().addListener((o, was, is) -> standardize.setSelected(is));
        standardize.setOnAction(e -> {
            scaling.set(standardize.isSelected());
            standardize.setSelected(scaling.standardizedProperty().get()); // until the scaled cost is shown
        });
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(scaling.problemProperty());
        problem.visibleProperty().bind(scaling.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().addAll(title, standardize, problem, new ScalingThumbnails(scaling.comparison()),
                new BatchControl(batch), penaltyRow(penalty));
        visibleProperty().bind(scaling.shownProperty());
        managedProperty().bind(visibleProperty());
    }

    /** λ of the logistic model: a field, taken on Enter or when it loses focus; the refusal below it. */
    private static VBox penaltyRow(PenaltyModel penalty) {
        Label name = new Label("L2 penalty λ (logistic)");
        javafx.scene.control.TextField field = new javafx.scene.control.TextField(penalty.textProperty().get());
        field.setId("l2Field");
        field.setPrefColumnCount(6);
        penalty.textProperty().addListener((o, was, is) -> field.setText(is));
        field.setOnAction(e -> penalty.set(field.getText()));
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                penalty.set(field.getText());
            }
        });
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(penalty.problemProperty());
        problem.visibleProperty().bind(penalty.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox row = new VBox(2, new javafx.scene.layout.HBox(6, name, field), problem);
        row.visibleProperty().bind(penalty.shownProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }
}
