package org.gdlab.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import org.gdlab.app.plot.BasePainter;
import org.gdlab.app.plot.CanvasGraphics;
import org.gdlab.app.plot.MarksPainter;
import org.gdlab.app.plot.PlotView;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.bench.legacy.LegacyPathPainter;
import org.gdlab.bench.legacy.LegacySurfacePainter;
import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.contour.ContourPicture;
import org.gdlab.core.contour.ContourPictureBuilder;
import org.gdlab.core.contour.LevelSpacing;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.render.paint.PathLayer;
import org.gdlab.render.paint.PlotTheme;
import org.gdlab.render.paint.PlotTransform;
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
 * The one painter (Graphics2D through FXGraphics2D, issue 13) against the GraphicsContext painter the
 * window had before ({@code bench.legacy}), in the same run, on the same canvases of the default window's
 * plot size (900 × 726), each change painted as the window paints it and then rendered (a snapshot of the
 * stacked layers, which also reads the pixels back):
 * <ul>
 *   <li>{@code pathChange_*}: α moved, a new 1000-step path: the planned path, the trail in full, the marks
 *       (arrows, current point, start, labels); the base is not repainted.</li>
 *   <li>{@code frame_*}: one playback step: the trail grows by one step, the marks are repainted;
 *       {@code frame10000_*} the same at steps 9000 to 9998 of a 10,000-step crawl.</li>
 *   <li>{@code surfaceChange_*}: a new contour picture: colour map image, level lines, minima, axes,
 *       colour bar (the picture itself is computed off the JavaFX thread and is not in it).</li>
 * </ul>
 * Run: {@code mvn -o -Pbench test-compile exec:exec -Dbench=PlotPainterBenchmark}; compare each
 * {@code *_onePainter} with its {@code *_legacy} (p0.50).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Dprism.text=t2k", "-Djava.awt.headless=true"})
public class PlotPainterBenchmark {

    private static final double W = 1280 - 380;
    private static final double H = 800 - 74;

    private PlotTransform transform;
    private Surface quadratic;
    private PlannedPath[] paths;
    private PlannedPath crawl;
    private int crawlStep = 9000;
    private ContourPicture[] pictures;
    private WritableImage[] images;
    private int tick;
    private int step;

