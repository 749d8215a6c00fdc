package org.gdlab.core.contour;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.gdlab.core.surface.BatchEvaluator;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.surface.ViewRect;

/**
 * C sampled on a regular nx × ny lattice over a view: values[j·nx + i] = C(x_i, y_j) with
 * x_i = xMin + i·(xMax − xMin)/(nx − 1) and y_j = yMin + j·(yMax − yMin)/(ny − 1), so row j = 0 is at
 * yMin and the last row and column lie exactly on xMax and yMax.
 *
 * <p>The array is not copied (a screen-sized grid is megabytes): whoever builds a grid hands its array
 * over, and nobody writes to {@link #values()} afterwards. Values may be NaN or ±∞ where C is undefined.
 *
 * @param view the sampled rectangle
 * @param nx number of columns, at least 2
 * @param ny number of rows, at least 2
 * @param values row-major samples, length nx·ny
 */
public record ScalarGrid(ViewRect view, int nx, int ny, double[] values) {

    /** Row chunks per core in {@link #sample}: several, so that a slow chunk does not hold up the rest. */
    private static final int CHUNKS_PER_CORE = 4;

    /** @throws IllegalArgumentException if nx or ny is below 2 or values has the wrong length */
    public ScalarGrid {
        if (view == null || values == null) {
            throw new IllegalArgumentException("a grid needs a view and values");
        }
        checkSize(nx, ny);
        if (values.length != nx * ny) {
            throw new IllegalArgumentException("a " + nx + "×" + ny + " grid needs " + nx * ny
                    + " values, got " + values.length);
        }
    }

    /**
     * Samples f at the lattice points on the common fork-join pool: the rows are cut into a few contiguous
     * chunks per core, and each chunk task evaluates its rows with one {@link BatchEvaluator} of its own (a
     * compiled formula then evaluates a row's points together and reuses one workspace for the whole chunk).
     * Each value is C(x_i, y_j) exactly as {@link CostFunction#value(double, double)} gives it and depends
     * only on its own point, so the result is the same whatever the thread schedule. f must be safe to call
     * from several threads (the {@link CostFunction} contract).
     */
    public static ScalarGrid sample(CostFunction f, ViewRect view, int nx, int ny) {
        checkSize(nx, ny);
        double[] values = new double[nx * ny];
        double[] xs = new double[nx];
        for (int i = 0; i < nx; i++) {
            xs[i] = coordinate(view.xMin(), view.xMax(), i, nx);
        }
        int chunks = Math.min(ny, CHUNKS_PER_CORE * Runtime.getRuntime().availableProcessors());
        IntStream.range(0, chunks).parallel().forEach(c -> {
            BatchEvaluator evaluator = BatchEvaluator.of(f);
            double[] rowYs = new double[nx];
            double[] row = new double[nx];
            for (int j = (int) ((long) ny * c / chunks), end = (int) ((long) ny * (c + 1) / chunks); j < end; j++) {
                Arrays.fill(rowYs, coordinate(view.yMin(), view.yMax(), j, ny));
                evaluator.values(xs, rowYs, row, nx);
                System.arraycopy(row, 0, values, j * nx, nx);
            }
        });
        return new ScalarGrid(view, nx, ny, values);
    }

    /** @return x_i */
    public double x(int i) {
        return coordinate(view.xMin(), view.xMax(), i, nx);
    }

    /** @return y_j */
    public double y(int j) {
        return coordinate(view.yMin(), view.yMax(), j, ny);
    }

    /** @return C(x_i, y_j) */
    public double value(int i, int j) {
        return values[j * nx + i];
    }

    /** @return the world x of a grid coordinate gx ∈ [0, nx − 1] (as in an {@link Isoline}) */
    public double worldX(double gx) {
        return view.xMin() + gx * (view.width() / (nx - 1));
    }

    /** @return the world y of a grid coordinate gy ∈ [0, ny − 1] */
    public double worldY(double gy) {
        return view.yMin() + gy * (view.height() / (ny - 1));
    }

    /** @return the smallest finite value, or NaN when no value is finite */
    public double min() {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v) && v < m) {
                m = v;
            }
        }
        return m == Double.POSITIVE_INFINITY ? Double.NaN : m;
    }

    /** @return the largest finite value, or NaN when no value is finite */
    public double max() {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v) && v > m) {
                m = v;
            }
        }
        return m == Double.NEGATIVE_INFINITY ? Double.NaN : m;
    }

    private static double coordinate(double lo, double hi, int k, int n) {
        return k == n - 1 ? hi : lo + k * ((hi - lo) / (n - 1));
    }

    private static void checkSize(int nx, int ny) {
        if (nx < 2 || ny < 2) {
            throw new IllegalArgumentException("a grid needs at least 2×2 points, got " + nx + "×" + ny);
        }
    }
}
