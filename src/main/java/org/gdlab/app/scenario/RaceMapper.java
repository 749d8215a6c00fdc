package org.gdlab.app.scenario;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.race.RunModel;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.palette.RunPalette;
import org.gdlab.core.scenario.ScenarioRun;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.scenario.Scenario;

/**
 * Maps a scenario's further runs ({@code runs[1..]}) onto the race ({@link #apply}) and the race's runs back
 * into {@code runs[1..]} ({@link #capture}); {@link ScenarioMapper} calls it for {@code runs[0]}'s companions.
 *
 * <p>A race run is a whole run specification: its own optimizer, hyperparameters, α, schedule, warm-up,
 * clipping, noise, seed and (optionally) start point, and its colour: the run's palette colour is written into
 * the scenario ({@code color}) unless it is the colour its place in the run order gives, and read back from it (a palette colour takes its slot; a run without one, or
 * with a colour outside the palette, takes the first free slot), so the window and every export colour a
 * run alike even after runs were removed and added. Its label (dropped once its settings change) is kept
 * when it is captured. Race run i is matched with {@code runs[i + 1]} of the base.
 */
final class RaceMapper {

    private RaceMapper() {
    }

    /** Replaces the race by the scenario's runs after the first, with the main run shown. */
    static void apply(Scenario s, RaceViewModel race) {
        race.clear();
        List<ScenarioRun> runs = s.runs();
        Vec2 mainStart = s.start();
        for (int i = 1; i < runs.size(); i++) {
            RunConfig r = runs.get(i).config();
            int slot = slotOf(runs.get(i).color());
            RunModel m = slot < 0 ? race.addRun(r.optimizer(), r.learningRate()) : race.addRun(r.optimizer(), r.learningRate(), slot);
            m.hyperProperty().set(r.hyper()); // after the optimizer: setting it resets the hyperparameters
            m.scheduleProperty().set(r.scheduleSpec());
            m.warmupProperty().set(r.warmup());
            m.clipProperty().set(r.clip());
            m.noiseProperty().set(r.noise());
            m.seedProperty().set(r.seed());
            m.batchProperty().set(r.batch());
            m.startProperty().set(r.start().equals(mainStart) ? null : r.start());
        }
        race.mainVisibleProperty().set(true);
        race.selectedProperty().set(null);
    }

    /** @return the palette slot of a "#rrggbb" colour, or −1 when it is "" or not a palette colour */
    static int slotOf(String hex) {
        for (int i = 0; i < RunPalette.size(); i++) {
            if (RunPalette.hex(i).equalsIgnoreCase(hex)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param captured the scenario as {@link ScenarioMapper#capture(org.gdlab.app.viewmodel.LabViewModel, Scenario)}
     *     made it (its runs[0] is the main run)
     * @param base the scenario last applied or saved: labels and colours of its further runs
     * @return captured with runs[1..] replaced by the race's runs, in legend order
     */
    static Scenario capture(Scenario captured, RaceViewModel race, Scenario base) {
        ScenarioRun main = captured.runs().get(0);
        List<ScenarioRun> runs = new ArrayList<>(List.of(main));
        List<RunModel> models = race.runs();
        for (int i = 0; i < models.size(); i++) {
            RunModel m = models.get(i);
            ScenarioRun old = i + 1 < base.runs().size() ? base.runs().get(i + 1) : null;
            RunConfig c;
            try {
                c = m.config(main.config());
            } catch (IllegalArgumentException invalid) {
                continue; // not runnable as it stands: the editor says why
            }
            ScenarioRun r = old == null ? ScenarioRun.of(c) : old.withConfig(c);
            if (old != null && !r.withColor(old.color()).equals(old)) {
                r = r.withLabel(""); // the label described the old settings
            }
            // the screen's colour: written when it is not the one the run's place gives (a removed run freed its slot)
            boolean byPlace = m.color().argb() == RunPalette.argb(runs.size() - 1);
            r = r.withColor(byPlace && r.color().isEmpty() ? "" : m.color().hex());
            runs.add(r);
        }
        return captured.withRuns(runs);
    }
}
