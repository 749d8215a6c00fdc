package org.gdlab.app.race;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.LatestWins;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.app.viewmodel.UpdateText;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.palette.RunPalette;
import org.gdlab.core.sim.RunConfig;

/**
 * The race: extra runs beside the main run of the {@link LabViewModel}. With no extra run the window is
 * exactly the single-run app. Each run is a whole run specification: its own optimizer, hyperparameters,
 * α, schedule, warm-up, clipping, noise and seed; the surface and step limit are the main run's, and so is
 * the start unless the run has its own ({@link RunModel#startProperty()}). Whenever the main run is planned
 * again (any setting changed) or a run's own setting changes, every run is planned again as one
 * latest-wins kind of the window's {@link org.gdlab.app.viewmodel.Background} and published on its
 * publisher; all runs then advance under the main playback, whose last step becomes the longest visible
 * path's. When planning fails the runs keep their last paths and the status line says why.
 *
 * <p>Mutable; confined to the publisher's thread (the JavaFX thread in the app).
 */
public final class RaceViewModel {

    /** the head of the status line's sentence when the race cannot be planned */
    public static final String FAILURE = "Could not compute the race";

    private final LabViewModel lab;
    private final ObservableList<RunModel> runs = FXCollections.observableArrayList();
    private final BooleanProperty mainVisible = new SimpleBooleanProperty(this, "mainVisible", true);
    private final ObjectProperty<RunModel> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper updateText = new ReadOnlyStringWrapper(this, "updateText", "");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision", 0);
    private final LatestWins<Map<RunModel, RacePath>> worker;

    /**
     * @param lab the main run (its settings, path and playback, and the background the runs are planned on)
     */
    public RaceViewModel(LabViewModel lab) {
        this.lab = lab;
        this.worker = lab.background().latestWins(FAILURE);
        lab.pathProperty().addListener(o -> plan());
        for (Observable o : List.of(lab.playback().stepProperty(), lab.updateTextProperty(), selected)) {
            o.addListener(x -> updateTexts());
        }
        for (Observable o : List.of(mainVisible, selected)) {
            o.addListener(x -> changed());
        }
        mainVisible.addListener(o -> fitPlayback());
    }

    // ---------------------------------------------------------------- commands

    /**
     * Add a run in the first palette colour no other run has.
     *
     * @param k its optimizer (default hyperparameters)
     * @param lr its α, or NaN for the main run's α
     * @return the new run
     */
    public RunModel addRun(OptimizerKind k, double lr) {
        BitSet used = new BitSet();
        runs.forEach(r -> used.set(r.colorIndex() % RunPalette.size()));
        int slot = used.nextClearBit(0);
        if (slot >= RunPalette.size()) {
            slot = runs.size();
        }
        return addRun(k, lr, slot);
    }

    /**
     * Add a run in a given palette slot (a scenario's run keeps the colour it was saved with, so the window
     * and every export of the scenario colour it alike).
     *
     * @param k    its optimizer (default hyperparameters)
     * @param lr   its α, or NaN for the main run's α
     * @param slot its slot in {@link RunPalette}, ≥ 0
     * @return the new run
     */
    public RunModel addRun(OptimizerKind k, double lr, int slot) {
        RunModel r = new RunModel(slot, k, Double.isNaN(lr) ? lab.learningRateProperty().get() : lr);
        InvalidationListener l = o -> plan();
        for (Observable o : List.of(r.optimizerProperty(), r.hyperProperty(), r.learningRateProperty(), r.scheduleProperty(),
                r.warmupProperty(), r.clipProperty(), r.noiseProperty(), r.seedProperty(), r.startProperty(), r.batchProperty())) {
            o.addListener(l);
        }
        InvalidationListener v = o -> {
            fitPlayback();
            changed();
        };
        r.visibleProperty().addListener(v);
        runs.add(r);
        plan();
        return r;
    }

    /** Remove a run (the main run cannot be removed); the selection falls back to the main run. */
    public void removeRun(RunModel r) {
        if (runs.remove(r)) {
            if (selected.get() == r) {
                selected.set(null);
            }
            fitPlayback();
            changed();
        }
    }

    /** Remove every extra run and show the main run: the single-run app again. */
    public void clear() {
        for (RunModel r : List.copyOf(runs)) {
            removeRun(r);
        }
        mainVisible.set(true);
    }

