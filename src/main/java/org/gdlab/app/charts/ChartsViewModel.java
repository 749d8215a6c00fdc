package org.gdlab.app.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableObjectValue;
import org.gdlab.app.race.RacePath;
import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.race.RunModel;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.surface.StationaryPoint;
import org.gdlab.core.surface.Surface;

/**
 * The data of the charts, derived from the main run and the visible racing runs. It is a lazy binding on
 * the paths, the race (runs, visibility) and the surface: a change only marks it stale (one invalidation
 * however many changes come before the next read), and the series are computed when read (a pass over the
 * rows of each run, on the JavaFX thread) — by the charts when they are on screen, by an export. Hidden
 * charts therefore cost nothing. The cursor is the playback's step; {@link #seek} moves the animation to a
 * step.
 *
 * <p>Mutable; confined to the JavaFX thread (or the test thread).
 */
public final class ChartsViewModel {

    /**
     * at most this many points per series: a longer run is reduced to its {@link ColumnEnvelope} over
     * {@code MAX_POINTS / 2 − 2} equal ranges of steps (each range's least and greatest value, the first and
     * the last step), which the charts then reduce again to their pixel columns
     */
    public static final int MAX_POINTS = 20_000;
    /** the main run's colour on the white chart background (it is white on the plot) */
    public static final int MAIN_ARGB = 0xFF404040;

    private final RaceViewModel race;
    private final ObjectBinding<ChartData> data;
    private int computed;
    private boolean strided;

    public ChartsViewModel(RaceViewModel race) {
        this.race = race;
        data = Bindings.createObjectBinding(this::compute, race.revisionProperty(), race.lab().pathProperty(),
                race.lab().surfaceProperty());
    }

    /** Marks the series stale: they are computed again when next read. */
    public void refresh() {
        data.invalidate();
    }

    /**
     * @param on true: thin each run as the charts did before, every k-th step with k = ⌈rows/1000⌉ (which
     *     aliases: a value alternating ±1 becomes a flat line); only {@code RaceBenchmark}'s reference, not
     *     in the UI
     */
    public void setStridedReference(boolean on) {
        strided = on;
        data.invalidate();
    }

    /** @return how many times the series were computed (a hidden chart reads none) */
    public int computations() {
        return computed;
    }

    private ChartData compute() {
        computed++;
        Surface s = race.lab().surfaceProperty().get();
        OptionalDouble cStar = s == null ? OptionalDouble.empty() : globalMinimum(s);
        double offset = cStar.orElse(0);
        List<ChartSeries> cost = new ArrayList<>();
        List<ChartSeries> grad = new ArrayList<>();
        List<ChartSeries> rate = new ArrayList<>();
        PlannedPath main = race.lab().pathProperty().get();
        if (main != null && main.size() > 0 && (race.mainVisibleProperty().get() || race.runs().isEmpty())) {
            add(main, "main run", MAIN_ARGB, offset, cost, grad, rate, strided);
            if (main.hasBatchLoss()) { // issue 16: the loss of each step's mini-batch beside the full loss
                cost.add(batchLoss(main, offset));
            }
        }
        for (RunModel r : race.visibleRuns()) {
            RacePath p = r.pathProperty().get();
            if (p != null && p.size() > 0) {
                add(p.path(), r.label(), r.color().argb(), offset, cost, grad, rate, strided);
            }
        }
        String label = org.gdlab.core.explain.CostLetter.rename(cStar.isPresent() ? "C − C*" : "C",
                s == null ? "C" : org.gdlab.core.explain.CostLetter.of(s));
        return new ChartData(cost, grad, rate, label);
    }

    /** @return the least value among the surface's global minima, if it lists any */
    public static OptionalDouble globalMinimum(Surface s) {
        return s.description().knownPoints().stream()
                .filter(p -> p.kind() == StationaryPoint.Kind.GLOBAL_MINIMUM)
                .mapToDouble(StationaryPoint::value).min();
    }

    private static void add(PlannedPath p, String name, int argb, double offset, List<ChartSeries> cost,
            List<ChartSeries> grad, List<ChartSeries> rate, boolean strided) {
        int stride = strided ? Math.max(1, (int) Math.ceil(p.size() / 1000.0)) : 1;
        int n = (p.size() + stride - 1) / stride;
        double[] k = new double[n];
        double[] c = new double[n];
        double[] g = new double[n];
        double[] a = new double[n];
        for (int j = 0; j < n; j++) {
            int i = j * stride;
            k[j] = i;
            c[j] = p.cost(i) - offset;
            g[j] = p.gradientNorm(i);
            a[j] = p.learningRate(i);
        }
        cost.add(bounded(name, argb, k, c, true));
        grad.add(bounded(name, argb, k, g, true));
        rate.add(bounded(name, argb, k, a, false));
    }

    /** the batch-loss curve's colour: the data view's batch highlight */
    public static final int BATCH_ARGB = 0xFFF59E0B;

    /** @return the main run's batch loss J_B(w_k) − offset, reduced like the other series */
    static ChartSeries batchLoss(PlannedPath p, double offset) {
        int n = Math.max(0, p.size() - 1); // the last iterate has no batch
        double[] k = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            k[i] = i;
            c[i] = p.batchLoss(i) - offset;
        }
        return bounded("batch loss", BATCH_ARGB, k, c, true);
    }

    /**
     * Keeps the points a chart can draw (finite values, and &gt; 0 on a logarithmic chart), at most
     * {@link #MAX_POINTS} of them: a longer run keeps its envelope (see {@link #MAX_POINTS}).
     */
    static ChartSeries bounded(String name, int argb, double[] k, double[] v, boolean log) {
        int columns = n(k.length);
        double[] kk = new double[ColumnEnvelope.capacity(columns)];
        double[] vv = new double[kk.length];
        double last = k.length == 0 ? 0 : k[k.length - 1];
        int m = ColumnEnvelope.reduce(k, v, k.length == 0 ? 0 : k[0], last, columns, log, kk, vv);
        return new ChartSeries(name, argb, java.util.Arrays.copyOf(kk, m), java.util.Arrays.copyOf(vv, m));
    }

    /** @return the columns for a run of {@code rows} rows: one per row up to the budget */
    private static int n(int rows) {
        return rows <= MAX_POINTS ? Math.max(1, rows) : MAX_POINTS / 2 - 2;
    }

    /** Move the animation to step k (rounded, clamped to the path); the playback pauses. */
    public void seek(double k) {
        if (Double.isFinite(k)) {
            race.lab().playback().playingProperty().set(false);
            race.lab().playback().seek((int) Math.round(k));
        }
    }

    /** @return the step the charts' cursor marks */
    public int cursor() {
        return race.lab().playback().step();
    }

    /** @return the current series (lazy: computed when read after a change) */
    public ObservableObjectValue<ChartData> dataProperty() {
        return data;
    }

    /** @return the race (for the views) */
    public RaceViewModel race() {
        return race;
    }
}
