package org.gdlab.app.data;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gdlab.app.viewmodel.DataChoices;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.LatestWins;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.DataSpec;

/**
 * The feature-scaling switch of data mode ({@link DataSpec#standardize()}, {@link org.gdlab.core.data.Scaling}):
 * on, the features are standardized ((x − mean)/std; {@code linear2}: x/√(mean x²)), and the contour plot,
 * κ and 2/λmax (the curvature panel's) are those of the scaled cost, with parameters in scaled units. A
 * built-in dataset that the chooser offers scaled too switches to that entry; any other data is scaled as it
 * stands (edits kept), its cost built on the background worker. A feature that cannot be scaled (constant) is
 * refused in one sentence ({@link #problemProperty()}) and the switch stays as it was. Beside the switch,
 * {@link #comparison()} shows both: raw and scaled, each with its contour picture, κ and 2/λmax.
 *
 * <p>Mutable; confined to the JavaFX thread.
 */
public final class ScalingModel {

    /** the head of the status line's sentence when the data cannot be scaled */
    public static final String FAILURE = "Could not scale the features";
    private static final String SCALED = ":standardized";

    private final LabViewModel lab;
    private final LatestWins<DataCost> worker;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", false);
    private final ReadOnlyBooleanWrapper standardized = new ReadOnlyBooleanWrapper(this, "standardized", false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ScalingComparisonModel comparison;

    public ScalingModel(LabViewModel lab) {
        this.lab = lab;
        this.worker = lab.background().latestWins(FAILURE);
        this.comparison = new ScalingComparisonModel(lab);
        lab.surfaceProperty().addListener(o -> update());
        update();
    }

    private void update() {
        DataCost c = lab.surfaceProperty().get() instanceof DataCost d ? d : null;
        shown.set(c != null);
        standardized.set(c != null && c.spec().standardize());
    }

    /** Switch feature scaling on or off for the data on screen. */
    public void set(boolean on) {
        if (!(lab.surfaceProperty().get() instanceof DataCost c) || c.spec().standardize() == on) {
            return;
        }
        problem.set("");
        String id = lab.surfaceIdProperty().get();
        if (id != null) {
            String target = on ? id + SCALED : id.replace(SCALED, "");
            if (DataChoices.holds(target, c.spec().data())) {
                lab.surfaceIdProperty().set(target);
                return;
            }
        }
        DataSpec spec = new DataSpec(c.spec().data(), c.spec().model(), on, c.spec().l2());
        worker.submitJob(ctx -> spec.cost(), lab::showData, why -> {
            problem.set(why);
            update();
        });
    }

    /** @return the before and after shown beside the switch */
    public ScalingComparisonModel comparison() {
        return comparison;
    }

    /** @return true in data mode (the switch is shown) */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** @return true while the cost on screen has its features scaled */
    public ReadOnlyBooleanProperty standardizedProperty() {
        return standardized.getReadOnlyProperty();
    }

    /** @return why the features could not be scaled, "" when they could */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
