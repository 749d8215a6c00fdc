package org.gdlab.app.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.race.RunModel;
import org.gdlab.app.viewmodel.LatestWins;
import org.gdlab.app.viewmodel.Numbers;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.sweep.LearningRateSweep;
import org.gdlab.core.sweep.SweepPoint;
import org.gdlab.core.sweep.SweepResult;
import org.gdlab.core.sweep.SweepSpec;

/**
 * The learning-rate sweep of the selected run (the main run when none is selected): its configuration with
 * α replaced by each value of a log grid, N = its step limit, run by {@link LearningRateSweep} on all cores
 * off the JavaFX thread. The range is chosen per update rule ({@link SweepRange}): around the rule's
 * stability limit at the start where it has one (GD's 2/λmax, momentum's 2(1+μ)/λmax, …), around the
 * distance to the minimum for the rules whose steps are about α long (AdaGrad, RMSProp, Adam, normalized
 * GD); the status line says which. The sweep is a cancelling
 * latest-wins kind of the window's {@link org.gdlab.app.viewmodel.Background}: its progress and result are
 * published on the JavaFX thread; {@link #cancel()} stops the sweep within
 * {@link org.gdlab.core.batch.RunKernel#CHECK_EVERY} steps per worker; starting a new sweep cancels the old.
 * When a sweep fails the last result stays and the status (and the status line) says why.
 *
 * <p>A result is only ever shown for the run on screen: when anything the sweep depends on changes (the
 * selected run, its optimizer, hyperparameters, schedule, warm-up, clipping, noise, seed, the surface (a
 * dragged data point makes a new one), the start, the step limit, the mini-batch size; File ▸ New, Open or a lesson change them too), the result is cleared, a running
 * sweep is cancelled and its points are dropped, and the status says so. α alone is what the sweep varies:
 * changing it keeps the result.
 *
 * <p>A rule that does not use α (exact line search, Polyak's step) has no sweep: {@link #appliesProperty()}
 * is false and "Run sweep" says why. For the rules whose α is a first trial step or first step the range is
 * [α/1000, 100α].
 *
 * <p>Mutable; confined to the publisher's thread (the JavaFX thread in the app).
 */
public final class SweepViewModel {

    /** the smallest number of learning rates the UI sweeps */
    public static final int MIN_COUNT = 60;
    /** the head of the status line's sentence when a sweep fails */
    public static final String FAILURE = "Could not run the sweep";

    /** the status after the run on screen changed under a sweep */
    public static final String CHANGED = "The run changed since the sweep (surface, start, settings or the selected run): "
            + "press \"Run sweep\" again.";

    /** A finished sweep and how long it took. */
    private record Done(SweepResult result, double ms) {
    }

    /** What a sweep's result depends on: the swept run without its α. */
    private record Swept(CostFunction function, Vec2 start, OptimizerKind optimizer, Hyperparameters hyper,
            String schedule, int warmup, double clip, double noise, long seed, int maxSteps, double tolerance, int batch) {

        static Swept of(RunConfig c) {
            return new Swept(c.function(), c.start(), c.optimizer(), c.hyper(), c.scheduleSpec(), c.warmup(), c.clip(),
                    c.noise(), c.seed(), c.maxSteps(), c.tolerance(), c.batch());
        }
    }

