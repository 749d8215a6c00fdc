package org.gdlab.app.data;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The side panel's data section, shown in data mode only: the feature-scaling switch ({@link ScalingModel})
 * with the reason when scaling is refused, and the mini-batch row ({@link BatchControl}). Binds and forwards.
 */
public final class DataPanel extends VBox {

    public DataPanel(ScalingModel scaling, BatchModel batch) {
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
        getChildren().addAll(title, standardize, problem, new BatchControl(batch));
        visibleProperty().bind(scaling.shownProperty());
        managedProperty().bind(visibleProperty());
    }
}
