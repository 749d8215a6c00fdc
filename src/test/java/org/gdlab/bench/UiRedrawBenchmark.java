package org.gdlab.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.StackPane;
import javafx.scene.image.WritableImage;
import org.gdlab.bench.legacy.LegacyPathPainter;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.app.plot.PlotView;
import org.gdlab.bench.legacy.LegacySurfacePainter;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.contour.ContourPicture;
import org.gdlab.core.contour.ContourPictureBuilder;
import org.gdlab.core.contour.LevelSpacing;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a person feels in the app, measured with the real plot view and painters on a headless JavaFX
 * (Monocle, software renderer) at the plot size of the default 1280×800 window. "Render" means a
 * {@code snapshot} of the plot, which also reads the pixels back: an upper bound of what a frame costs.
 * <ul>
 *   <li>{@code sliderMove_replanAndPaint}: plan a 1000-step path (the worker's job) and issue the drawing
 *       commands of the whole path (the JavaFX thread's job), no rendering.</li>
 *   <li>{@code sliderMove_endToEnd}: set α on the JavaFX thread, let the worker plan 1000 steps and
 *       publish, then lay out and render the plot. Goal: median &lt; 4 ms.</li>
 *   <li>{@code renderOnly}: render the unchanged plot: the cost of the snapshot itself, to subtract.</li>
 *   <li>{@code frame_playback10000}, {@code frame_playback10000Noisy}: one animation frame (one more step,
 *       render) with a 10,000-point path, a crawl and a noisy walk over the whole view. Goal: well under
 *       16.7 ms (60 fps).</li>
 *   <li>{@code fullRepaint_path10000}, {@code fullRepaint_path10000Noisy}: all of a 10,000-point path
 *       painted from scratch and rendered (after a zoom, a pan or a resize).</li>
 *   <li>{@code surfaceChange}: contour picture at screen resolution with 20 levels, image, base layer,
 *       rendered. Goal: median &lt; 30 ms.</li>
 * </ul>
 * Run: {@code mvn -o -Pbench test-compile exec:exec -Dbench=UiRedrawBenchmark}; read the p0.50 lines.
 * The methods that call a painter directly ({@code sliderMove_replanAndPaint}, {@code fullRepaint_*},
 * {@code surfaceChange}) keep measuring the GraphicsContext painter the window had before issue 13
 * ({@code bench.legacy}); {@link PlotPainterBenchmark} sets it against the one painter.
 *
 * <p><b>What it does not include</b>, and so what it cannot tell about the latency a person feels: the plot is
 * rendered alone in its own scene, so the CSS and layout passes of the whole window (side panel, labels whose
 * text changes, status bar, charts, race bar) are not in it; neither is the rest of the pulse (waiting for the
 * next pulse, other layers and charts repainting in the same pulse), the input event's way in (X server, glass,
 * event dispatch, the slider's skin), nor presenting the frame on a real window. A snapshot reads pixels back,
 * which a window does not. The end-to-end figure, seen from outside against two minimal windows, comes from
 * {@code src/bench/latency/latency.sh}; the CSS, layout and render passes of the whole window, against the
 * plotting floor, from {@code PulsePhaseBenchmark}; frame intervals while playing, from
 * {@code src/bench/latency/frames.sh}. Its figures say how fast the plot's painters are, not how fast the
 * window answers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Dprism.text=t2k", "-Djava.awt.headless=true"})
public class UiRedrawBenchmark {

    private static final double W = 1280 - 380;
    private static final double H = 800 - 74;

    private Surface quadratic;
    private PlotTransform transform;
    private Canvas overlay;
    private Canvas base;
    private PlannedPath longPath;
    private PlannedPath noisyPath;
    private double[] rates;
    private int tick;
    private LabViewModel vm;
    private PlotView view;
    private LabViewModel noisyVm;
    private PlotView noisyView;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // started by an earlier trial in this JVM
        }
        Platform.setImplicitExit(false);
        quadratic = SurfaceCatalog.create("quadratic", Map.of("kappa", 10.0, "theta", 30.0));
        transform = PlotTransform.fit(quadratic.description().view(), PlotView.LEFT, PlotView.TOP,
                W - PlotView.LEFT - PlotView.RIGHT, H - PlotView.TOP - PlotView.BOTTOM, true);
        overlay = onFx(() -> new Canvas(W, H));
        base = onFx(() -> new Canvas(W, H));
        rates = new double[64];
        for (int i = 0; i < rates.length; i++) {
            rates[i] = 0.1 + 0.0012 * i; // a slider drag across stable rates
        }
        RunConfig slow = RunConfig.of(quadratic, new Vec2(-4.5, 2), OptimizerKind.GD, 0.002)
                .withMaxSteps(9999).withTolerance(0);
        longPath = PlannedPath.plan(slow, List.of());
        // worst case for the painter: gradient noise keeps 10,000 iterates wandering over the whole view
        noisyPath = PlannedPath.plan(slow.withLearningRate(0.02).withNoise(60).withSeed(7), List.of());
        if (longPath.size() != 10000 || noisyPath.size() != 10000) {
            throw new IllegalStateException("expected 10000 iterates, got " + longPath.size() + ", " + noisyPath.size());
        }
        setUpViews();
    }

    /** A real plot view on a real view model (1000 steps), in a scene of the default plot size. */
    private static Object[] plotView(double lr, double noise, int maxSteps) throws Exception {
        LabViewModel m = onFx(() -> new LabViewModel(Platform::runLater));
        PlotView v = onFx(() -> {
            PlotView pv = new PlotView(m);
            StackPane root = new StackPane(pv);
            new Scene(root, W, H);
            root.applyCss();
            root.layout();
            m.maxStepsProperty().set(maxSteps);
            m.noiseProperty().set(noise);
            m.seedProperty().set(7);
            m.learningRateProperty().set(lr);
            return pv;
        });
        if (!m.awaitIdle(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("view model did not settle");
        }
        return new Object[] {m, v};
    }

    private void setUpViews() throws Exception {
        Object[] a = plotView(0.18, 0, 1000);
        vm = (LabViewModel) a[0];
        view = (PlotView) a[1];
        Object[] b = plotView(0.02, 60, 9999);
        noisyVm = (LabViewModel) b[0];
        noisyView = (PlotView) b[1];
        Object[] c = plotView(0.002, 0, 9999);
        crawlVm = (LabViewModel) c[0];
        crawlView = (PlotView) c[1];
        for (LabViewModel m : new LabViewModel[] {noisyVm, crawlVm}) {
            onFx(() -> {
                m.playback().seek(9000);
                return null;
            });
        }
    }

    private LabViewModel crawlVm;
    private PlotView crawlView;

    /**
     * The latency a person sees: set α on the JavaFX thread (as a slider movement does), the worker plans
     * 1000 steps and publishes, then the JavaFX thread lays out and renders the plot (snapshot).
     */
    @Benchmark
    public Object sliderMove_endToEnd() throws Exception {
        double lr = rates[tick++ & 63];
        onFx(() -> {
            vm.learningRateProperty().set(lr);
            return null;
        });
        vm.awaitIdle(30, TimeUnit.SECONDS);
        return onFx(() -> {
            view.layout();
            return view.snapshot(null, null);
        });
    }

    /**
     * The baseline of the two above: lay out and render the unchanged plot (compositing the five layers
     * and the pixel read-back of the snapshot), to subtract from them.
     */
    @Benchmark
    public Object renderOnly() throws Exception {
        return onFx(() -> {
            view.layout();
            return view.snapshot(null, null);
        });
    }

    /** One playback frame on the real plot view with a 10,000-point crawl: one step more, render. */
    @Benchmark
    public Object frame_playback10000() throws Exception {
        return frame(crawlVm, crawlView);
    }

    /** The same with gradient noise: 10,000 iterates wandering over the whole view. */
    @Benchmark
    public Object frame_playback10000Noisy() throws Exception {
        return frame(noisyVm, noisyView);
    }

    private static Object frame(LabViewModel m, PlotView v) throws Exception {
        return onFx(() -> {
            int k = m.playback().step();
            m.playback().seek(k >= 9998 ? 9000 : k + 1);
            v.layout();
            return v.snapshot(null, null);
        });
    }

    private PlannedPath plan1000() {
        double lr = rates[tick++ & 63];
        RunConfig c = RunConfig.of(quadratic, new Vec2(-4.5, 2), OptimizerKind.GD, lr).withMaxSteps(1000).withTolerance(0);
        return PlannedPath.plan(c, List.of());
    }

    @Benchmark
    public Object sliderMove_replanAndPaint() throws Exception {
        PlannedPath p = plan1000();
        return onFx(() -> {
            LegacyPathPainter.paint(overlay.getGraphicsContext2D(), W, H, transform, p, p.size() - 1, p.x(0), p.y(0));
            return p;
        });
    }

    @Benchmark
    public Object fullRepaint_path10000() throws Exception {
        int k = 9999 - (tick++ & 15);
        return onFx(() -> {
            LegacyPathPainter.paint(overlay.getGraphicsContext2D(), W, H, transform, longPath, k, longPath.x(0), longPath.y(0));
            return overlay.snapshot(null, null);
        });
    }

    @Benchmark
    public Object fullRepaint_path10000Noisy() throws Exception {
        int k = 9999 - (tick++ & 15);
        return onFx(() -> {
            LegacyPathPainter.paint(overlay.getGraphicsContext2D(), W, H, transform, noisyPath, k, noisyPath.x(0), noisyPath.y(0));
            return overlay.snapshot(null, null);
        });
    }

    @Benchmark
    public Object surfaceChange() throws Exception {
        double kappa = 5 + (tick++ & 15);
        Surface s = SurfaceCatalog.create("quadratic", Map.of("kappa", kappa, "theta", 30.0));
        int nx = (int) transform.width();
        int ny = (int) transform.height();
        ContourPicture picture = ContourPictureBuilder.build(s, transform.visible(), nx, ny, ColorMap.VIRIDIS,
                LevelSpacing.LINEAR, 20);
        return onFx(() -> {
            WritableImage img = PlotView.toImage(picture);
            LegacySurfacePainter.paint(base.getGraphicsContext2D(), W, H, transform, picture, img, ColorMap.VIRIDIS, s, false);
            return base.snapshot(null, null);
        });
    }

    /** The off-thread half of {@link #surfaceChange()}: the contour picture alone (sample, colour, lines). */
    @Benchmark
    public Object surfaceChange_pictureOnly() {
        double kappa = 5 + (tick++ & 15);
        Surface s = SurfaceCatalog.create("quadratic", Map.of("kappa", kappa, "theta", 30.0));
        return ContourPictureBuilder.build(s, transform.visible(), (int) transform.width(), (int) transform.height(),
                ColorMap.VIRIDIS, LevelSpacing.LINEAR, 20);
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }
}