    // the legacy layers: base, planned, arrows, trail, markers; the new: base, planned, trail, marks
    private Pane legacy;
    private Canvas[] old;
    private Pane onePainter;
    private Canvas[] now;
    private CanvasGraphics[] nowG;

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
        paths = new PlannedPath[16];
        for (int i = 0; i < paths.length; i++) {
            RunConfig c = RunConfig.of(quadratic, new Vec2(-4.5, 2), OptimizerKind.GD, 0.1 + 0.005 * i)
                    .withMaxSteps(1000).withTolerance(0);
            paths[i] = PlannedPath.plan(c, List.of());
        }
        // a 10,000-step crawl, the longest path the window plans by default
        crawl = PlannedPath.plan(RunConfig.of(quadratic, new Vec2(-4.5, 2), OptimizerKind.GD, 0.002)
                .withMaxSteps(9999).withTolerance(0), List.of());
        pictures = new ContourPicture[4];
        images = new WritableImage[4];
        for (int i = 0; i < pictures.length; i++) {
            Surface s = SurfaceCatalog.create("quadratic", Map.of("kappa", 5.0 + 5 * i, "theta", 30.0));
            pictures[i] = ContourPictureBuilder.build(s, transform.visible(), (int) transform.width(), (int) transform.height(),
                    ColorMap.VIRIDIS, LevelSpacing.LINEAR, 20);
        }
        onFx(() -> {
            old = new Canvas[5];
            now = new Canvas[4];
            nowG = new CanvasGraphics[4];
            for (int i = 0; i < old.length; i++) {
                old[i] = new Canvas(W, H);
            }
            for (int i = 0; i < now.length; i++) {
                now[i] = new Canvas(W, H);
                nowG[i] = new CanvasGraphics(now[i]);
            }
            legacy = new Pane(old);
            onePainter = new Pane(now);
            new Scene(legacy, W, H);
            new Scene(onePainter, W, H);
            for (int i = 0; i < pictures.length; i++) {
                images[i] = PlotView.toImage(pictures[i]);
            }
            // both start with a base and a path on screen
            legacyBase(0);
            onePainterBase(0);
            legacyPath(paths[0], 999);
            onePainterPath(paths[0], 999);
            return null;
        });
    }

    // ---- the two painters, layer by layer as the window paints them ----

    private void legacyBase(int i) {
        LegacySurfacePainter.paint(old[0].getGraphicsContext2D(), W, H, transform, pictures[i], images[i],
                ColorMap.VIRIDIS, quadratic, false);
    }

    private void onePainterBase(int i) {
        BasePainter.paint(nowG[0], now[0], 1, transform, pictures[i], images[i], false, ColorMap.VIRIDIS, quadratic, false,
                PlotTheme.LIGHT);
    }

    private void legacyPath(PlannedPath p, int k) {
        for (int i = 1; i < old.length; i++) {
            old[i].getGraphicsContext2D().clearRect(0, 0, W, H);
        }
        LegacyPathPainter.paintPlanned(old[1].getGraphicsContext2D(), transform, p);
        LegacyPathPainter.paintTrail(old[3].getGraphicsContext2D(), transform, p, 0, k);
        legacyMarks(p, k);
    }

    private void legacyMarks(PlannedPath p, int k) {
        old[2].getGraphicsContext2D().clearRect(0, 0, W, H);
        LegacyPathPainter.paintArrows(old[2].getGraphicsContext2D(), transform, p, k);
        old[4].getGraphicsContext2D().clearRect(0, 0, W, H);
        LegacyPathPainter.paintMarkers(old[4].getGraphicsContext2D(), transform, p, k, p.x(0), p.y(0));
    }

    private void onePainterPath(PlannedPath p, int k) {
        PathLayer.paintPlanned(nowG[1].cleared(1), transform, p);
        PathLayer.paintTrail(nowG[2].cleared(1), transform, p, 0, k, PathLayer.TrailLook.MAIN);
        onePainterMarks(p, k);
    }

    private void onePainterMarks(PlannedPath p, int k) {
        MarksPainter.paint(nowG[3].cleared(1), transform, p, k, p.x(0), p.y(0), quadratic, List.of(), List.of());
    }

    // ---- the changes ----

    @Benchmark
    public Object pathChange_legacy() throws Exception {
        PlannedPath p = paths[tick++ & 15];
        return onFx(() -> {
            legacyPath(p, p.size() - 1);
            return legacy.snapshot(null, null);
        });
    }

    @Benchmark
    public Object pathChange_onePainter() throws Exception {
        PlannedPath p = paths[tick++ & 15];
        return onFx(() -> {
            onePainterPath(p, p.size() - 1);
            return onePainter.snapshot(null, null);
        });
    }

    @Benchmark
    public Object frame_legacy() throws Exception {
        PlannedPath p = paths[0];
        return onFx(() -> {
            int k = step;
            step = k >= 998 ? 0 : k + 1;
            if (step == 0) {
                legacyPath(p, 0);
            } else {
                LegacyPathPainter.paintTrail(old[3].getGraphicsContext2D(), transform, p, k, step);
                legacyMarks(p, step);
            }
            return legacy.snapshot(null, null);
        });
    }

    @Benchmark
    public Object frame_onePainter() throws Exception {
        PlannedPath p = paths[0];
        return onFx(() -> {
            int k = step;
            step = k >= 998 ? 0 : k + 1;
            if (step == 0) {
                onePainterPath(p, 0);
            } else {
                PathLayer.paintTrail(nowG[2].at(1), transform, p, k, step, PathLayer.TrailLook.MAIN);
                onePainterMarks(p, step);
            }
            return onePainter.snapshot(null, null);
        });
    }

    @Benchmark
    public Object frame10000_legacy() throws Exception {
        return onFx(() -> {
            int k = crawlStep;
            crawlStep = k >= 9998 ? 9000 : k + 1;
            if (crawlStep == 9000) {
                legacyPath(crawl, 9000);
            } else {
                LegacyPathPainter.paintTrail(old[3].getGraphicsContext2D(), transform, crawl, k, crawlStep);
                legacyMarks(crawl, crawlStep);
            }
            return legacy.snapshot(null, null);
        });
    }

    @Benchmark
    public Object frame10000_onePainter() throws Exception {
        return onFx(() -> {
            int k = crawlStep;
            crawlStep = k >= 9998 ? 9000 : k + 1;
            if (crawlStep == 9000) {
                onePainterPath(crawl, 9000);
            } else {
                PathLayer.paintTrail(nowG[2].at(1), transform, crawl, k, crawlStep, PathLayer.TrailLook.MAIN);
                onePainterMarks(crawl, crawlStep);
            }
            return onePainter.snapshot(null, null);
        });
    }

    @Benchmark
    public Object surfaceChange_legacy() throws Exception {
        int i = tick++ & 3;
        return onFx(() -> {
            legacyBase(i);
            return legacy.snapshot(null, null);
        });
    }

    @Benchmark
    public Object surfaceChange_onePainter() throws Exception {
        int i = tick++ & 3;
        return onFx(() -> {
            onePainterBase(i);
            return onePainter.snapshot(null, null);
        });
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }
}
