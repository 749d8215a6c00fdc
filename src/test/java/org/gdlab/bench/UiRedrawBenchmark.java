package org.gdlab.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.gdlab.app.plot.PathPainter;
import org.gdlab.app.plot.PlotTransform;
import org.gdlab.app.plot.PlotView;
import org.gdlab.app.plot.SurfacePainter;
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
 * What a person feels in the app, measured with the real painters on a headless JavaFX (Monocle, software
 * renderer), at the plot size of the default 1280×800 window (816 × 726 px plot area):
 * <ul>
 *   <li>{@code sliderMove_replanAndPaint}: one α-slider movement = plan a 1000-step path (the worker's job)
 *       + issue the overlay's drawing commands (the JavaFX thread's job). Goal: median &lt; 4 ms.</li>
 *   <li>{@code sliderMove_replanPaintAndRender}: the same plus rendering the overlay to pixels
 *       ({@code Canvas.snapshot}, which also reads the pixels back, so it is an upper bound).</li>
 *   <li>{@code frame_path10000}: one animation frame with a 10,000-point path: paint + render. Goal: well
 *       under 16.7 ms (60 fps).</li>
 *   <li>{@code surfaceChange}: contour picture at screen resolution with 20 levels + image + base layer
 *       painted and rendered. Goal: median &lt; 30 ms.</li>
 * </ul>
 * Run: {@code mvn -o -Pbench test-compile exec:exec -Dbench=UiRedrawBenchmark}; read the p0.50 lines.
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
    private double[] rates;
    private int tick;

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
        if (longPath.size() != 10000) {
            throw new IllegalStateException("expected 10000 iterates, got " + longPath.size());
        }
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
            PathPainter.paint(overlay.getGraphicsContext2D(), W, H, transform, p, p.size() - 1, p.x(0), p.y(0));
            return p;
        });
    }

    @Benchmark
    public Object sliderMove_replanPaintAndRender() throws Exception {
        PlannedPath p = plan1000();
        return onFx(() -> {
            PathPainter.paint(overlay.getGraphicsContext2D(), W, H, transform, p, p.size() - 1, p.x(0), p.y(0));
            return overlay.snapshot(null, null);
        });
    }

    @Benchmark
    public Object frame_path10000() throws Exception {
        int k = 9999 - (tick++ & 15);
        return onFx(() -> {
            PathPainter.paint(overlay.getGraphicsContext2D(), W, H, transform, longPath, k, longPath.x(0), longPath.y(0));
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
            SurfacePainter.paint(base.getGraphicsContext2D(), W, H, transform, picture, img, ColorMap.VIRIDIS, s, false);
            return base.snapshot(null, null);
        });
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }
}
