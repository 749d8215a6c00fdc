package org.gdlab.app.sweep;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.LatestWins;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.sim.RunConfig;

/**
 * Ghost paths: while enabled, whenever the main run is planned again (a slider moved), the same run with
 * α/4, α/2, 2α and 4α is planned as a latest-wins kind of the window's
 * {@link org.gdlab.app.viewmodel.Background} and published; disabled, or for a rule that does not use α
 * (exact, polyak: {@link #appliesTo}), the list is empty. When planning fails
 * the last ghosts stay and the status line says why.
 *
 * <p>Mutable; confined to the publisher's thread (the JavaFX thread in the app).
 */
public final class GhostViewModel {

    /** the α multipliers of the ghosts */
    public static final List<Double> FACTORS = org.gdlab.render.paint.GhostOverlay.FACTORS;
    /** the head of the status line's sentence when the ghosts cannot be planned */
    public static final String FAILURE = "Could not compute the ghost paths";

    private final LabViewModel lab;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final ReadOnlyObjectWrapper<List<Ghost>> ghosts = new ReadOnlyObjectWrapper<>(this, "ghosts", List.of());
    private final LatestWins<List<Ghost>> worker;
    private final javafx.beans.property.ReadOnlyBooleanWrapper applies =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "applies", true);

    /** @param lab the main run, and the background the ghosts are planned on */
    public GhostViewModel(LabViewModel lab) {
        this.lab = lab;
        this.worker = lab.background().latestWins(FAILURE);
        lab.pathProperty().addListener(o -> plan());
        enabled.addListener(o -> plan());
    }

    private void plan() {
        PlannedPath main = lab.pathProperty().get();
        applies.set(main == null || appliesTo(main.config()));
        if (!enabled.get() || main == null || !appliesTo(main.config())) {
            worker.submit(List::of, ghosts::set);
            return;
        }
        RunConfig base = main.config();
        worker.submit(() -> {
            List<Ghost> out = new ArrayList<>();
            for (double f : FACTORS) {
                out.add(new Ghost(f, PlannedPath.plan(base.withLearningRate(base.learningRate() * f), List.of())));
            }
            return List.copyOf(out);
        }, ghosts::set);
    }

    /**
     * @return false for a rule that does not use α (exact line search, Polyak's step): its ghosts would all be
     *     the main path, so none are planned
     */
    public static boolean appliesTo(RunConfig c) {
        return c.optimizer().alpha() != org.gdlab.core.optim.OptimizerDefinition.Alpha.UNUSED;
    }

    /** @return false while the main run's rule does not use α (the view disables the ghost check box) */
    public javafx.beans.property.ReadOnlyBooleanProperty appliesProperty() {
        return applies.getReadOnlyProperty();
    }

    /** @return whether ghost paths are planned and shown */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** @return the ghosts of the current main run (empty while disabled) */
    public ReadOnlyObjectProperty<List<Ghost>> ghostsProperty() {
        return ghosts.getReadOnlyProperty();
    }
}
