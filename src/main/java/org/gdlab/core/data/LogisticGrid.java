package org.gdlab.core.data;

import java.util.stream.IntStream;
import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.surface.ViewRect;

/**
 * The logistic cost J(w, b) sampled on a regular nx × ny lattice, for the contour picture: every cell
 * needs every point, so this is the O(cells · N) work that the window does coarse first, then refined.
 * The lattice and layout are those of the contour grid: values[j·nx + i] = J(w_i, b_j) with
 * w_i = wMin + i·(wMax − wMin)/(nx − 1), b_j likewise, the last column and row exactly on wMax and bMax.
 *
 * <p>How it saves work, per point i and cell (w, b), with zᵢ = w·xᵢ + b:
 * <pre>
 *   J = (1/N) Σ softplus(zᵢ) − (1/N)(w·Σyᵢxᵢ + b·Σyᵢ) + (λ/2)w²,
 *   softplus(z) = max(z, 0) + ln(1 + e^(−|z|)),     e^(−|z|) = min(t, 1/t),  t = e^(w·xᵢ)·e^b.
 * </pre>
 * The label term is two precomputed sums. The columns (one w each) are the parallel tasks: a column
 * computes e^(w·xᵢ) once per point, so a cell costs a multiplication and a division per point instead of
 * an exponential (where t over- or underflows, e^(−|z|) is computed directly). The logarithms are taken of
 * products of up to {@value #BLOCK} factors 1 + e^(−|z|) ∈ (1, 2], which stay below 2^{@value #BLOCK};
 * so one logarithm serves {@value #BLOCK} points. Each value differs from {@link LogisticCost#value} by
 * rounding only (a few units in the last place of each block's product); the picture does not show it.
 * The result does not depend on the thread schedule.
 */
public final class LogisticGrid {

    /** points whose factors 1 + e^(−|z|) are multiplied before one logarithm */
    static final int BLOCK = 512;

    private LogisticGrid() {
    }

    /**
     * @param cost  the logistic cost
     * @param view  the (w, b) rectangle
     * @param nx    columns (w), at least 2
     * @param ny    rows (b), at least 2
     * @param token checked once per column; when cancelled, the method returns early with a partly filled array
     * @return the row-major samples J(w_i, b_j), length nx·ny
     */
    public static double[] sample(LogisticCost cost, ViewRect view, int nx, int ny, CancellationToken token) {
        if (nx < 2 || ny < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 × 2 points, got " + nx + " × " + ny);
        }
        double[] x = cost.points().feature(0);
        double[] y = cost.points().targets();
        int n = x.length;
        double lambda = cost.spec().l2();
        double sumY = 0;
        double sumYX = 0;
        for (int k = 0; k < n; k++) {
            sumY += y[k];
            sumYX += y[k] * x[k];
        }
        double[] bs = new double[ny];
        double[] eb = new double[ny];
        for (int j = 0; j < ny; j++) {
            bs[j] = coordinate(view.yMin(), view.yMax(), j, ny);
            eb[j] = Math.exp(bs[j]);
        }
        double[] values = new double[nx * ny];
        double sy = sumY;
        double syx = sumYX;
        IntStream.range(0, nx).parallel().forEach(i -> {
            if (token.isCancelled()) {
                return;
            }
            double w = coordinate(view.xMin(), view.xMax(), i, nx);
            double[] ew = new double[n];
            for (int k = 0; k < n; k++) {
                ew[k] = Math.exp(w * x[k]);
            }
            double regular = 0.5 * lambda * w * w;
            for (int j = 0; j < ny; j++) {
                double b = bs[j];
                double e = eb[j];
                double positive = 0;
                double logs = 0;
                double product = 1;
                for (int k = 0; k < n; k++) {
                    double z = w * x[k] + b;
                    positive += Math.max(z, 0);
                    double t = ew[k] * e;
                    double small;
                    if (t > 0 && t < Double.POSITIVE_INFINITY) {
                        small = t > 1 ? 1 / t : t;
                    } else {
                        small = Math.exp(-Math.abs(z));
                    }
                    product *= 1 + small;
                    if ((k + 1) % BLOCK == 0) {
                        logs += Math.log(product);
                        product = 1;
                    }
                }
                logs += Math.log(product);
                values[j * nx + i] = (positive + logs - (w * syx + b * sy)) / n + regular;
            }
        });
        return values;
    }

    /** The naive per-point, per-cell loop: {@link LogisticCost#value} at every lattice point (the benchmark's baseline). */
    public static double[] sampleNaive(LogisticCost cost, ViewRect view, int nx, int ny) {
        double[] values = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            double b = coordinate(view.yMin(), view.yMax(), j, ny);
            for (int i = 0; i < nx; i++) {
                values[j * nx + i] = cost.value(coordinate(view.xMin(), view.xMax(), i, nx), b);
            }
        }
        return values;
    }

    /** The lattice coordinate, as the contour grid computes it. */
    private static double coordinate(double lo, double hi, int k, int n) {
        return k == n - 1 ? hi : lo + k * ((hi - lo) / (n - 1));
    }
}
