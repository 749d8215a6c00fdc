package org.gdlab.bench.latency;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import org.gdlab.app.GdLabApp;
import org.gdlab.app.MainView;
import org.gdlab.app.viewmodel.Background;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.Problems;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The phases of one pulse of the whole GD Lab window (issue 14, item 3), against the plotting floor of
 * {@code src/bench/latency/latency.sh} ({@link FloorWindows#plotScene}: a cached picture and a full-size
 * canvas redrawn with a 1,000-point path) in the same run, both 1600×1000 on a headless JavaFX (Monocle,
 * software renderer). Each benchmark makes one change on the JavaFX thread and then runs the pulse's phases
 * by hand, in one task, so that no real pulse comes between (the plot's paint, which a pulse listener
 * runs before the layout pass, is run with the change):
 *
 * <ul>
 *   <li>{@code *_change}: the change alone: α moves by a tenth of a decade (GD Lab: the path is planned and
 *       published at once, the window's views follow), one playback step, or the floor's slider (its canvas
 *       redraws);</li>
 *   <li>{@code *_css}: the change and the CSS pass ({@code root.applyCss()});</li>
 *   <li>{@code *_cssLayout}: and the layout pass ({@code root.layout()});</li>
 *   <li>{@code *_cssLayoutRender}: and rendering: a snapshot of the whole window.</li>
 * </ul>
 * A phase is the difference of two neighbours (CSS = css − change, layout = cssLayout − css, render =
 * cssLayoutRender − cssLayout); GD Lab's figures are read as ratios to the floor's.
 *
 * <p><b>What it does not include</b>: the snapshot renders the whole window, where a pulse repaints only its
 * dirty regions (so the render figure is an upper bound for both windows), and reads the pixels back, which a
 * window does not; the wait for the pulse, the input's way in and presenting the frame are not in it (the
 * latency script sees those from outside). The window's worker and publisher run inline here (the path is
 * planned on the JavaFX thread, 0.1–0.2 ms), which the app never does. Charts are open.
 *
 * <p>Run: {@code mvn -o -Pbench test-compile exec:exec -Dbench=PulsePhaseBenchmark}; read the p0.50 lines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Dprism.text=t2k", "-Djava.awt.headless=true"})
public class PulsePhaseBenchmark {

    private static final int W = 1600;
    private static final int H = 1000;
    /** two stable rates a tenth of a decade apart (the ] and [ keys below the stability limit) */
    private static final double[] RATES = {0.018, 0.018 * Math.pow(10, 0.1)};

    private MainView view;
    private Scene gdlab;
    private Scene floor;
    private Slider floorSlider;
    private int tick;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // started by an earlier trial in this JVM
        }
        Platform.setImplicitExit(false);
        onFx(() -> {
            LabViewModel vm = new LabViewModel(new Background(Runnable::run, Runnable::run, new Problems()));
            view = new MainView(vm);
            gdlab = GdLabApp.createScene(view, W, H);
            view.analysis().setExpanded(true);
            vm.maxStepsProperty().set(1000);
            vm.learningRateProperty().set(RATES[0]);
            floorSlider = new Slider(-5, 1, -1);
            floor = FloorWindows.plotScene(floorSlider, W, H);
            for (Scene s : new Scene[] {gdlab, floor}) {
                s.getRoot().applyCss();
                s.getRoot().layout();
                s.snapshot(null);
            }
            return null;
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        onFx(() -> {
            view.dispose();
            return null;
        });
    }

    private void alpha() {
        view.viewModel().learningRateProperty().set(RATES[tick++ & 1]);
        paintPlot();
    }

    private void step() {
        var pc = view.viewModel().playback();
        pc.seek(pc.step() >= pc.lastStepProperty().get() ? 0 : pc.step() + 1);
        paintPlot();
    }

    /**
     * The plot paints in a pulse listener, before the layout pass (no real pulse runs here): its paint is
     * part of the change. Found reflectively, so that the same benchmark measures a build that painted in
     * the layout pass instead (then this does nothing and the paint is in the layout phase).
     */
    private void paintPlot() {
        try {
            var m = org.gdlab.app.plot.PlotView.class.getDeclaredMethod("paintPending");
            m.setAccessible(true);
            m.invoke(view.plot());
        } catch (NoSuchMethodException e) {
            // painted in layoutChildren
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private void floorMove() {
        floorSlider.setValue(-1 + 0.1 * (tick++ & 1));
    }

    private static Object phases(Scene scene, Runnable change, int upTo) throws Exception {
        return onFx(() -> {
            change.run();
            if (upTo >= 1) {
                scene.getRoot().applyCss();
            }
            if (upTo >= 2) {
                scene.getRoot().layout();
            }
            return upTo >= 3 ? scene.snapshot(null) : scene;
        });
    }

    @Benchmark
    public Object gdlabAlpha_change() throws Exception {
        return phases(gdlab, this::alpha, 0);
    }

    @Benchmark
    public Object gdlabAlpha_css() throws Exception {
        return phases(gdlab, this::alpha, 1);
    }

    @Benchmark
    public Object gdlabAlpha_cssLayout() throws Exception {
        return phases(gdlab, this::alpha, 2);
    }

    @Benchmark
    public Object gdlabAlpha_cssLayoutRender() throws Exception {
        return phases(gdlab, this::alpha, 3);
    }

    @Benchmark
    public Object gdlabStep_change() throws Exception {
        return phases(gdlab, this::step, 0);
    }

    @Benchmark
    public Object gdlabStep_css() throws Exception {
        return phases(gdlab, this::step, 1);
    }

    @Benchmark
    public Object gdlabStep_cssLayout() throws Exception {
        return phases(gdlab, this::step, 2);
    }

    @Benchmark
    public Object gdlabStep_cssLayoutRender() throws Exception {
        return phases(gdlab, this::step, 3);
    }

    @Benchmark
    public Object floor_change() throws Exception {
        return phases(floor, this::floorMove, 0);
    }

    @Benchmark
    public Object floor_css() throws Exception {
        return phases(floor, this::floorMove, 1);
    }

    @Benchmark
    public Object floor_cssLayout() throws Exception {
        return phases(floor, this::floorMove, 2);
    }

    @Benchmark
    public Object floor_cssLayoutRender() throws Exception {
        return phases(floor, this::floorMove, 3);
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }
}
