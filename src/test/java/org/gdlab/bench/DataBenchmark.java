package org.gdlab.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gdlab.core.data.DataCost;
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
    private static final int GRID_W = 240;
    private static final int GRID_H = 152;

    private DataCost cost;
    private Dataset data;
    private int[] identity;
    private double[] gridW;
    private double[] gridB;
    private int moves;

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
}
