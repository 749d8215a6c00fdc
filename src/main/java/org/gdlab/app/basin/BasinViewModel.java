package org.gdlab.app.basin;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.gdlab.render.paint.BasinColors;
import org.gdlab.render.paint.BasinLegend;
import org.gdlab.render.paint.BasinSettings;
import org.gdlab.render.paint.LegendEntry;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.LatestWins;
import org.gdlab.core.basin.BasinCsvWriter;
import org.gdlab.core.basin.BasinMap;
import org.gdlab.core.basin.BasinMapper;
import org.gdlab.core.basin.BasinRow;
import org.gdlab.core.basin.BasinSpec;
import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.ViewRect;

/**
 * The basin map of the current settings: every start of a resolution × resolution grid over the visible
 * view is run with the current surface, optimizer, hyperparameters, α, schedule and step limit
 * ({@link LabViewModel#runConfig()}, start replaced) and coloured by where it ends.
 *
 * <p>While {@link #enabledProperty() enabled}, a change of any of those, or of the warm-up, clipping,
 * noise, seed, mini-batch size, the view or the resolution,
 * cancels the running computation through its {@link CancellationToken} and starts a new one, a cancelling
 * latest-wins kind of the window's {@link org.gdlab.app.viewmodel.Background}, which runs
 * {@link BasinMapper} on all cores. Each finished row is applied on the publisher (the JavaFX thread): the
 * first replaces the last picture, each is written into {@link #argb()} and {@link #revisionProperty()}
 * goes up, so the layer draws the map row by row; the legend and {@link #progressProperty()} follow. When
 * the map is done the converged runs that matched no known minimum are clustered, the whole picture is
 * recoloured, and {@link #mapProperty()} holds the finished map (for the CSV export). When the computation
 * fails, what is on screen stays, and the summary and the status line say why.
 *
 * <p>Mutable; confined to the publisher's thread.
 */
public final class BasinViewModel {

    /** the grid resolutions offered (starts per side) */
    public static final List<Integer> RESOLUTIONS = List.of(64, 128, 256, 512);
    /** the resolution the map opens with */
    public static final int DEFAULT_RESOLUTION = BasinSettings.DEFAULT_RESOLUTION;
    /** the head of the status line's sentence when the map cannot be computed */
    public static final String FAILURE = "Could not compute the basin map";

