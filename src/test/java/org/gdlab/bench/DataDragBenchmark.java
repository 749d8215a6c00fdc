package org.gdlab.bench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.gdlab.app.data.DataViewModel;
import org.gdlab.app.viewmodel.Background;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.Problems;
import org.gdlab.core.data.DataSpec;
import org.gdlab.core.data.Dataset;
import org.gdlab.core.data.Model;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one mouse event of a drag in the data view costs on the JavaFX thread, at N points of the
 * {@code linear} model (x ~ U(0, 10), y = 1.5x − 2 + N(0, 1), seed 1), in one JMH run:
 * <ul>
 *   <li>{@code dragEvent}: {@link DataViewModel#movePoint} as the view calls it (the moved place is kept
 *       beside the points and the cost's job is queued; the worker never runs here, so only the JavaFX
 *       thread's share is measured);</li>
 *   <li>{@code copyPerEvent}: the baseline, what every drag event did on the JavaFX thread before: the copy
 *       of the N points with the point moved ({@link Dataset#moved}), a lower bound of the old event.</li>
 * </ul>
 * At N = 1,000 and N = 100,000: {@code dragEvent} stays the same while {@code copyPerEvent} grows with N.
 * <pre>mvn -o -Pbench test-compile exec:exec -Dbench=DataDragBenchmark</pre>
 * Figures: README, "Data mode".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class DataDragBenchmark {

    @Param({"1000", "100000"})
    public int n;

    private DataViewModel data;
    private Dataset points;
    private int event;

    /** Runs the background's tasks while open (to show the dataset); drops them once closed. */
    private static final class Gate implements Executor {
        private final Deque<Runnable> queue = new ArrayDeque<>();
        private boolean open = true;

        @Override
        public void execute(Runnable task) {
            if (open) {
                queue.add(task);
            }
        }

        void drain() {
            Runnable t;
            while ((t = queue.poll()) != null) {
                t.run();
            }
        }
    }

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(1);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble(0, 10);
            y[i] = 1.5 * x[i] - 2 + r.nextGaussian();
        }
        points = Dataset.of("bench", "x", "y", x, y);
        Gate gate = new Gate();
        LabViewModel lab = new LabViewModel(new Background(gate, gate, new Problems()));
        lab.plot().setPlotArea(64, 26, 700, 500);
        data = new DataViewModel(lab);
        lab.surfaceIdProperty().set("data:cars:linear");
        gate.drain();
        lab.replaceData(DataSpec.of(points, Model.LINEAR).cost()); // a newly chosen dataset of n points
        gate.drain();
        if (data.pointsProperty().get().size() != n) {
            throw new IllegalStateException("the view model shows " + data.pointsProperty().get().size() + " points");
        }
        gate.open = false;
    }

    @Benchmark
    public double dragEvent() {
        int k = ++event & 1023;
        data.movePoint(n / 3, 5 + k * 1e-3, 5.5 + k * 1e-3);
        return data.y(n / 3);
    }

    @Benchmark
    public Dataset copyPerEvent() {
        int k = ++event & 1023;
        return points.moved(n / 3, 5 + k * 1e-3, 0, 5.5 + k * 1e-3);
    }
}
