package org.gdlab.app.data;

import java.util.OptionalDouble;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.math.NumberText;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;

/**
 * The mini-batch control of data mode: the batch size B of the run ({@link LabViewModel#batchProperty()},
 * which {@link RunConfig#batch()} reads), from a slider (0 … N) or a typed number. A typed value is checked
 * by {@link RunConfig} itself (the one place that knows the rule: a whole number, 0 for the full gradient or
 * 1 … N); a refused one leaves B as it was and {@link #problemProperty()} says why in one sentence.
 * {@link #epochProperty()} says what B means: "an epoch is ⌈N/B⌉ steps".
 *
 * <p>Mutable; confined to the JavaFX thread.
 */
public final class BatchModel {

    private final LabViewModel lab;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", false);
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(this, "size", 1);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper epoch = new ReadOnlyStringWrapper(this, "epoch", "");

    public BatchModel(LabViewModel lab) {
        this.lab = lab;
        lab.surfaceProperty().addListener(o -> update());
        lab.batchProperty().addListener(o -> update());
        update();
    }

    private void update() {
        boolean data = lab.surfaceProperty().get() instanceof DataCost;
        shown.set(data);
        int n = data ? ((DataCost) lab.surfaceProperty().get()).spec().data().size() : 1;
        size.set(n);
        int b = lab.batchProperty().get();
        epoch.set(b == 0 || b == n ? "full batch: every step sees all N = " + n + " points"
                : "an epoch is ⌈" + n + "/" + b + "⌉ = " + ((n + b - 1) / b) + " steps");
    }

    /** The slider's value: rounded to a whole B. */
    public void slide(double value) {
        set((int) Math.round(value));
    }

    /**
     * A typed batch size: applied when it is a whole number that {@link RunConfig} accepts, else refused with
     * the reason in {@link #problemProperty()}.
     *
     * @return true when applied
     */
    public boolean type(String text) {
        OptionalDouble v = NumberText.parse(text.trim());
        if (v.isEmpty() || v.getAsDouble() != Math.rint(v.getAsDouble()) || Math.abs(v.getAsDouble()) > Integer.MAX_VALUE) {
            problem.set("the batch size must be a whole number from 1 to N = " + size.get() + " (0: all the data), got '"
                    + text.trim() + "'");
            return false;
        }
        return set((int) v.getAsDouble());
    }

    private boolean set(int b) {
        if (!(lab.surfaceProperty().get() instanceof DataCost cost)) {
            return false;
        }
        try {
            RunConfig.of(cost, new Vec2(0, 0), Hyperparameters.defaults(OptimizerKind.GD), 0.1).withBatch(b);
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
        problem.set("");
        lab.batchProperty().set(b);
        return true;
    }

    /** @return true in data mode (the control is shown) */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** @return N, the slider's maximum */
    public ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** @return why the typed batch size was refused, "" when it was not */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** @return what B means for the steps: the epoch's length */
    public ReadOnlyStringProperty epochProperty() {
        return epoch.getReadOnlyProperty();
    }

    /** @return the batch size B (0: the full gradient) */
    public int batch() {
        return lab.batchProperty().get();
    }

    /** @return the batch size's property the slider and field follow */
    public ReadOnlyIntegerProperty batchProperty() {
        return lab.batchProperty();
    }
}
