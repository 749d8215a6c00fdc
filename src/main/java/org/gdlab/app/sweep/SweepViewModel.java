package org.gdlab.app.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.gdlab.app.curvature.StabilityLimit;
import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.race.RunModel;
import org.gdlab.app.viewmodel.Numbers;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sweep.LearningRateSweep;
import org.gdlab.core.sweep.SweepPoint;
import org.gdlab.core.sweep.SweepResult;
import org.gdlab.core.sweep.SweepSpec;

/**
 * The learning-rate sweep of the selected run (the main run when none is selected): its configuration with
 * α replaced by each value of a log grid, N = its step limit, run by {@link LearningRateSweep} on all cores
 * off the JavaFX thread. The range is chosen from the start point's stability limit L = 2/λmax when it
 * exists, [L/1000, 4L] (from a crawl to clear divergence), else [α/1000, 100α]. Progress is published at
 * most once per 1% through the executor; {@link #cancel()} stops the sweep within
 * {@link org.gdlab.core.batch.RunKernel#CHECK_EVERY} steps per worker; starting a new sweep cancels the old.
 *
 * <p>Mutable; confined to the publisher's thread (the JavaFX thread in the app).
 */
public final class SweepViewModel {

    /** the smallest number of learning rates the UI sweeps */
    public static final int MIN_COUNT = 60;

    private final RaceViewModel race;
    private final Executor publisher;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gdlab-sweep");
        t.setDaemon(true);
        return t;
    });
    private final IntegerProperty count = new SimpleIntegerProperty(this, "count", SweepSpec.DEFAULT_COUNT);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyObjectWrapper<SweepResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<OptionalDouble> limit = new ReadOnlyObjectWrapper<>(this, "limit", OptionalDouble.empty());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Press \"Run sweep\": the final cost after N steps for 120 values of α.");
    private final AtomicLong generation = new AtomicLong();
    private CancellationToken token = new CancellationToken();
    private Future<?> job;

    public SweepViewModel(RaceViewModel race, Executor publisher) {
        this.race = race;
        this.publisher = publisher;
    }

    /** @return the spec the next sweep runs, or null before the main run was planned */
    public SweepSpec nextSpec() {
        PlannedPath main = race.lab().pathProperty().get();
        if (main == null) {
            return null;
        }
        RunModel r = race.selectedProperty().get();
        RunConfig c = r == null ? main.config() : r.config(main.config());
        StabilityLimit l = StabilityLimit.at(c.function(), c.start(), c.learningRate());
        double lo;
        double hi;
        if (l.limit().isPresent()) {
            lo = l.limit().getAsDouble() / 1000;
            hi = l.limit().getAsDouble() * 4;
        } else {
            lo = c.learningRate() / 1000;
            hi = c.learningRate() * 100;
        }
        return new SweepSpec(c, lo, hi, Math.max(MIN_COUNT, count.get()));
    }

    /** Start a sweep (cancelling a running one); the result arrives on the publisher. */
    public void run() {
        SweepSpec spec = nextSpec();
        if (spec == null || thread.isShutdown()) {
            return;
        }
        cancel();
        CancellationToken t = new CancellationToken();
        token = t;
        long gen = generation.incrementAndGet();
        limit.set(StabilityLimit.at(spec.template().function(), spec.template().start(), 1).limit());
        running.set(true);
        progress.set(0);
        status.set("Sweeping " + spec.count() + " values of α from " + Numbers.sig3(spec.minRate()) + " to "
                + Numbers.sig3(spec.maxRate()) + ", " + spec.steps() + " steps each …");
        AtomicBoolean posted = new AtomicBoolean();
        double[] lastPosted = {0};
        job = thread.submit(() -> {
            long start = System.nanoTime();
            SweepResult r;
            try {
                r = LearningRateSweep.run(spec, f -> {
                    synchronized (lastPosted) {
                        if (f - lastPosted[0] < 0.01 && f < 1) {
                            return;
                        }
                        lastPosted[0] = f;
                    }
                    if (!posted.getAndSet(true)) {
                        publisher.execute(() -> {
                            posted.set(false);
                            if (generation.get() == gen) {
                                progress.set(lastPosted[0]);
                            }
                        });
                    }
                }, t);
            } catch (RuntimeException e) {
                publisher.execute(() -> finish(gen, null, "Sweep failed: " + e.getMessage()));
                return;
            }
            double ms = (System.nanoTime() - start) / 1e6;
            SweepResult done = r;
            publisher.execute(() -> finish(gen, done, summary(done, ms)));
        });
    }

    private void finish(long gen, SweepResult r, String text) {
        if (generation.get() != gen) {
            return;
        }
        running.set(false);
        if (r != null) {
            result.set(r);
            progress.set(r.cancelled() ? progress.get() : 1);
        }
        status.set(text);
    }

    private static String summary(SweepResult r, double ms) {
        String head = r.cancelled() ? "Cancelled: " + r.points().size() + " of " + r.spec().count() + " values of α done"
                : r.spec().count() + " values of α in " + Math.round(ms) + " ms";
        OptionalDouble d = r.firstDivergentRate();
        return head + (d.isPresent() ? "; diverges from α ≈ " + Numbers.sig3(d.getAsDouble()) : "; no divergence in this range")
                + ". Click the chart to set α.";
    }

    /** Stop a running sweep; the points done so far are shown. */
    public void cancel() {
        token.cancel();
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

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** @return the fraction of runs done, 0 … 1 */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** @return the last finished (or cancelled) sweep, null before the first */
    public ReadOnlyObjectProperty<SweepResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** @return 2/λmax at the swept run's start, when defined */
    public ReadOnlyObjectProperty<OptionalDouble> limitProperty() {
        return limit.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** @return the race (for the view) */
    public RaceViewModel race() {
        return race;
    }

    /** For tests: wait (off the publisher thread) until the current sweep has finished and been published. */
    public boolean awaitDone(long timeout, TimeUnit unit) throws Exception {
        Future<?> j = job;
        if (j != null) {
            j.get(timeout, unit);
        }
        return true;
    }

    /** Cancel and stop the worker thread. */
    public void shutdown() {
        cancel();
        thread.shutdownNow();
    }
}
