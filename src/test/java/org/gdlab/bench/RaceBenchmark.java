package org.gdlab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.gdlab.app.GdLabApp;
import org.gdlab.app.MainView;
import org.gdlab.app.charts.ChartsViewModel;
import org.gdlab.app.race.RacePath;
import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.SurfaceCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Eight racing runs (one per optimizer) of 1,000 steps on Rosenbrock from (−1.5, 2), after a slider
 * movement (α of the main run changes, so every run is planned again):
 * <ul>
 *   <li>{@code plan8}: the race worker's job alone: 8 × {@link RacePath#plan} of 1,000 steps (tolerance 0,
 *       so every run takes all 1,000 steps; each plan also replays the run once to record the optimizer
 *       states for the memory glyphs);</li>
 *   <li>{@code sliderMove8_pathsAndChartData}: the real view models without JavaFX: set α, the main run and
 *       the 8 runs are planned and published, then the three charts' series are rebuilt. Goal: median &lt; 8 ms;</li>
 *   <li>{@code sliderMove8_endToEnd}: the real window content (1280×800, analysis area open, headless
 *       Monocle, software renderer): set α on the JavaFX thread, wait for the plans, then lay out and render
 *       (snapshot) the plot with its race layers and the three JFreeChart charts;</li>
 *   <li>{@code chartsRedraw}: the three charts alone, on the JavaFX thread: their series rebuilt from the
 *       planned runs, drawn by JFreeChart and rendered (snapshot of the charts' tab);</li>
 *   <li>{@code renderOnly}: the same render with nothing changed, to subtract.</li>
 * </ul>
 * {@code charts} chooses how a chart draws a series: {@code columns}, each pixel column's least and greatest
 * value (what the app does); {@code oldPath}, how it drew before (the reference, measured in the same run):
 * every k-th step, k = ⌈rows/1000⌉ (2 for these 1,001-row runs), a line through each; {@code everyPoint}, a
 * line through every step. Goal: {@code sliderMove8_endToEnd} with {@code columns} under
 * 16 ms (one frame at 60 Hz).
 * Run: {@code mvn -o -Pbench test-compile exec:exec -Dbench='RaceBenchmark.(sliderMove8_endToEnd|chartsRedraw)'};
 * read the p0.00 and p0.50 lines (on a shared machine the best sample is the steadier one; the forks of the
 * three modes run one after another, so a load change between them moves the medians).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Dprism.text=t2k", "-Djava.awt.headless=true"})
public class RaceBenchmark {

    private static final double[] RATES = {1e-3, 1e-3, 1e-3, 0.5, 0.05, 0.1, 0.05, 1};

    private List<RunConfig> configs;
    private double[] sliderRates;
    private int tick;
    private LabViewModel lab;
    private RaceViewModel race;
    private ChartsViewModel chartData;
    private MainView view;

    /** how the charts draw a series: per pixel column ({@code columns}) or through every point */
    @Param({"columns", "oldPath", "everyPoint"})
    public String charts;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        RunConfig base = RunConfig.of(SurfaceCatalog.create("rosenbrock"), new Vec2(-1.5, 2), OptimizerKind.GD, 1e-3)
                .withMaxSteps(1000).withTolerance(0);
        configs = new ArrayList<>();
        OptimizerKind[] kinds = fixedRateKinds();
        for (int i = 0; i < kinds.length; i++) {
            configs.add(base.withOptimizerDefaults(kinds[i]).withLearningRate(RATES[i]));
        }
        sliderRates = new double[64];
        for (int i = 0; i < sliderRates.length; i++) {
            sliderRates[i] = 5e-4 + 1e-5 * i;
        }
        lab = new LabViewModel(Runnable::run); // worker threads, published on them: no JavaFX thread here
        race = new RaceViewModel(lab);
        chartData = new ChartsViewModel(race);
        fill(lab, race);
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // started by an earlier trial in this JVM
        }
        Platform.setImplicitExit(false);
        view = onFx(() -> {
            MainView v = GdLabApp.createView();
            Scene s = GdLabApp.createScene(v, GdLabApp.WIDTH, GdLabApp.HEIGHT);
            v.analysis().setExpanded(true);
            v.analysis().tabs().chartsView().setEveryPoint(!"columns".equals(charts));
            v.analysis().tabs().charts().setStridedReference("oldPath".equals(charts));
            s.getRoot().applyCss();
            s.getRoot().layout();
            return v;
        });
        onFx(() -> {
            fill(view.viewModel(), view.race());
            return null;
        });
        if (!view.viewModel().awaitIdle(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("race did not settle");
        }
    }

    /** @return the eight rules with a fixed α, one per rate of RATES (the figures are for these eight runs) */
    private static OptimizerKind[] fixedRateKinds() {
        return java.util.Arrays.stream(OptimizerKind.values()).filter(k -> !k.choosesStepLength())
                .limit(RATES.length).toArray(OptimizerKind[]::new);
    }

    /** Rosenbrock from (−1.5, 2), 1000 steps; the main run hidden; one racing run per optimizer. */
    private static void fill(LabViewModel lab, RaceViewModel race) throws InterruptedException {
        lab.selectSurface("rosenbrock");
        lab.setStart(-1.5, 2);
        lab.maxStepsProperty().set(1000);
        race.mainVisibleProperty().set(false);
        OptimizerKind[] kinds = fixedRateKinds();
        for (int i = 0; i < kinds.length; i++) {
            race.addRun(kinds[i], RATES[i]);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        lab.shutdown();
        onFx(() -> {
            view.dispose();
            return null;
        });
    }

    @Benchmark
    public Object plan8() {
        List<RacePath> out = new ArrayList<>(8);
        for (RunConfig c : configs) {
            out.add(RacePath.plan(c.withLearningRate(c.learningRate() * (1 + 1e-3 * (tick++ & 7)))));
        }
        return out;
    }

    @Benchmark
    public Object sliderMove8_pathsAndChartData() throws Exception {
        lab.learningRateProperty().set(sliderRates[tick++ & 63]);
        lab.awaitIdle(30, TimeUnit.SECONDS);
        chartData.refresh();
        return chartData.dataProperty().get();
    }

    @Benchmark
    public Object sliderMove8_endToEnd() throws Exception {
        double lr = sliderRates[tick++ & 63];
        onFx(() -> {
            view.viewModel().learningRateProperty().set(lr);
            return null;
        });
        view.viewModel().awaitIdle(30, TimeUnit.SECONDS);
        return render();
    }

    @Benchmark
    public Object chartsRedraw() throws Exception {
        return onFx(() -> {
            var tabs = view.analysis().tabs();
            tabs.charts().refresh();
            tabs.chartsView().flush();
            return tabs.chartsView().snapshot(null, null);
        });
    }

    @Benchmark
    public Object renderOnly() throws Exception {
        return render();
    }

    private Object render() throws Exception {
        return onFx(() -> {
            view.layout();
            return List.of(view.plot().snapshot(null, null), view.analysis().tabs().chartsView().snapshot(null, null));
        });
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }
}
