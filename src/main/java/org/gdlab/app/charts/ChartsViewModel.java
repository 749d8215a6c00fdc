package org.gdlab.app.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gdlab.app.race.RacePath;
import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.race.RunModel;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.surface.StationaryPoint;
import org.gdlab.core.surface.Surface;

/**
 * The data of the charts, derived from the main run and the visible racing runs whenever a path, the
 * visibility or the surface changes (cheap: a pass over at most a few thousand rows per run, on the
 * JavaFX thread). The cursor is the playback's step; {@link #seek} moves the animation to a step.
 *
 * <p>Mutable; confined to the JavaFX thread (or the test thread).
 */
public final class ChartsViewModel {

    /** at most this many points per series (longer runs are thinned evenly, keeping the last row) */
    public static final int MAX_POINTS = 1000;
    /** the main run's colour on the white chart background (it is white on the plot) */
    public static final int MAIN_ARGB = 0xFF404040;

    private final RaceViewModel race;
    private final ReadOnlyObjectWrapper<ChartData> data = new ReadOnlyObjectWrapper<>(this, "data", ChartData.empty());

    public ChartsViewModel(RaceViewModel race) {
        this.race = race;
        for (Observable o : new Observable[] {race.revisionProperty(), race.lab().pathProperty(), race.lab().surfaceProperty()}) {
            o.addListener(x -> refresh());
        }
        refresh();
    }

    /** Recompute the series now. */
    public void refresh() {
        Surface s = race.lab().surfaceProperty().get();
        OptionalDouble cStar = s == null ? OptionalDouble.empty() : globalMinimum(s);
        double offset = cStar.orElse(0);
        List<ChartSeries> cost = new ArrayList<>();
        List<ChartSeries> grad = new ArrayList<>();
        List<ChartSeries> rate = new ArrayList<>();
        PlannedPath main = race.lab().pathProperty().get();
        if (main != null && main.size() > 0 && (race.mainVisibleProperty().get() || race.runs().isEmpty())) {
            add(main, "main run", MAIN_ARGB, offset, cost, grad, rate);
            if (main.hasBatchLoss()) { // issue 16: the loss of each step's mini-batch beside the full loss
                cost.add(batchLoss(main, offset));
            }
        }
        for (RunModel r : race.visibleRuns()) {
            RacePath p = r.pathProperty().get();
            if (p != null && p.size() > 0) {
                add(p.path(), r.label(), r.color().argb(), offset, cost, grad, rate);
            }
        }
        data.set(new ChartData(cost, grad, rate, cStar.isPresent() ? "C − C*" : "C"));
    }

    /** @return the least value among the surface's global minima, if it lists any */
    public static OptionalDouble globalMinimum(Surface s) {
        return s.description().knownPoints().stream()
                .filter(p -> p.kind() == StationaryPoint.Kind.GLOBAL_MINIMUM)
                .mapToDouble(StationaryPoint::value).min();
    }

    private static void add(PlannedPath p, String name, int argb, double offset, List<ChartSeries> cost,
            List<ChartSeries> grad, List<ChartSeries> rate) {
        int n = p.size();
        int stride = Math.max(1, (int) Math.ceil(n / (double) MAX_POINTS));
        int m = (n - 1) / stride + 1 + ((n - 1) % stride == 0 ? 0 : 1);
        double[] k = new double[m];
        double[] c = new double[m];
        double[] g = new double[m];
        double[] a = new double[m];
        int j = 0;
        for (int i = 0; i < n; i += stride) {
            k[j] = i;
            c[j] = p.cost(i) - offset;
            g[j] = p.gradientNorm(i);
            a[j] = p.learningRate(i);
            j++;
        }
        if (j < m) {
            k[j] = n - 1;
            c[j] = p.cost(n - 1) - offset;
            g[j] = p.gradientNorm(n - 1);
            a[j] = p.learningRate(n - 1);
        }
        cost.add(positive(name, argb, k, c));
        grad.add(positive(name, argb, k, g));
        rate.add(new ChartSeries(name, argb, k, a));
    }

    /** the batch-loss curve's colour: the data view's batch highlight */
    public static final int BATCH_ARGB = 0xFFF59E0B;

    /** @return the main run's batch loss J_B(w_k) − offset, thinned like the other series */
    static ChartSeries batchLoss(PlannedPath p, double offset) {
        int n = p.size() - 1; // the last iterate has no batch
        int stride = Math.max(1, (int) Math.ceil(n / (double) MAX_POINTS));
        int m = n <= 0 ? 0 : (n - 1) / stride + 1;
        double[] k = new double[m];
        double[] c = new double[m];
        for (int i = 0, j = 0; j < m; i += stride, j++) {
            k[j] = i;
            c[j] = p.batchLoss(i) - offset;
        }
        return positive("batch loss", BATCH_ARGB, k, c);
    }

    /** Keeps the points with a finite value &gt; 0 (a logarithmic axis cannot show the others). */
    private static ChartSeries positive(String name, int argb, double[] k, double[] v) {
        int n = 0;
        for (double x : v) {
            if (x > 0 && Double.isFinite(x)) {
                n++;
            }
        }
        if (n == v.length) {
            return new ChartSeries(name, argb, k, v);
        }
        double[] kk = new double[n];
        double[] vv = new double[n];
        int j = 0;
        for (int i = 0; i < v.length; i++) {
            if (v[i] > 0 && Double.isFinite(v[i])) {
                kk[j] = k[i];
                vv[j++] = v[i];
            }
        }
        return new ChartSeries(name, argb, kk, vv);
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

    /** @return the current series */
    public ReadOnlyObjectProperty<ChartData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** @return the race (for the views) */
    public RaceViewModel race() {
        return race;
    }
}
