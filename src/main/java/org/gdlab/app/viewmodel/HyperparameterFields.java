package org.gdlab.app.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gdlab.core.optim.Hyperparameter;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;

/**
 * The hyperparameters of one run as the window edits them, driven by the optimizer's declarations
 * ({@link OptimizerKind#hyperparameters()}): one {@link HyperparameterField} per declared hyperparameter of
 * the current optimizer, and no field for what it does not use (ε is no setting of normalized GD), so a view
 * that lists {@link #fields()} shows exactly the optimizer's settings.
 *
 * <p>Validation lives here, not in the view: {@link #valuesProperty()} holds the last values that are all
 * valid, which is what the run uses. A field set out of its range keeps its text, shows its reason
 * ({@link HyperparameterField#problemProperty()}), and leaves {@link #valuesProperty()} unchanged, so the
 * last good path stays on screen; {@link #problemProperty()} repeats the first reason for the status line.
 * Setting {@link #valuesProperty()} (another optimizer, a scenario, a preset) updates the fields, rebuilding
 * the list when the optimizer changes.
 *
 * <p>Mutable; confined to the JavaFX thread (or the test thread).
 */
public final class HyperparameterFields {

    private final ObjectProperty<Hyperparameters> values;
    private final ObservableList<HyperparameterField> fields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private boolean loading;

    /** @param initial the values to start with (their optimizer decides which fields there are) */
    public HyperparameterFields(Hyperparameters initial) {
        values = new SimpleObjectProperty<>(this, "values", initial);
        rebuild(initial);
        values.addListener((o, was, is) -> {
            if (is == null) {
                throw new IllegalArgumentException("hyperparameters cannot be null");
            }
            if (was != null && was.kind() == is.kind()) {
                load(is);
            } else {
                rebuild(is);
            }
        });
    }

    private void rebuild(Hyperparameters h) {
        List<HyperparameterField> made = new ArrayList<>();
        for (Hyperparameter d : h.declarations()) {
            HyperparameterField f = new HyperparameterField(d, h.get(d.name()));
            f.valueProperty().addListener(o -> edited(f));
            made.add(f);
        }
        fields.setAll(made);
        updateProblem();
    }

    private void load(Hyperparameters h) {
        loading = true;
        try {
            for (HyperparameterField f : fields) {
                f.valueProperty().set(h.get(f.name()));
            }
        } finally {
            loading = false;
        }
        updateProblem();
    }

    private void edited(HyperparameterField f) {
        updateProblem();
        if (loading || !f.isValid()) {
            return;
        }
        Hyperparameters h = values.get();
        if (h.get(f.name()) != f.valueProperty().get()) {
            values.set(h.with(f.name(), f.valueProperty().get()));
        }
    }

    private void updateProblem() {
        problem.set(fields.stream().filter(f -> !f.isValid()).map(f -> f.problemProperty().get()).findFirst().orElse(""));
    }

    /** @return the last values that were all valid: what the run uses */
    public ObjectProperty<Hyperparameters> valuesProperty() {
        return values;
    }

    /** @return one field per hyperparameter the current optimizer declares, in its order */
    public ObservableList<HyperparameterField> fields() {
        return fields;
    }

    /** @return the field of that name, if the current optimizer has it */
    public Optional<HyperparameterField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** @return the first field's reason why its value cannot be used, or "" when every value can */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
