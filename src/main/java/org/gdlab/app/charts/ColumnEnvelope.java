package org.gdlab.app.charts;

/**
 * Reduces a series to what a line chart can show: its least and greatest value in every column.
 *
 * <p>The window [x0, x1] of the x axis is cut into n equal columns; point i (x ascending) falls into column
 * c(x_i) = ⌊(x_i − x0) / (x1 − x0) · n⌋, clamped to [0, n − 1] (so x1 belongs to the last column). Of
 * the points in a column only two are kept, in their order: the one with the least y and the one with the
 * greatest (one point where they are the same). The first and the last point in the window are kept too,
 * and the nearest point on either side of the window, so that the line runs on to the window's edges.
 * At most 2n + 4 points remain, whatever the series' length.
 *
 * <p>Why not every k-th point: that aliases. A value alternating ±1 at every step, thinned to every 10th
 * step, becomes a flat line at +1; per column its least and greatest value are −1 and +1, so the chart still
 * shows the whole band (Jugel et al., "M4: a visualization-oriented time series data aggregation", VLDB
 * 2014, keep the first and the last point of a column as well; min and max alone draw the same envelope at
 * half the points). On a monotone y axis (linear or logarithmic) the least and greatest data value are the
 * least and greatest pixel, so the reduction can be done in data coordinates.
 *
 * <p>Points whose y is not finite (a diverged run's NaN or ∞) are left out; so are y ≤ 0 when
 * {@code positiveOnly} (a logarithmic axis cannot place them). The line then joins the kept neighbours.
 * Written by hand: JFreeChart's {@code SamplingXYLineRenderer} also samples per pixel, but only inside its
 * renderer; this reduction also bounds the view model's series for runs longer than its point budget (which
 * the CSV export writes), and it is tested on its own.
 */
final class ColumnEnvelope {

    private ColumnEnvelope() {
    }

    /**
     * @param columns the number of columns n (≥ 1)
     * @return the capacity the output arrays of {@link #reduce} need for n columns
     */
    static int capacity(int columns) {
        return 2 * Math.max(1, columns) + 4;
    }

    /**
     * Writes the kept points into {@code outX}, {@code outY} (modified; at least {@link #capacity} long) in
     * the series' order.
     *
     * @param x the x values, ascending (not modified)
     * @param y the y values (not modified)
     * @param x0 the window's left edge
     * @param x1 the window's right edge (&gt; x0; else everything falls into one column)
     * @param columns the number of columns n ≥ 1 (a chart's data area width in pixels)
     * @param positiveOnly leave out y ≤ 0 (a logarithmic axis)
     * @return the number of points written
     */
    static int reduce(double[] x, double[] y, double x0, double x1, int columns, boolean positiveOnly,
            double[] outX, double[] outY) {
        int n = Math.max(1, columns);
        double scale = x1 > x0 ? n / (x1 - x0) : 0;
        Out out = new Out(outX, outY);
        int before = -1;
        int col = -1;
        int lo = -1;
        int hi = -1;
        int first = -1;
        int firstColumn = -1;
        int last = -1;
        int after = -1;
        for (int i = 0; i < x.length; i++) {
            if (!kept(y[i], positiveOnly)) {
                continue;
            }
            if (x[i] < x0) {
                before = i;
                continue;
            }
            if (x[i] > x1) {
                after = i;
                break;
            }
            int c = (int) Math.min(n - 1, Math.floor((x[i] - x0) * scale));
            if (c != col) {
                out.column(x, y, col == firstColumn ? first : -1, lo, hi, -1);
                if (first < 0) {
                    firstColumn = c;
                    first = i;
                    if (before >= 0) {
                        out.add(x, y, before);
                    }
                }
                col = c;
                lo = i;
                hi = i;
            } else if (y[i] < y[lo]) {
                lo = i;
            } else if (y[i] > y[hi]) {
                hi = i;
            }
            last = i;
        }
        if (first < 0 && before >= 0) {
            out.add(x, y, before); // nothing inside the window: the line from the last point before it
        }
        out.column(x, y, col == firstColumn ? first : -1, lo, hi, last);
        if (after >= 0) {
            out.add(x, y, after);
        }
        return out.size;
    }

    /** @return whether y can be drawn */
    private static boolean kept(double y, boolean positiveOnly) {
        return Double.isFinite(y) && (!positiveOnly || y > 0);
    }

    /** The output arrays and how many points they hold; adds a column's points in their order, once each. */
    private static final class Out {
        private final double[] x;
        private final double[] y;
        private int size;
        private int lastIndex = -1;

        Out(double[] x, double[] y) {
            this.x = x;
            this.y = y;
        }

        /** Adds the column's points lo and hi, the series' first point and its last (-1: none), sorted. */
        void column(double[] xs, double[] ys, int first, int lo, int hi, int last) {
            if (lo < 0) {
                return;
            }
            int a = Math.min(lo, hi);
            int b = Math.max(lo, hi);
            if (first >= 0 && first < a) {
                add(xs, ys, first);
            }
            add(xs, ys, a);
            add(xs, ys, b);
            if (last > b) {
                add(xs, ys, last);
            }
        }

        void add(double[] xs, double[] ys, int i) {
            if (i == lastIndex) {
                return;
            }
            lastIndex = i;
            x[size] = xs[i];
            y[size] = ys[i];
            size++;
        }
    }
}