    private final RaceViewModel race;
    private final LatestWins<Done> worker;
    private final IntegerProperty count = new SimpleIntegerProperty(this, "count", SweepSpec.DEFAULT_COUNT);
    private final ReadOnlyObjectWrapper<SweepResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<OptionalDouble> limit = new ReadOnlyObjectWrapper<>(this, "limit", OptionalDouble.empty());
    private final ReadOnlyStringWrapper limitLabel = new ReadOnlyStringWrapper(this, "limitLabel", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Press \"Run sweep\": the final cost after N steps for 120 values of α.");
    private final javafx.beans.property.ReadOnlyBooleanWrapper applies =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "applies", true);
    /** the run of the result on screen or of the running sweep; null for none */
    private Swept shownRun;

    /** @param race the runs (the sweep runs on the background of their main run) */
    public SweepViewModel(RaceViewModel race) {
        this.race = race;
        this.worker = race.lab().background().latestWinsCancelling(FAILURE);
        for (Observable o : List.of(race.lab().pathProperty(), race.revisionProperty(), race.selectedProperty())) {
            o.addListener(x -> dropIfStale());
            o.addListener(x -> updateApplies());
        }
    }

    /** @return the run the next sweep would sweep, without its α; null when it cannot be told */
    private Swept currentRun() {
        PlannedPath main = race.lab().pathProperty().get();
        if (main == null) {
            return null;
        }
        RunModel r = race.selectedProperty().get();
        try {
            return Swept.of(r == null ? main.config() : r.config(main.config()));
        } catch (IllegalArgumentException invalidSettings) {
            return null;
        }
    }

    /** Clears the result and cancels the running sweep when the run on screen is no longer the swept one. */
    private void dropIfStale() {
        if (shownRun == null) {
            return;
        }
        Swept now = currentRun();
        if (now == null || now.equals(shownRun)) {
            return;
        }
        shownRun = null;
        if (worker.runningProperty().get()) {
            worker.cancel();
        }
        result.set(null);
        limit.set(OptionalDouble.empty());
        limitLabel.set("");
        status.set(CHANGED);
    }

    /** @return the spec the next sweep runs, or null before the main run was planned */
    public SweepSpec nextSpec() {
        PlannedPath main = race.lab().pathProperty().get();
        if (main == null) {
            return null;
        }
        RunModel r = race.selectedProperty().get();
        RunConfig c = r == null ? main.config() : r.config(main.config());
        SweepRange range = SweepRange.of(c);
        return new SweepSpec(c, range.lo(), range.hi(), Math.max(MIN_COUNT, count.get()));
    }

    /** Start a sweep (cancelling a running one); the result arrives on the publisher. */
    public void run() {
        SweepSpec spec = nextSpec();
        if (spec == null) {
            return;
        }
        if (!GhostViewModel.appliesTo(spec.template())) {
            status.set(notApplicable(spec.template().optimizer()));
            return;
        }
        SweepRange range = SweepRange.of(spec.template());
        limit.set(range.limit());
        limitLabel.set(range.limitLabel());
        Swept swept = Swept.of(spec.template());
        shownRun = swept;
        status.set("Sweeping " + spec.count() + " values of α from " + Numbers.sig3(spec.minRate()) + " to "
                + Numbers.sig3(spec.maxRate()) + ", " + range.centre() + ", " + spec.steps() + " steps each …");
        worker.submitJob(job -> {
            long start = System.nanoTime();
            SweepResult r = LearningRateSweep.run(spec, job::progress, job.token());
            return new Done(r, (System.nanoTime() - start) / 1e6);
        }, done -> {
            if (!swept.equals(shownRun)) {
                return; // the run changed while it ran: its points belong to another run
            }
            result.set(done.result());
            status.set(summary(done.result(), done.ms(), range));
        }, status::set);
    }

    /** @return why a rule that does not use α has no sweep, e.g. "α does not apply to exact: …" */
    static String notApplicable(OptimizerKind k) {
        return "α does not apply to " + k.id() + ": it computes its own step length at every step, so there is no α to sweep.";
    }

    /** @return false while the run the sweep would sweep does not use α (exact, polyak); the view disables "Run sweep" */
    public ReadOnlyBooleanProperty appliesProperty() {
        return applies.getReadOnlyProperty();
    }

    private void updateApplies() {
        SweepSpec spec = nextSpec();
        applies.set(spec == null || GhostViewModel.appliesTo(spec.template()));
        if (!applies.get() && shownRun == null && !worker.runningProperty().get()) {
            status.set(notApplicable(spec.template().optimizer()));
        }
    }

    private static String summary(SweepResult r, double ms, SweepRange range) {
        String head = (r.cancelled() ? "Cancelled: " + r.points().size() + " of " + r.spec().count() + " values of α done"
                : r.spec().count() + " values of α in " + Math.round(ms) + " ms") + ", " + range.centre();
        OptionalDouble d = r.firstDivergentRate();
        return head + (d.isPresent() ? "; diverges from α ≈ " + Numbers.sig3(d.getAsDouble()) : "; no divergence in this range")
                + ". Click the chart to set α.";
    }

    /** Stop a running sweep; the points done so far are shown. */
    public void cancel() {
        if (!worker.runningProperty().get()) {
            return;
        }
        worker.cancel();
        if (!worker.runningProperty().get()) {
            status.set("Cancelled before the sweep started.");
        }
    }

    /**
     * Set the selected run's α (the main run's when none is selected) to the swept value nearest to α in log
     * scale.
     *
     * @param alpha a learning rate &gt; 0 (e.g. under a click on the chart)
     */
    public void pick(double alpha) {
        SweepResult r = result.get();
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            return;
        }
        double best = alpha;
        if (r != null && !r.points().isEmpty()) {
            double d = Double.POSITIVE_INFINITY;
            for (SweepPoint p : r.points()) {
                double e = Math.abs(Math.log(p.learningRate() / alpha));
                if (e < d) {
                    d = e;
                    best = p.learningRate();
                }
            }
        }
        RunModel sel = race.selectedProperty().get();
        if (sel != null) {
            sel.learningRateProperty().set(best);
        } else {
            race.lab().learningRateProperty().set(best);
        }
    }

    /**
     * The divergence regions of a sweep: maximal runs of consecutive divergent points, each from the geometric
     * midpoint with its left neighbour to that with its right neighbour (the ends of the grid at the ends).
     *
     * @return [from, to] pairs in increasing α
     */
    public static List<double[]> divergenceRegions(SweepResult r) {
        List<SweepPoint> pts = r.points();
        List<double[]> out = new ArrayList<>();
        int i = 0;
        while (i < pts.size()) {
            if (!pts.get(i).diverged()) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < pts.size() && pts.get(j + 1).diverged()) {
                j++;
            }
            double from = i == 0 ? pts.get(0).learningRate() : Math.sqrt(pts.get(i - 1).learningRate() * pts.get(i).learningRate());
            double to = j == pts.size() - 1 ? pts.get(j).learningRate() : Math.sqrt(pts.get(j).learningRate() * pts.get(j + 1).learningRate());
            out.add(new double[] {from, to});
            i = j + 1;
        }
        return out;
    }

    /** @return the number of learning rates (at least {@link #MIN_COUNT} are swept) */
    public IntegerProperty countProperty() {
        return count;
    }

    /** @return true from "Run sweep" until its result (or failure) has been published */
    public ReadOnlyBooleanProperty runningProperty() {
        return worker.runningProperty();
    }

    /** @return the fraction of runs done, 0 … 1 (left where it was when cancelled) */
    public ReadOnlyDoubleProperty progressProperty() {
        return worker.progressProperty();
    }

    /** @return the last finished (or cancelled) sweep, null before the first */
    public ReadOnlyObjectProperty<SweepResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** @return the swept rule's stability limit at its start (2/λmax for GD), where it has one */
    public ReadOnlyObjectProperty<OptionalDouble> limitProperty() {
        return limit.getReadOnlyProperty();
    }

    /** @return the limit's formula ("2/λmax", "2(1+μ)/λmax", …; "" without one), the chart's label for it */
    public ReadOnlyStringProperty limitLabelProperty() {
        return limitLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** @return the race (for the view) */
    public RaceViewModel race() {
        return race;
    }
}
