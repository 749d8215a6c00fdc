package org.gdlab.core.math;

import java.util.function.IntToDoubleFunction;

/**
 * The part of a segment inside an axis-aligned rectangle (Liang–Barsky): for drawing a path that leaves
 * the view, up to the edge and no further, instead of lines to far-away points.
 */
public final class LineClip {

    private LineClip() {
    }

    /**
     * Clips the segment p(t) = (x0, y0) + t·(x1 − x0, y1 − y0), 0 ≤ t ≤ 1, to [xMin, xMax] × [yMin, yMax].
     *
     * @param out receives {t0, t1}, the parameters of the visible part's ends (modified: its first two
     *     entries, only when the result is true)
     * @return true when some of the segment lies in the rectangle; false when none does or a coordinate
     *     is not finite
     */
    public static boolean clip(double x0, double y0, double x1, double y1, double xMin, double xMax, double yMin,
            double yMax, double[] out) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        if (!Double.isFinite(dx) || !Double.isFinite(dy) || !Double.isFinite(x0) || !Double.isFinite(y0)) {
            return false;
        }
        double[] t = {0, 1};
        if (!edge(-dx, x0 - xMin, t) || !edge(dx, xMax - x0, t) || !edge(-dy, y0 - yMin, t)
                || !edge(dy, yMax - y0, t)) {
            return false;
        }
        out[0] = t[0];
        out[1] = t[1];
        return true;
    }

    /**
     * Where a path of points 0 … n − 1 leaves a rectangle for good: the first point of its last stretch
     * outside (boundary points count as inside).
     *
     * @return k ≥ 1 with point k − 1 inside and points k … n − 1 all outside; −1 when the last point is
     *     inside, or when no point is
     */
    public static int finalExit(int n, IntToDoubleFunction x, IntToDoubleFunction y, double xMin, double xMax,
            double yMin, double yMax) {
        int k = n - 1;
        while (k >= 0 && !inside(x.applyAsDouble(k), y.applyAsDouble(k), xMin, xMax, yMin, yMax)) {
            k--;
        }
        return k < 0 || k == n - 1 ? -1 : k + 1;
    }

    private static boolean inside(double x, double y, double xMin, double xMax, double yMin, double yMax) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    /** One edge of Liang–Barsky: the part with p·t ≤ q survives; t = {enter, leave} (modified). */
    private static boolean edge(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            if (r > t[1]) {
                return false;
            }
            t[0] = Math.max(t[0], r);
        } else {
            if (r < t[0]) {
                return false;
            }
            t[1] = Math.min(t[1], r);
        }
        return true;
    }
}
