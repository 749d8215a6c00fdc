package org.gdlab.app.data;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.LatestWins;
import org.gdlab.core.data.DataCost;

/**
 * The before-and-after of feature scaling beside the switch ({@link ScalingComparison}): whenever the data
 * cost on screen changes (another dataset, the switch, a dragged, added or removed point, λ) or the colour
 * map does, both sides are computed again on the background worker, the newest request winning; outside
 * data mode there is none (null).
 *
 * <p>Mutable; confined to the JavaFX thread.
 */
public final class ScalingComparisonModel {

    /** the head of the status line's sentence when the comparison cannot be computed */
    public static final String FAILURE = "Could not compare the scaled and raw features";

    private final LabViewModel lab;
    private final LatestWins<ScalingComparison> worker;
    private final ReadOnlyObjectWrapper<ScalingComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");

    public ScalingComparisonModel(LabViewModel lab) {
        this.lab = lab;
        this.worker = lab.background().latestWinsCancelling(FAILURE);
        lab.surfaceProperty().addListener(o -> update());
        lab.plot().colorMapProperty().addListener(o -> update());
        update();
    }

    private void update() {
        if (!(lab.surfaceProperty().get() instanceof DataCost c)) {
            worker.cancel();
            comparison.set(null);
            return;
        }
        var map = lab.plot().colorMapProperty().get();
        worker.submitJob(context -> ScalingComparison.of(c, map, context.token()), r -> {
            if (lab.surfaceProperty().get() == c) { // a result for a surface no longer shown is dropped
                comparison.set(r);
            }
        }, null);
    }

    /** @return both sides of the data on screen, null outside data mode or before the first result */
    public ReadOnlyObjectProperty<ScalingComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }
}
