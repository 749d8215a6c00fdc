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
import org.gdlab.core.data.PointMove;
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
 *   <li>{@code standardizedMoveWelford} / {@code standardizedMoveRebuilt} (and {@code linear2Scaled…}): a moved
 *       point on the standardized {@code linear} cost (RMS-scaled {@code linear2}), both given the moved points:
 *       the new cost from the raw statistics by Welford's update, the scaling and the scaled statistics
 *       derived in O(1) ({@link DataCost#withMoves}), against the cost rebuilt from all N points (the
 *       baseline: the scaling, the scaled copy and the statistics of it);</li>
 *   <li>{@code standardizedEditPicture}: that O(1) cost and its new 240×152 picture;</li>
 *   <li>{@code logistic100kMove} and {@code logistic100kCoarsePicture}: the logistic cost at N = {@value #N}
 *       after a moved point (rebuilt: it needs every point, and its optimum by Newton's method) and its
 *       60×38 first picture.</li>
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
    private static final ViewRect STANDARDIZED_VIEW = new ViewRect(0, 8, 2, 10);
    private static final int GRID_W = 240;
    private static final int GRID_H = 152;

    private DataCost cost;
    private Dataset data;
    private int[] identity;
    private double[] gridW;
    private double[] gridB;
    private int moves;
    private LogisticCost logistic;
    private DataCost standardized;
    private DataCost scaled2;
    private LogisticCost logistic100k;
    private Dataset movedData;
    private Dataset movedData2;
    private Dataset movedLabels;
    private java.util.List<PointMove> move;
    private java.util.List<PointMove> move2;
    private java.util.List<PointMove> moveLabel;

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
        standardized = new DataSpec(data, Model.LINEAR, true, 0).cost();
        int i = N / 3;
        movedData = data.moved(i, 5.0, 0, 5.5);
        move = java.util.List.of(new PointMove(i, data.x1(i), 0, data.y(i), 5.0, 0, 5.5));
        double[] x2 = new double[N];
        double[] y2 = new double[N];
        for (int k = 0; k < N; k++) {
            x2[k] = r.nextDouble(0, 1000);
            y2[k] = 3 * x[k] + 0.002 * x2[k] + 0.1 * r.nextGaussian();
        }
        Dataset two = Dataset.of("bench2", "x1", "x2", "y", x, x2, y2);
        scaled2 = new DataSpec(two, Model.LINEAR2, true, 0).cost();
        movedData2 = two.moved(i, 5.0, 500, 16);
        move2 = java.util.List.of(new PointMove(i, two.x1(i), two.x2(i), two.y(i), 5.0, 500, 16));
        double[] bx = new double[N];
        double[] by = new double[N];
        for (int k = 0; k < N; k++) {
            bx[k] = r.nextGaussian();
            by[k] = r.nextDouble() < 1 / (1 + Math.exp(-2 * bx[k])) ? 1 : 0;
        }
        Dataset labels = Dataset.of("bench", "x", "y", bx, by);
        logistic100k = (LogisticCost) DataSpec.of(labels, Model.LOGISTIC).cost();
        movedLabels = labels.moved(i, 0.5, 0, 1);
        moveLabel = java.util.List.of(new PointMove(i, bx[i], 0, by[i], 0.5, 0, 1));
    }

    @Benchmark
    public DataCost standardizedMoveWelford() {
        return standardized.withMoves(movedData, move);
    }

    @Benchmark
    public DataCost standardizedMoveRebuilt() {
        return standardized.spec().withData(movedData).cost();
    }

    @Benchmark
    public DataCost linear2ScaledMoveWelford() {
        return scaled2.withMoves(movedData2, move2);
    }

    @Benchmark
    public DataCost linear2ScaledMoveRebuilt() {
        return scaled2.spec().withData(movedData2).cost();
    }

    @Benchmark
    public ContourPicture standardizedEditPicture() {
        DataCost moved = standardized.withMoves(movedData, move);
        return ContourPictureBuilder.build(moved, STANDARDIZED_VIEW, GRID_W, GRID_H, ColorMap.VIRIDIS, LevelSpacing.LINEAR, 20);
    }

    @Benchmark
    public DataCost logistic100kMove() {
        return logistic100k.withMoves(movedLabels, moveLabel);
    }

    @Benchmark
    public ContourPicture logistic100kCoarsePicture() {
        return picture(new ScalarGrid(LOGISTIC_VIEW, 60, 38,
                LogisticGrid.sample(logistic100k, LOGISTIC_VIEW, 60, 38, CancellationToken.none())));
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
