package org.gdlab.app.controls;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.gdlab.app.viewmodel.HyperparameterField;
import org.gdlab.app.viewmodel.HyperparameterFields;

/**
 * The fields of a run's hyperparameters, one row per hyperparameter its optimizer declares (none for what it
 * does not use): the symbol with the declaration's meaning, range and default as tooltip, a text field bound
 * to the value, and under it the view model's reason when the value is out of range ("β1 must be in [0, 1)").
 * The grid only binds and forwards: the check is {@link HyperparameterFields}'.
 */
public final class HyperparameterGrid extends GridPane {

    private final String idPrefix;

    /**
     * @param fields the run's hyperparameter fields (the list is followed as the optimizer changes)
     * @param idPrefix prefix of the text fields' node ids (e.g. "" gives "beta1", "race" gives "raceBeta1")
     */
    public HyperparameterGrid(HyperparameterFields fields, String idPrefix) {
        this.idPrefix = idPrefix;
        setHgap(8);
        setVgap(2);
        getStyleClass().add("hyperparameters");
        fields.fields().addListener((ListChangeListener<HyperparameterField>) c -> rebuild(fields));
        rebuild(fields);
    }

    private void rebuild(HyperparameterFields fields) {
        getChildren().clear();
        int row = 0;
        for (HyperparameterField f : fields.fields()) {
            Label label = new Label(f.declaration().symbol());
            TextField text = new TextField();
            text.setId(nodeId(f.name()));
            text.setPrefColumnCount(8);
            text.setTooltip(Sync.tip(f.tooltip()));
            label.setTooltip(text.getTooltip());
            Sync.field(text, f.valueProperty(), v -> f.declaration().format(v), f::parse);
            Label problem = new Label();
            problem.setId(nodeId(f.name()) + "Problem");
            problem.getStyleClass().add("error-text");
            problem.setWrapText(true);
            problem.textProperty().bind(f.problemProperty());
            problem.visibleProperty().bind(f.problemProperty().isNotEmpty());
            problem.managedProperty().bind(problem.visibleProperty());
            addRow(row++, label, text);
            add(problem, 0, row++, 2, 1);
        }
    }

    private String nodeId(String name) {
        return idPrefix.isEmpty() ? name : idPrefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
