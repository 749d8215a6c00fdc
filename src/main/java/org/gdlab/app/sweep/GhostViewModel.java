package org.gdlab.app.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
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
 * α/4, α/2, 2α and 4α is planned on a latest-wins worker and published; disabled, the list is empty.
 *
 * <p>Mutable; confined to the publisher's thread (the JavaFX thread in the app).
 */
public final class GhostViewModel {

    /** the α multipliers of the ghosts */
    public static final List<Double> FACTORS = List.of(0.25, 0.5, 2.0, 4.0);

    private final LabViewModel lab;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final ReadOnlyObjectWrapper<List<Ghost>> ghosts = new ReadOnlyObjectWrapper<>(this, "ghosts", List.of());
    private final LatestWins<List<Ghost>> worker;

    public GhostViewModel(LabViewModel lab, Executor publisher) {
        this.lab = lab;
        this.worker = new LatestWins<>("gdlab-ghosts", publisher, e -> { });
        lab.pathProperty().addListener(o -> plan());
        enabled.addListener(o -> plan());
    }

    private void plan() {
        if (closed) {
            return; // a publication that arrives after shutdown plans nothing
        }
        PlannedPath main = lab.pathProperty().get();
        if (!enabled.get() || main == null) {
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

    /** @return whether ghost paths are planned and shown */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** @return the ghosts of the current main run (empty while disabled) */
    public ReadOnlyObjectProperty<List<Ghost>> ghostsProperty() {
        return ghosts.getReadOnlyProperty();
    }

    /** For tests and benchmarks: wait (off the publisher thread) until the newest plan was published. */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        return lab.awaitIdle(timeout, unit) && worker.awaitPublished(timeout, unit);
    }

    private boolean closed;

    /** Stop the worker thread; later changes plan nothing. */
    public void shutdown() {
        closed = true;
        worker.shutdown();
    }
}
