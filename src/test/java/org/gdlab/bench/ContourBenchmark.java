package org.gdlab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.contour.ContourPicture;
import org.gdlab.core.contour.ContourPictureBuilder;
import org.gdlab.core.contour.LevelSpacing;
import org.gdlab.core.contour.Levels;
import org.gdlab.core.contour.MarchingSquares;
import org.gdlab.core.contour.ScalarGrid;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.surface.ViewRect;
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
 * A full surface change and marching squares alone, on Rosenbrock over [−2, 2] × [−1, 3] at 1200 × 760
 * (screen resolution of the plot), viridis, 20 levels.
 *
 * <p>{@code marchingSquaresAllLevels} (one pass for all levels) and {@code marchingSquaresSequential} (one
 * pass per level) trace the same grid and thresholds as {@code src/test/js/contour-bench.mjs} does with
 * d3-contour 4.0.3, on one thread like Node; run both with
 * {@code src/test/js/run-contour-comparison.sh}. Sample time mode: read the p0.50 line as the median.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ContourBenchmark {

    /** Plot size in grid points. */
    static final int NX = 1200;
    static final int NY = 760;
    static final ViewRect VIEW = new ViewRect(-2, 2, -1, 3);
    static final int LEVELS = 20;

    /** C(x, y) = (1 − x)² + 100 (y − x²)², written out here so the benchmark depends on nothing else. */
    static final class Rosenbrock implements CostFunction {
        @Override
        public double value(double x, double y) {
            double a = 1 - x;
            double b = y - x * x;
            return a * a + 100 * b * b;
        }

        @Override
        public Vec2 gradient(double x, double y) {
            double b = y - x * x;
            return new Vec2(-2 * (1 - x) - 400 * x * b, 200 * b);
        }

        @Override
        public Sym2 hessian(double x, double y) {
            return new Sym2(2 - 400 * (y - x * x) + 800 * x * x, -400 * x, 200);
        }
    }

    @Param({"LOG", "LINEAR"})
    public LevelSpacing spacing;

    private final CostFunction rosenbrock = new Rosenbrock();
    private ScalarGrid grid;
    private double[] thresholds;

    @Setup
    public void setUp() {
        grid = ScalarGrid.sample(rosenbrock, VIEW, NX, NY);
        thresholds = Levels.of(grid.min(), grid.max(), LEVELS, spacing);
    }

    /** (a) Everything a surface change computes: sample, colour, levels, 20 level lines (parallel). */
    @Benchmark
    public ContourPicture fullSurfaceChange() {
        return ContourPictureBuilder.build(rosenbrock, VIEW, NX, NY, ColorMap.VIRIDIS, spacing, LEVELS);
    }

    /** (b) Marching squares alone, all 20 thresholds in one pass on one thread (what the builder uses). */
    @Benchmark
    public List<List<double[]>> marchingSquaresAllLevels() {
        return MarchingSquares.contours(grid.values(), NX, NY, thresholds);
    }

    /** (b') Marching squares alone, the 20 thresholds one after the other on one thread, as d3 does them. */
    @Benchmark
    public List<List<double[]>> marchingSquaresSequential() {
        List<List<double[]>> out = new ArrayList<>(thresholds.length);
        for (double t : thresholds) {
            out.add(MarchingSquares.contour(grid.values(), NX, NY, t));
        }
        return out;
    }
}
