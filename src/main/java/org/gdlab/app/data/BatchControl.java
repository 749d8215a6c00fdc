package org.gdlab.app.data;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The side panel's mini-batch row in data mode: a slider 0 … N and a field for the batch size B, the epoch's
 * length under them and, for a refused typed value, the reason. Binds to a {@link BatchModel} and forwards.
 */
public final class BatchControl extends VBox {

    public BatchControl(BatchModel m) {
        setId("batchControl");
        getStyleClass().add("batch-control");
        setSpacing(2);
        Label title = new Label("Batch size B (0 = all the data)");
        Slider slider = new Slider(0, 1, 0);
        slider.setId("batchSlider");
        slider.maxProperty().bind(m.sizeProperty());
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setValue(m.batch());
        TextField field = new TextField(Integer.toString(m.batch()));
        field.setId("batchField");
        field.setPrefColumnCount(5);
        m.batchProperty().addListener((o, was, b) -> {
            if (Math.round(slider.getValue()) != b.intValue()) {
                slider.setValue(b.intValue());
            }
            field.setText(Integer.toString(b.intValue()));
        });
        slider.valueProperty().addListener((o, was, v) -> m.slide(v.doubleValue()));
        field.setOnAction(e -> m.type(field.getText()));
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                m.type(field.getText());
            }
        });
        HBox row = new HBox(6, slider, field);
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label epoch = new Label();
        epoch.textProperty().bind(m.epochProperty());
        
        epoch.setWrapText(true);
        Label problem = new Label();
        problem.setId("batchProblem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(m.problemProperty());
        problem.visibleProperty().bind(m.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().addAll(title, row, epoch, problem);
        visibleProperty().bind(m.shownProperty());
        managedProperty().bind(visibleProperty());
    }
}
