package org.gdlab.app.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.scenario.ScenarioException;
import org.gdlab.core.scenario.ScenarioFiles;
import org.gdlab.core.scenario.SurfaceSpec;

/**
 * The scenario open in the window: which file it came from, New / Open / Save / Save As, and the recent
 * files. Opening reads and checks the whole file first ({@link ScenarioFiles#open}); only a good file
 * changes the window, so a refused file leaves everything on screen as it was. Saving is atomic.
 *
 * <p>Mutable; confined to the JavaFX thread (like the view model it drives).
 */
public final class ScenarioDocument {

    private final LabViewModel vm;
    private final AppConfig config;
    private final Scenario initial;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Scenario> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private Scenario base;
    private RaceViewModel race;
    private OverlaySwitches switches;

    /**
     * @param vm the window's view model, in its opening state (New returns to it)
     * @param config where recent files are remembered; null to remember nothing
     */
    public ScenarioDocument(LabViewModel vm, AppConfig config) {
        this.vm = vm;
        this.config = config;
        this.initial = ScenarioMapper.capture(vm, Scenario.of(SurfaceSpec.Builtin.of(LabViewModel.DEFAULT_SURFACE)));
        this.base = initial;
        if (config != null) {
            recent.setAll(config.recentFiles());
        }
    }

    /**
     * Races a scenario's further runs in the window from now on: opening shows runs[1..] as race runs and
     * saving writes the race's runs as runs[1..]. Without it they are carried over unseen.
     */
    public void attachRace(RaceViewModel r) {
        this.race = r;
    }

    /**
     * Sets the window's overlay switches from each scenario shown from now on, and captures them with what is
     * on screen (the ghost paths, the eigenvectors, the local model: {@link OverlaySwitches}).
     */
    public void attachOverlays(OverlaySwitches s) {
        this.switches = s;
    }

    /** @return what is on screen now, as a scenario (title, caption and further runs from the last one shown) */
    public Scenario current() {
        Scenario c = ScenarioMapper.capture(vm, race, base);
        return switches == null ? c : switches.capture(c);
    }

    /** Shows a scenario that came from no file (a lesson, the last session). */
    public void show(Scenario s) {
        show(s, null);
    }

    private void show(Scenario s, Path from) {
        ScenarioMapper.apply(s, vm, race);
        if (switches != null) {
            switches.apply(s);
        }
        base = s;
        file.set(from);
        shown.set(s);
    }

    /** File ▸ New: the window's opening scenario, no file. */
    public void newScenario() {
        show(initial, null);
    }

    /**
     * File ▸ Open.
     *
     * @throws ScenarioException naming the problem; nothing on screen has changed then
     */
    public Scenario open(Path path) throws ScenarioException {
        Scenario s = ScenarioFiles.open(path);
        show(s, path);
        remember(path);
        return s;
    }

    /** File ▸ Save As (and Save once there is a file): writes what is on screen atomically. */
    public void saveAs(Path path) throws IOException {
        Scenario s = current();
        ScenarioFiles.save(s, path);
        base = s;
        file.set(path);
        remember(path);
    }

    /** Puts the file first in the recent files and remembers the list. */
    private void remember(Path path) {
        Path p = path.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(recent);
        list.remove(p);
        list.add(0, p);
        while (list.size() > AppConfig.MAX_RECENT) {
            list.remove(list.size() - 1);
        }
        recent.setAll(list);
        if (config != null) {
            try {
                config.saveRecentFiles(list);
            } catch (IOException e) {
                // the list is a convenience: it still works for this session
            }
        }
    }

    /** @return the file the scenario came from or was saved to; null for none */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** @return the scenario last shown by New, Open or {@link #show} (not changed by edits on screen) */
    public ReadOnlyObjectProperty<Scenario> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** @return the recent files, newest first */
    public ObservableList<Path> recentFiles() {
        return recent;
    }

    /** @return where recent files and the session are kept; null for nowhere */
    public AppConfig config() {
        return config;
    }
}
