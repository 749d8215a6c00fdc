package org.gdlab.app.charts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.gdlab.app.race.RacePath;
import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.race.RunModel;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.LatestWins;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.app.viewmodel.RateChange;
import org.gdlab.core.math.NumberText;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.LineSearchTrace;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.StepSeen;
import org.gdlab.core.sim.Stepper;

/**
 * The line search of the current step of the selected run (the main run when none is selected): the step
 * is replayed from the run's state at w_k ({@link LineSearchTrace#replay}) on the background (the latest
 * request wins), and its slice ({@link SliceData}) and trials are published for the slice chart and the
 * plot's overlays. Follows the playback step, the path, the selection. For a rule without a line search
 * the data is null and {@link #messageProperty()} says so in plain words.
 *
 * <p>Mutable; its properties belong to the JavaFX thread (or the test thread).
 */
public final class SliceViewModel {

    /** The rules that search along a line: the slice applies to them. */
    public static final Set<OptimizerKind> SEARCHES = EnumSet.of(OptimizerKind.ARMIJO, OptimizerKind.WOLFE,
            OptimizerKind.EXACT, OptimizerKind.CG, OptimizerKind.BFGS, OptimizerKind.LBFGS);
    static final String FAILURE = "Could not replay the line search";

    private final RaceViewModel race;
    private final ReadOnlyObjectWrapper<SliceData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty onPlot = new SimpleBooleanProperty(this, "onPlot", true);
    private final LatestWins<Result> worker;

    /** What a job publishes: the slice (or null) and the sentence under the chart. */
    record Result(SliceData data, String message) {
    }

    public SliceViewModel(RaceViewModel race) {
        this.race = race;
        LabViewModel lab = race.lab();
        this.worker = lab.background().latestWins(FAILURE);
        for (Observable o : new Observable[] {lab.playback().stepProperty(), lab.pathProperty(), race.revisionProperty(),
                race.selectedProperty()}) {
            o.addListener(x -> refresh());
        }
        refresh();
    }

    /** Asks for the current step's slice (published later, on the JavaFX thread). */
    public void refresh() {
        PlannedPath p = currentPath();
        if (p == null || p.size() == 0) {
            worker.submit(() -> new Result(null, "No run to show."), this::show);
            return;
        }
        OptimizerKind kind = p.config().optimizer();
        if (!SEARCHES.contains(kind)) {
            worker.submit(() -> new Result(null, withoutSearch(kind)), this::show);
            return;
        }
        int k = Math.min(race.lab().playback().step(), p.size() - 1);
        worker.submit(() -> compute(p, k), this::show);
    }

    private void show(Result r) {
        data.set(r.data());
        message.set(r.message());
    }

    /** @return why a rule has no slice, in plain words */
    static String withoutSearch(OptimizerKind kind) {
        String name = kind.displayName();
        return switch (kind) {
            case POLYAK, BB -> name + " computes its step length from a formula: it tries no steps, so there is "
                    + "no line search to show. The slice is shown for armijo, wolfe, exact, cg, bfgs and lbfgs.";
            default -> name + " steps with its learning rate α and tries no steps, so there is no line search to "
                    + "show. The slice is shown for armijo, wolfe, exact, cg, bfgs and lbfgs.";
        };
    }

    /**
     * Replays the step leaving w_k of the planned path p: a {@link Stepper} is advanced to row k with the
     * path's live α changes (so the state is the run's), then that one step is replayed with its trials ({@link StepSeen#lineSearch}).
     * Work: k steps of the rule, then {@link SliceData#SAMPLES} evaluations.
     */
    static Result compute(PlannedPath p, int k) {
        RunConfig c = p.config();
        Stepper s = new Stepper(c);
        List<RateChange> changes = p.changes();
        applyChanges(s, changes, Integer.MIN_VALUE, 0);
        while (s.current() != null && s.current().step() < k && s.advance()) {
            applyChanges(s, changes, s.current().step() - 1, s.current().step());
        }
        if (s.current() == null || s.current().step() != k) {
            return new Result(null, "Step " + k + " could not be replayed.");
        }
        if (s.end() != null) {
            return new Result(null, "The run ended at step " + k + ": no step leaves it, so there is no line search.");
        }
        Hyperparameters h = s.hyperparameters();
        LineSearchTrace trace = StepSeen.lineSearch(s).orElse(null);
        if (trace == null) {
            return new Result(null, withoutSearch(c.optimizer()));
        }
        double c1 = h.has("c1") ? h.get("c1") : Double.NaN;
        double c2 = h.has("c2") ? h.get("c2") : Double.NaN;
        // exact takes no c₁; cg, bfgs, lbfgs with line_search = exact check neither condition
        if (h.has("line_search") && h.get("line_search") == 1) {
            c1 = Double.NaN;
            c2 = Double.NaN;
        }
        SliceData d = SliceData.of(trace, c1, c2, c.function());
        // the sentence in the cost's letter: J along d on data
        return new Result(d, org.gdlab.core.explain.CostLetter.rename(describe(d, k),
                org.gdlab.core.explain.CostLetter.of(c.function())));
    }

    /** Applies the α changes with after &lt; step ≤ row, in their order (as {@code Simulation.run} does). */
    private static void applyChanges(Stepper s, List<RateChange> changes, int after, int row) {
        for (RateChange r : changes) {
            if (r.step() > after && r.step() <= row) {
                s.setLearningRate(r.learningRate());
            }
        }
    }

    /** @return the sentence under the chart: the step, the trials and what decided them */
    static String describe(SliceData d, int k) {
        LineSearchTrace t = d.trace();
        int n = t.trials().size();
        StringBuilder b = new StringBuilder("Step ").append(k).append(": ").append(n).append(n == 1 ? " trial" : " trials");
        if (Double.isNaN(t.accepted())) {
            b.append(", none accepted (the search's budget ran out: line_search_failed)");
        } else if (Double.isInfinite(t.accepted())) {
            b.append(": the cost falls along d as far as the search looks (no minimum along the line)");
        } else {
            b.append(", t = ").append(NumberText.significant(t.accepted(), 4)).append(" accepted");
        }
        b.append(". ");
        if (Double.isNaN(d.c1())) {
            b.append("The exact search looks for the minimum of C along d: no Armijo line or band (no c₁, c₂).");
        } else if (Double.isNaN(d.c2())) {
            b.append("Armijo line with c₁ = ").append(NumberText.significant(d.c1(), 3))
                    .append("; armijo checks only sufficient decrease, so there is no curvature band.");
        } else {
            b.append("Armijo line with c₁ = ").append(NumberText.significant(d.c1(), 3)).append("; shaded: |φ'(t)| ≤ c₂|φ'(0)|, c₂ = ")
                    .append(NumberText.significant(d.c2(), 3)).append('.');
        }
        return b.toString();
    }

    private PlannedPath currentPath() {
        RunModel r = race.selectedProperty().get();
        RacePath rp = r == null ? null : r.pathProperty().get();
        return rp != null ? rp.path() : race.lab().pathProperty().get();
    }

    /** @return the slice of the current step, or null (see {@link #messageProperty()}) */
    public ReadOnlyObjectProperty<SliceData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** @return the current step's trace, or null: what the plot's overlays draw */
    public LineSearchTrace trace() {
        SliceData d = data.get();
        return d == null || !onPlot.get() ? null : d.trace();
    }

    /** @return the sentence under the chart (the step, the trials, or why there is no slice) */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** @return whether the trials, the search direction and the BFGS ellipse are drawn on the plot */
    public BooleanProperty onPlotProperty() {
        return onPlot;
    }
}
