package org.gdlab.app.data;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.LatestWins;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.DataSpec;
import org.gdlab.core.data.Model;
import org.gdlab.core.math.NumberText;

/**
 * The L2 penalty λ of the {@code logistic} model, J = … + (λ/2)w² ({@link DataSpec#l2()}), as the side
 * panel's field: shown while a logistic cost is on screen. A new λ is checked by {@link DataSpec} (a finite
 * number ≥ 0; anything else is refused in one sentence, {@link #problemProperty()}, and λ stays); the new
 * cost (its optimum by Newton's method) is built on the background worker, newest wins, and replaces the
 * cost on screen ({@link LabViewModel#replaceData}): the contour plot, the optimum and the path follow, the
 * view and the start stay.
 *
 * <p>Mutable; confined to the JavaFX thread.
 */
public final class PenaltyModel {

    /** the head of the status line's sentence when the cost with the new λ cannot be built */
    public static final String FAILURE = "Could not change λ";

    private final LabViewModel lab;
    private final LatestWins<DataCost> worker;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", false);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "0");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public PenaltyModel(LabViewModel lab) {
        this.lab = lab;
        this.worker = lab.background().latestWins(FAILURE);
        lab.surfaceProperty().addListener(o -> update());
        update();
    }

    private void update() {
        DataCost c = lab.surfaceProperty().get() instanceof DataCost d && d.spec().model() == Model.LOGISTIC ? d : null;
        shown.set(c != null);
        if (c != null) {
            text.set(NumberText.trimmed(c.spec().l2(), 6));
        }
    }

    /** Set λ from the field's text; refused in one sentence unless it is a finite number ≥ 0. */
    public void set(String input) {
        if (!(lab.surfaceProperty().get() instanceof DataCost c) || c.spec().model() != Model.LOGISTIC) {
            return;
        }
        var parsed = NumberText.parse(input == null ? "" : input.trim());
        if (parsed.isEmpty()) {
            problem.set("λ must be a number, got \"" + (input == null ? "" : input.trim()) + "\"");
            update();
            return;
        }
        DataSpec spec;
        try {
            spec = new DataSpec(c.spec().data(), c.spec().model(), c.spec().standardize(), parsed.getAsDouble());
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            update();
            return;
        }
        problem.set("");
        if (spec.l2() == c.spec().l2()) {
            return;
        }
        text.set(NumberText.trimmed(spec.l2(), 6));
        worker.submitJob(ctx -> spec.cost(), lab::replaceData, why -> {
            problem.set(why);
            update();
        });
    }

    /** @return true while a logistic cost is on screen (the field is shown) */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** @return λ of the cost on screen (or just asked for), as the field shows it */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** @return why the last λ was refused, "" when it was taken */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
