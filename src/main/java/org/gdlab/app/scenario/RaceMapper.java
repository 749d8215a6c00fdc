package org.gdlab.app.scenario;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.race.RunModel;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.scenario.RunSpec;
import org.gdlab.core.scenario.Scenario;

/**
 * Maps a scenario's further runs ({@code runs[1..]}) onto the race ({@link #apply}) and the race's runs back
 * into {@code runs[1..]} ({@link #capture}); {@link ScenarioMapper} calls it for {@code runs[0]}'s companions.
 *
 * <p>A race run has its own optimizer, hyperparameters, α, schedule and (optionally) start point; its colour
 * is the palette's, in run order. Warm-up, clipping, noise and seed are the main run's in the race: the
 * values a scenario gives a further run are not shown but are kept when it is captured, as are its label
 * (dropped once its settings change) and colour. Race run i is matched with {@code runs[i + 1]} of the base.
 */
final class RaceMapper {

    private RaceMapper() {
    }

    /** Replaces the race by the scenario's runs after the first, with the main run shown. */
    static void apply(Scenario s, RaceViewModel race) {
        race.clear();
        List<RunSpec> runs = s.runs();
        for (int i = 1; i < runs.size(); i++) {
            RunSpec r = runs.get(i);
            RunModel m = race.addRun(r.optimizer(), r.learningRate());
            m.hyperProperty().set(r.hyper()); // after the optimizer: setting it resets the hyperparameters
            m.scheduleProperty().set(r.schedule());
            m.startProperty().set(r.start().orElse(null));
        }
        race.mainVisibleProperty().set(true);
        race.selectedProperty().set(null);
    }

    /**
     * @param captured the scenario as {@link ScenarioMapper#capture(org.gdlab.app.viewmodel.LabViewModel, Scenario)}
     *     made it (its runs[0] is the main run)
     * @param base the scenario last applied or saved: labels, colours and hidden settings of its further runs
     * @return captured with runs[1..] replaced by the race's runs, in legend order
     */
    static Scenario capture(Scenario captured, RaceViewModel race, Scenario base) {
        List<RunSpec> runs = new ArrayList<>(captured.runs().subList(0, Math.min(1, captured.runs().size())));
        List<RunModel> models = race.runs();
        for (int i = 0; i < models.size(); i++) {
            RunModel m = models.get(i);
            RunSpec old = i + 1 < base.runs().size() ? base.runs().get(i + 1) : null;
            RunSpec from = old == null ? RunSpec.of(m.optimizerProperty().get(), m.learningRateProperty().get()) : old;
            String schedule = m.scheduleProperty().get();
            try {
                org.gdlab.core.schedule.Schedules.parse(schedule);
            } catch (IllegalArgumentException e) {
                schedule = "constant"; // the race runs a bad spec as constant
            }
            Vec2 start = m.startProperty().get();
            RunSpec r = from.withOptimizer(m.optimizerProperty().get()).withHyper(m.hyperProperty().get())
                    .withLearningRate(m.learningRateProperty().get()).withSchedule(schedule)
                    .withStart(start != null && start.isFinite() ? start : null);
            if (old != null && !r.equals(old)) {
                r = r.withLabel(""); // the label described the old settings
            }
            runs.add(r);
        }
        return captured.withRuns(runs);
    }
}