    /**
     * Replace the race by a preset: its runs in palette order, the main run hidden (it would lie under the
     * preset's own GD run) and the second run selected (the one the preset is about).
     */
    public void applyPreset(RacePreset p) {
        clear();
        for (RacePreset.Entry e : p.entries()) {
            addRun(e.optimizer(), e.learningRate());
        }
        mainVisible.set(false);
        selected.set(runs.size() > 1 ? runs.get(1) : runs.get(0));
    }

    // ---------------------------------------------------------------- internals

    private void plan() {
        PlannedPath main = lab.pathProperty().get();
        if (main == null || runs.isEmpty()) {
            changed();
            return;
        }
        RunConfig base = main.config();
        Map<RunModel, RunConfig> configs = new IdentityHashMap<>();
        for (RunModel r : runs) {
            try {
                configs.put(r, r.config(base));
            } catch (IllegalArgumentException invalid) {
                // a setting the editor has not checked yet: this run keeps its last good path
            }
        }
        worker.submit(() -> {
            Map<RunModel, RacePath> out = new IdentityHashMap<>();
            configs.forEach((r, c) -> out.put(r, RacePath.plan(c)));
            return out;
        }, this::publish);
    }

    private void publish(Map<RunModel, RacePath> paths) {
        paths.forEach((r, p) -> {
            if (runs.contains(r)) {
                r.setPath(p);
            }
        });
        fitPlayback();
        updateTexts();
        changed();
    }

    /** The playback's last step: the longest visible path (the main run's when nothing else shows). */
    private void fitPlayback() {
        PlannedPath main = lab.pathProperty().get();
        int last = main != null && (mainVisible.get() || runs.isEmpty()) ? main.size() - 1 : -1;
        for (RunModel r : runs) {
            if (r.visibleProperty().get() && r.pathProperty().get() != null) {
                last = Math.max(last, r.pathProperty().get().size() - 1);
            }
        }
        if (last < 0 && main != null) {
            last = main.size() - 1;
        }
        if (last >= 0) {
            lab.playback().setLastStep(last);
        }
    }

    private void updateTexts() {
        RunModel r = selected.get();
        RacePath p = r == null ? null : r.pathProperty().get();
        if (p == null || p.size() == 0) {
            updateText.set(lab.updateTextProperty().get());
            return;
        }
        int k = Math.min(lab.playback().step(), p.size() - 1);
        updateText.set(UpdateText.at(p.path(), k));
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }

    // ---------------------------------------------------------------- properties

    /** @return the main run's view model */
    public LabViewModel lab() {
        return lab;
    }

    /** @return the extra runs, in legend order */
    public ObservableList<RunModel> runs() {
        return runs;
    }

    /** @return the runs that are shown, in legend order */
    public List<RunModel> visibleRuns() {
        List<RunModel> out = new ArrayList<>();
        for (RunModel r : runs) {
            if (r.visibleProperty().get()) {
                out.add(r);
            }
        }
        return out;
    }

    /** @return whether the main run (white, set in the side panel) is drawn and charted */
    public BooleanProperty mainVisibleProperty() {
        return mainVisible;
    }

    /** @return the run the update panel shows; null for the main run */
    public ObjectProperty<RunModel> selectedProperty() {
        return selected;
    }

    /** @return the update panel's text: the selected run's update at the current step */
    public ReadOnlyStringProperty updateTextProperty() {
        return updateText.getReadOnlyProperty();
    }

    /** @return a counter bumped whenever what the race shows changed (paths, runs, visibility, selection) */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /**
     * @return the selected run's index among a scenario's runs as the race is saved (runs[0] is the main run,
     *     then the race's runs that can run, in order), or −1 when no visible run is selected
     */
    public int scenarioIndexOfSelected() {
        RunModel s = selectedProperty().get();
        if (s == null || !s.visibleProperty().get()) {
            return -1;
        }
        int i = 1;
        for (RunModel r : runs) {
            if (r == s) {
                return i;
            }
            try {
                r.config(lab.runConfig());
                i++;
            } catch (IllegalArgumentException notRunnable) {
                // left out of the scenario, as the scenario mapper leaves it out
            }
        }
        return -1;
    }
}
