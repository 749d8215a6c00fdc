package org.gdlab.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.contour.ContourPicture;
import org.gdlab.core.contour.ContourPictureBuilder;
import org.gdlab.core.contour.LevelSpacing;
import org.gdlab.core.contour.ScalarGrid;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.LogisticCost;
import org.gdlab.core.data.LogisticGrid;
import org.gdlab.core.surface.ViewRect;
import org.gdlab.core.data.DataSpec;
import org.gdlab.core.data.Dataset;
import org.gdlab.core.data.Model;
import org.gdlab.core.data.Moments;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The {@code linear} cost at N = {@value #N} points (x ~ U(0, 10), y = 1.5x − 2 + N(0, 1), seed 1), in one
 * JMH run:
 * <ul>
 *   <li>{@code valueFromStatistics}: one J(w, b) from the centred sufficient statistics (O(1));</li>
 *   <li>{@code valuePerPointLoop}: the same J summed point by point (the naive loop, the baseline);</li>
 *   <li>{@code gridFromStatistics}: a 240×152 grid of J (the finest picture the data view asks for), from the
 *       statistics;</li>
 *   <li>{@code moveUpdate}: a point moved: {@link DataCost#withMoved} (Welford update of the statistics, a copy
 *       of the points, the new optimum and view);</li>
 *   <li>{@code statisticsRecomputed}: the statistics computed again from all N points (what a move costs
 *       without Welford's update).</li>
 * </ul>
 * <pre>mvn -o -Pbench test-compile exec:exec -Dbench=DataBenchmark</pre>
 * Figures: README, "Data mode".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class DataBenchmark {

    static final int N = 100_000;
    static final int LOGISTIC_N = 1_000;
    private static final ViewRect LINEAR_VIEW = new ViewRect(-1, 3, -6, 2);
    private static final ViewRect LOGISTIC_VIEW = new ViewRect(-4, 4, -4, 4);
    private static final int GRID_W = 240;
    private static final int GRID_H = 152;

    private DataCost cost;
    private Dataset data;
    private int[] identity;
    private double[] gridW;
    private double[] gridB;
    private int moves;
    private LogisticCost logistic;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(1);
        double[] x = new double[N];
        double[] y = new double[N];
        identity = new int[N];
        for (int i = 0; i < N; i++) {
            x[i] = r.nextDouble(0, 10);
            y[i] = 1.5 * x[i] - 2 + r.nextGaussian();
            identity[i] = i;
        }
        data = Dataset.of("bench", "x", "y", x, y);
        cost = DataSpec.of(data, Model.LINEAR).cost();
        gridW = new double[GRID_W];
        gridB = new double[GRID_H];
        for (int i = 0; i < GRID_W; i++) {
            gridW[i] = -1 + 4.0 * i / (GRID_W - 1);
        }
        for (int j = 0; j < GRID_H; j++) {
            gridB[j] = -6 + 8.0 * j / (GRID_H - 1);
        }
        double[] lx = new double[LOGISTIC_N];
        double[] ly = new double[LOGISTIC_N];
        for (int i = 0; i < LOGISTIC_N; i++) {
            lx[i] = r.nextGaussian();
            ly[i] = r.nextDouble() < 1 / (1 + Math.exp(-2 * lx[i])) ? 1 : 0;
        }
        logistic = (LogisticCost) DataSpec.of(Dataset.of("bench", "x", "y", lx, ly), Model.LOGISTIC).cost();
    }

    @Benchmark
    public double valueFromStatistics() {
        return cost.value(1.4, -1.7);
    }

    @Benchmark
    public double valuePerPointLoop() {
        return cost.batchValue(identity, 0, N, 1.4, -1.7);
    }

    @Benchmark
    public void gridFromStatistics(Blackhole bh) {
        for (double b : gridB) {
            for (double w : gridW) {
                bh.consume(cost.value(w, b));
            }
        }
    }

    @Benchmark
    public DataCost moveUpdate() {
        int i = (moves++ * 7919) % N;
        return cost.withMoved(i, 5.0, 0, 5.5);
    }

    @Benchmark
    public Moments statisticsRecomputed() {
        return Moments.of(data);
    }

    private static ContourPicture picture(ScalarGrid grid) {
        return ContourPictureBuilder.build(grid, ColorMap.VIRIDIS, LevelSpacing.LINEAR, 20);
    }

    @Benchmark
    public ContourPicture linearEditPictureWelford() {
        int i = (moves++ * 7919) % N;
        DataCost moved = cost.withMoved(i, 5.0, 0, 5.5);
        return ContourPictureBuilder.build(moved, LINEAR_VIEW, GRID_W, GRID_H, ColorMap.VIRIDIS, LevelSpacing.LINEAR, 20);
    }

    /** As {@link #linearEditPictureWelford}, the picture at 1200×760 (a large window's plot area, one point per pixel). */
    @Benchmark
    public ContourPicture linearEditPictureWelfordScreen() {
        int i = (moves++ * 7919) % N;
        DataCost moved = cost.withMoved(i, 5.0, 0, 5.5);
        return ContourPictureBuilder.build(moved, LINEAR_VIEW, 1200, 760, ColorMap.VIRIDIS, LevelSpacing.LINEAR, 20);
    }

    @Benchmark
    public ContourPicture linearEditPictureRecomputed() {
        int i = (moves++ * 7919) % N;
        DataCost moved = cost.spec().withData(data.moved(i, 5.0, 0, 5.5)).cost();
        return ContourPictureBuilder.build(moved, LINEAR_VIEW, GRID_W, GRID_H, ColorMap.VIRIDIS, LevelSpacing.LINEAR, 20);
    }

    @Benchmark
    public ContourPicture logisticCoarsePicture() {
        return picture(new ScalarGrid(LOGISTIC_VIEW, 60, 38,
                LogisticGrid.sample(logistic, LOGISTIC_VIEW, 60, 38, CancellationToken.none())));
    }

    @Benchmark
    public ContourPicture logisticRefinedPicture() {
        return picture(new ScalarGrid(LOGISTIC_VIEW, GRID_W, GRID_H,
                LogisticGrid.sample(logistic, LOGISTIC_VIEW, GRID_W, GRID_H, CancellationToken.none())));
    }

    @Benchmark
    public double[] logisticRefinedNaive() {
        return LogisticGrid.sampleNaive(logistic, LOGISTIC_VIEW, GRID_W, GRID_H);
    }
}
