package org.gdlab.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.gdlab.app.landscape.LandscapeView;
import org.gdlab.app.landscape.LandscapeViewModel;
import org.gdlab.app.viewmodel.LabViewModel;
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
 * The frame time of the 3-D landscape while rotating: the real {@link LandscapeView} (128 × 128 mesh with
 * its texture, lights, a 2,000-step path as a tube, the ball) at 800 × 600, Rosenbrock with GD α = 0.001
 * and a 2,000-step limit. One operation turns the camera by 2° and takes a {@code snapshot} of the scene,
 * which renders it and reads the pixels back: an upper bound of a frame's cost.
 * <ul>
 *   <li>{@code rotate}: turn 2° and render.</li>
 *   <li>{@code renderOnly}: render without a change: the snapshot's own cost, for comparison.</li>
 * </ul>
 * With {@code DISPLAY} set (Xvfb) the JavaFX 3-D pipeline is used (es2 on Mesa llvmpipe, forced with
 * {@code -Dprism.forceGPU=true}: CPU rendering, so an upper bound of a real GPU); without it headless
 * Monocle, whose software pipeline has no 3-D, so the canvas sketch is measured. The setup prints which.
 * Run: {@code Xvfb :97 &  DISPLAY=:97 mvn -o -Pbench test-compile exec:exec -Dbench=LandscapeFrameBenchmark}
 * (and once without DISPLAY for the sketch); read the p0.50 lines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dprism.forceGPU=true"})
public class LandscapeFrameBenchmark {

    private LabViewModel vm;
    private LandscapeViewModel land;
    private LandscapeView view;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isEmpty()) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
        }
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // started by an earlier trial in this JVM
        }
        Platform.setImplicitExit(false);
        vm = onFx(() -> new LabViewModel(Platform::runLater));
        land = onFx(() -> new LandscapeViewModel(vm));
        view = onFx(() -> {
            LandscapeView v = new LandscapeView(land);
            StackPane root = new StackPane(v);
            new Scene(root, 800, 600);
            vm.selectSurface("rosenbrock");
            vm.maxStepsProperty().set(2000);
            vm.learningRateProperty().set(0.001);
            land.shownProperty().set(true);
            root.applyCss();
            root.layout();
            return v;
        });
        if (!vm.awaitIdle(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("did not settle");
        }
        onFx(() -> null);
        int n = onFx(() -> vm.pathProperty().get().size());
        int tube = onFx(() -> land.tubesProperty().get().get(0).tube().count());
        if (n != 2001 || tube != 2001) {
            throw new IllegalStateException("expected a 2,000-step path, got " + n + " iterates, tube " + tube);
        }
        System.out.println("landscape pipeline: " + (view.isThreeD() ? "JavaFX 3-D SubScene" : "canvas sketch (no 3-D)")
                + ", path of " + n + " iterates");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        onFx(() -> {
            vm.shutdown();
            return null;
        });
    }

    @Benchmark
    public WritableImage rotate() throws Exception {
        return onFx(() -> {
            land.orbit(5, 0); // 2° of yaw
            return view.snapshotScene();
        });
    }

    @Benchmark
    public WritableImage renderOnly() throws Exception {
        return onFx(() -> view.snapshotScene());
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }
}