    private final LabViewModel lab;
    private final LatestWins<BasinMap> worker;

    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final IntegerProperty resolution = new SimpleIntegerProperty(this, "resolution", DEFAULT_RESOLUTION);
    private final BooleanProperty colorBySteps = new SimpleBooleanProperty(this, "colorBySteps", false);
    private final DoubleProperty opacity = new SimpleDoubleProperty(this, "opacity", BasinSettings.DEFAULT_OPACITY);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyObjectWrapper<BasinMap> map = new ReadOnlyObjectWrapper<>(this, "map");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision", 0);
    private final ReadOnlyObjectWrapper<List<LegendEntry>> legend = new ReadOnlyObjectWrapper<>(this, "legend", List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyIntegerWrapper staleCancelled = new ReadOnlyIntegerWrapper(this, "staleCancelled", 0);

    private BasinSpec spec;
    private int minima;
    private int[] ids = new int[0];
    private int[] steps = new int[0];
    private int[] argb = new int[0];
    private long[] counts = new long[0];
    private long pendingCount;
    private long computed;
    private boolean recomputeQueued;

    /**
     * @param lab the window's view model (its settings are read, never written; the map is computed on
     *            its background)
     */
    public BasinViewModel(LabViewModel lab) {
        this.lab = lab;
        this.worker = lab.background().latestWinsCancelling(FAILURE);
        for (Observable o : List.of(lab.surfaceProperty(), lab.optimizerProperty(), lab.learningRateProperty(),
                lab.hyperparameters().valuesProperty(), lab.scheduleProperty(), lab.warmupProperty(), lab.clipProperty(),
                lab.noiseProperty(), lab.seedProperty(), lab.batchProperty(),
                lab.maxStepsProperty(), lab.plot().transformProperty(), resolution)) {
            o.addListener(x -> requestRecompute());
        }
        enabled.addListener((o, was, is) -> {
            if (is) {
                recompute();
            } else {
                cancel();
            }
        });
        colorBySteps.addListener(o -> recolor());
    }

    // ---------------------------------------------------------------- commands

    /** Compute the map again now (cancelling a running computation). Does nothing while not enabled. */
    public void recompute() {
        recomputeQueued = false;
        stopRunning();
        Surface s = lab.surfaceProperty().get();
        PlotTransform t = lab.plot().transformProperty().get();
        if (!enabled.get() || s == null || t == null) {
            return;
        }
        int n = Math.max(2, resolution.get());
        ViewRect view = t.visible();
        RunConfig template;
        try {
            template = lab.runConfig().withLearningRate(lab.learningRateProperty().get()).withFunction(s);
        } catch (IllegalArgumentException invalidSettings) {
            return; // the lab shows why the settings cannot run; the last map stays
        }
        BasinSpec sp = new BasinSpec(template, view, n, n, s.description().knownPoints(), BasinSpec.defaultMatchRadius(view));
        progress.set(0);
        worker.submitJob(job -> BasinMapper.compute(sp, row -> job.publish(() -> applyRow(sp, row)), job.token()),
                this::finished, summary::set);
    }

    /**
     * The first row (or the map) of a new computation arrived: it replaces the picture on screen. Until
     * then the last picture stays, so a computation that fails at once leaves it in place.
     */
    private void startPicture(BasinSpec sp) {
        if (spec == sp) {
            return;
        }
        spec = sp;
        int n = spec.nx() * spec.ny();
        minima = spec.knownMinima().size();
        ids = new int[n];
        Arrays.fill(ids, BasinMap.NOT_COMPUTED);
        steps = new int[n];
        argb = new int[n];
        counts = new long[minima + 2];
        pendingCount = 0;
        computed = 0;
        map.set(null);
    }

    /** Stop the running computation; the rows done so far stay on screen. */
    public void cancel() {
        if (worker.runningProperty().get()) {
            stopRunning();
            summary.set("Cancelled at " + Math.round(progress.get() * 100) + " %");
        }
    }

    /** Write the finished map as CSV (start_x, start_y, outcome, steps). */
    public void writeCsv(Path file) throws IOException {
        BasinMap m = map.get();
        if (m == null) {
            throw new IllegalStateException("no finished basin map to export");
        }
        BasinCsvWriter.write(m, file);
    }

    // ---------------------------------------------------------------- internals

    /** Several settings often change in one event (optimizer → α): recompute once, after the event. */
    private void requestRecompute() {
        if (!enabled.get() || recomputeQueued) {
            return;
        }
        recomputeQueued = true;
        lab.background().defer(() -> {
            if (recomputeQueued) {
                recompute();
            }
        });
    }

    /** Cancel the running computation (a stale one, or the user's cancel): counted. */
    private void stopRunning() {
        if (worker.runningProperty().get()) {
            worker.cancel();
            staleCancelled.set(staleCancelled.get() + 1);
        }
    }

    private void applyRow(BasinSpec sp, BasinRow row) {
        startPicture(sp);
        int nx = spec.nx();
        int j = row.row();
        for (int i = 0; i < nx; i++) {
            int id = row.classIds()[i];
            ids[j * nx + i] = id;
            steps[j * nx + i] = row.steps()[i];
            if (id == BasinRow.PENDING) {
                pendingCount++;
            } else {
                counts[id]++;
            }
        }
        computed += nx;
        paintRow(j);
        progress.set(row.fractionDone());
        summary.set("Computing " + nx + " × " + spec.ny() + " starts: " + Math.round(row.fractionDone() * 100) + " %");
        updateLegend();
        revision.set(revision.get() + 1);
    }

    private void finished(BasinMap m) {
        if (m.cancelled()) {
            return; // the user's cancel: the rows done stay
        }
        startPicture(m.spec());
        ids = m.classIds();
        steps = m.stepCounts();
        map.set(m);
        progress.set(1);
        for (int j = 0; j < m.ny(); j++) {
            paintRow(j);
        }
        summary.set(BasinLegend.summary(m));
        updateLegend();
        revision.set(revision.get() + 1);
    }

    private void recolor() {
        if (spec == null) {
            return;
        }
        for (int j = 0; j < spec.ny(); j++) {
            paintRow(j);
        }
        updateLegend();
        revision.set(revision.get() + 1);
    }

    /** Colours row j of the grid into image row ny − 1 − j (the image's row 0 is the top, y = yMax). */
    private void paintRow(int j) {
        int nx = spec.nx();
        int out = (spec.ny() - 1 - j) * nx;
        BasinMap m = map.get();
        int limit = spec.template().maxSteps();
        for (int i = 0; i < nx; i++) {
            int id = ids[j * nx + i];
            argb[out + i] = BasinColors.cell(id, steps[j * nx + i], limit, minima,
                    m != null && id >= 0 ? m.classes().get(id).kind() : null, colorBySteps.get());
        }
    }

    private void updateLegend() {
        if (spec == null) {
            legend.set(List.of());
            return;
        }
        BasinMap m = map.get();
        if (m != null) {
            legend.set(BasinColors.legend(m, colorBySteps.get())); // as an export's map of another rectangle
            return;
        }
        List<LegendEntry> out = new ArrayList<>();
        if (colorBySteps.get()) {
            out.addAll(BasinColors.stepLegend(spec.template().maxSteps(), share(minima + 1), share(minima)));
        } else {
            List<Vec2> at = spec.knownMinima();
            for (int k = 0; k < minima; k++) {
                out.add(new LegendEntry("minimum " + (k + 1) + " " + point(at.get(k)), BasinColors.minimum(k), share(k)));
            }
            out.add(new LegendEntry("diverged", BasinColors.DIVERGED, share(minima)));
            out.add(new LegendEntry("not converged", BasinColors.NOT_CONVERGED, share(minima + 1)));
            if (pendingCount > 0) {
                out.add(new LegendEntry("converged elsewhere (sorting…)", BasinColors.PENDING,
                        pendingCount / (double) computed));
            }
        }
        legend.set(List.copyOf(out));
    }

    private double share(int id) {
        BasinMap m = map.get();
        if (m != null) {
            return m.share(id);
        }
        return computed == 0 ? 0 : counts[id] / (double) computed;
    }

    /** "(x, y)" rounded to 6 decimals, trailing zeros dropped, as the core's class labels. */
    private static String point(Vec2 p) {
        return "(" + number(p.x()) + ", " + number(p.y()) + ")";
    }

    private static String number(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    // ---------------------------------------------------------------- properties

    /** @return true: the map is computed and shown over the plot */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** @return starts per side (one of {@link #RESOLUTIONS} in the UI) */
    public IntegerProperty resolutionProperty() {
        return resolution;
    }

    /** @return true: colour by the number of steps instead of the outcome */
    public BooleanProperty colorByStepsProperty() {
        return colorBySteps;
    }

    /** @return the overlay's opacity over the contour plot, 0 to 1 */
    public DoubleProperty opacityProperty() {
        return opacity;
    }

    /** @return the fraction of rows done, 0 to 1 */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** @return true while a computation runs */
    public ReadOnlyBooleanProperty runningProperty() {
        return worker.runningProperty();
    }

    /**
     * @return the finished map on screen; null once a new computation's first row replaced it, until that
     *     computation finishes (and after it was cancelled)
     */
    public ReadOnlyObjectProperty<BasinMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    /** @return goes up whenever {@link #argb()} changed */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** @return the legend: one entry per class (or per step decade) with its colour and share */
    public ReadOnlyObjectProperty<List<LegendEntry>> legendProperty() {
        return legend.getReadOnlyProperty();
    }

    /** @return one line on the state of the map ("Computing … 42 %", "256 × 256 starts, GD α = …", "Cancelled …") */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** @return how many running computations were cancelled (stale ones and the user's cancels) */
    public ReadOnlyIntegerProperty cancelledCountProperty() {
        return staleCancelled.getReadOnlyProperty();
    }

    /** @return the spec of the picture in {@link #argb()}, or null before the first computation */
    public BasinSpec spec() {
        return spec;
    }

    /**
     * @return the picture, MUTABLE and owned by this view model (read it on the publisher's thread only):
     *     nx × ny ARGB, row 0 at the top (y = yMax), transparent where no start is computed yet
     */
    public int[] argb() {
        return argb;
    }
}
