package org.gdlab.core.contour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Level lines C = t of a sampled grid by marching squares, in the manner of d3-contour
 * ({@code d3/d3-contour src/contours.js}): a 16-case table instead of geometric branching, segments joined
 * into polylines and rings in the same single pass with maps keyed by edge index, missing-value rules as
 * tiny named helpers, output in grid coordinates.
 *
 * <h2>The method</h2>
 * The cell (i, j) has corners BL = (i, j), BR = (i + 1, j), TR = (i + 1, j + 1), TL = (i, j + 1) (j grows
 * upwards, like y). Its case is the 4-bit number BL·1 + BR·2 + TR·4 + TL·8 where a corner's bit is set
 * when it is {@link #above above} the threshold, i.e. C ≥ t (a value equal to t counts as above, as in
 * d3). The table gives, for each case, zero, one or two segments between crossed cell edges (bottom B,
 * right R, top T, left L), each oriented so that the region C ≥ t lies on its left; rings around a maximum
 * therefore run counter-clockwise. On a crossed edge from value a to value b the crossing lies at the
 * linear interpolate, fraction (t − a)/(b − a) of the way from a to b; a corner equal to t puts the
 * crossing exactly on that corner.
 *
 * <p><b>Saddles.</b> Cases 5 (BL and TR above) and 10 (BR and TL above) are ambiguous. They are resolved by
 * the mean of the four corners, the value of the bilinear interpolant at the cell centre: when it is ≥ t
 * the two above corners are joined through the centre (the segments cut off the two below corners),
 * otherwise the two above corners are separated. d3 instead always makes the same fixed choice per case;
 * the centre rule follows the surface and makes the result independent of orientation, so contouring −C at
 * −t gives the same lines.
 *
 * <p><b>Missing values.</b> A cell with a {@link #isMissing missing} corner (NaN or ±∞) yields no segment,
 * so lines stop at the edge of an undefined region; d3 instead treats such values as −∞.
 *
 * <p><b>Joining.</b> Every crossed edge is the end of the segment of one of its two cells and the start of
 * the other's, so fragments are joined end to start exactly as in d3: a fragment is found by the edge index
 * of its first point ({@code byStart}) and of its last point ({@code byEnd}). Because cells are visited row
 * by row, only edges of the current row and the top of the next can still be joined: the maps are ring
 * buffers of 4·nx slots (slot = edge index mod 4·nx), so memory is O(nx) and the pass is linear in the
 * cells plus the output. Slots are never cleared (clearing them cost more than the whole scan): an entry
 * counts only if its fragment still starts (ends) at exactly the queried edge. Unlike d3, lines that reach the border of the grid stay open: the grid is not padded.
 *
 * <h2>Output</h2>
 * Polylines x0, y0, x1, y1, … in grid coordinates (value index i, j); a closed ring repeats its first point
 * at the end. Order: by creation of the fragment that absorbed the others, which is deterministic.
 * Only the current and the next row of edges are kept in the maps; an endpoint on an older edge (the
 * left or right border, or next to a missing value) can never be joined again and is not re-registered.
 */
public final class MarchingSquares {

    private MarchingSquares() {
    }

    /** Local edges of a cell. */
    private static final int B = 0, R = 1, T = 2, L = 3;

    /**
     * For each case, pairs (from, to) of local edges; saddles 5 and 10 list the "centre below" choice,
     * {@link #SADDLE_CENTRE_ABOVE} the other.
     */
    private static final int[][] CASES = {
        {},             // 0: all below
        {B, L},         // 1: BL
        {R, B},         // 2: BR
        {R, L},         // 3: BL BR
        {T, R},         // 4: TR
        {B, L, T, R},   // 5: BL TR (saddle, centre below: two separate corners)
        {T, B},         // 6: BR TR
        {T, L},         // 7: BL BR TR
        {L, T},         // 8: TL
        {B, T},         // 9: BL TL
        {R, B, L, T},   // 10: BR TL (saddle, centre below)
        {R, T},         // 11: BL BR TL
        {L, R},         // 12: TR TL
        {B, R},         // 13: BL TR TL
        {L, B},         // 14: BR TR TL
        {},             // 15: all above
    };

    /** Saddle cases 5 and 10 when the centre is above: the below corners are cut off. */
    private static final int[][] SADDLE_CENTRE_ABOVE = {{B, R, T, L}, {L, B, R, T}};

    /** @return whether a corner value counts as above the threshold t: v ≥ t */
    static boolean above(double v, double t) {
        return v >= t;
    }

    /** @return whether a value is missing (NaN or ±∞): a cell with a missing corner has no segment */
    static boolean isMissing(double v) {
        return !Double.isFinite(v);
    }

    /**
     * The level line C = threshold.
     *
     * @param values row-major grid, values[j·nx + i]; not modified
     * @return polylines in grid coordinates, see the class comment
     * @throws IllegalArgumentException for a grid smaller than 2×2, a wrong length, or a NaN threshold
     */
    public static List<double[]> contour(double[] values, int nx, int ny, double threshold) {
        if (nx < 2 || ny < 2 || values.length != nx * ny) {
            throw new IllegalArgumentException("need an nx×ny grid with nx, ny ≥ 2 and nx·ny values, got "
                    + nx + "×" + ny + " and " + values.length + " values");
        }
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("the threshold must be a number, got NaN");
        }
        Tracer tracer = new Tracer(values, nx, threshold);
        double t = threshold;
        for (int j = 0; j < ny - 1; j++) {
            tracer.row(j);
            int row = j * nx;
            double bl = values[row];
            double tl = values[row + nx];
            int left = (above(bl, t) ? 1 : 0) | (above(tl, t) ? 8 : 0);
            for (int i = 0; i < nx - 1; i++) {
                double br = values[row + i + 1];
                double tr = values[row + nx + i + 1];
                int right = (above(br, t) ? 2 : 0) | (above(tr, t) ? 4 : 0);
                int code = left | right;
                if (code != 0 && code != 15
                        && !(isMissing(bl) || isMissing(br) || isMissing(tr) || isMissing(tl))) {
                    tracer.cell(i, j, code, bl, br, tr, tl);
                }
                left = (right & 2) >> 1 | (right & 4) << 1;   // BR becomes BL (2 → 1), TR becomes TL (4 → 8)
                bl = br;
                tl = tr;
            }
        }
        return tracer.result();
    }

    /**
     * The level lines of several thresholds in one pass over the cells; element k equals
     * {@code contour(values, nx, ny, thresholds[k])} exactly.
     *
     * <p>Each grid point gets its band b = #{k : t_k ≤ C} (found by stepping from its left neighbour's
     * band, so about O(1) per point on a smooth field); corner C is above t_k iff b &gt; k. A cell whose
     * corners share one band is crossed by no level and costs four comparisons; otherwise exactly the
     * levels k with min b ≤ k &lt; max b are traced in it. On a screen-sized grid with 20 levels this is
     * several times faster than 20 separate passes.
     *
     * @param thresholds strictly increasing, no NaN
     * @return one list of polylines per threshold, in the same order
     * @throws IllegalArgumentException for a bad grid, or thresholds that are not strictly increasing numbers
     */
    public static List<List<double[]>> contours(double[] values, int nx, int ny, double[] thresholds) {
        if (nx < 2 || ny < 2 || values.length != nx * ny) {
            throw new IllegalArgumentException("need an nx×ny grid with nx, ny ≥ 2 and nx·ny values, got "
                    + nx + "×" + ny + " and " + values.length + " values");
        }
        int levels = thresholds.length;
        for (int k = 0; k < levels; k++) {
            if (Double.isNaN(thresholds[k]) || k > 0 && !(thresholds[k] > thresholds[k - 1])) {
                throw new IllegalArgumentException("thresholds must be strictly increasing numbers, got "
                        + Arrays.toString(thresholds));
            }
        }
        Tracer[] tracers = new Tracer[levels];
        for (int k = 0; k < levels; k++) {
            tracers[k] = new Tracer(values, nx, thresholds[k]);
        }
        int[] lower = new int[nx];
        int[] upper = new int[nx];
        bands(values, 0, nx, thresholds, lower);
        for (int j = 0; j < ny - 1 && levels > 0; j++) {
            bands(values, (j + 1) * nx, nx, thresholds, upper);
            for (Tracer tracer : tracers) {
                tracer.row(j);
            }
            int row = j * nx;
            for (int i = 0; i < nx - 1; i++) {
                int bBL = lower[i], bBR = lower[i + 1], bTR = upper[i + 1], bTL = upper[i];
                int lo = Math.min(Math.min(bBL, bBR), Math.min(bTR, bTL));
                int hi = Math.max(Math.max(bBL, bBR), Math.max(bTR, bTL));
                if (lo == hi || lo < 0) {
                    continue;   // no level crosses, or a missing corner (band −1)
                }
                double bl = values[row + i], br = values[row + i + 1];
                double tr = values[row + nx + i + 1], tl = values[row + nx + i];
                for (int k = lo; k < hi; k++) {
                    int code = (bBL > k ? 1 : 0) | (bBR > k ? 2 : 0) | (bTR > k ? 4 : 0) | (bTL > k ? 8 : 0);
                    tracers[k].cell(i, j, code, bl, br, tr, tl);
                }
            }
            int[] swap = lower;
            lower = upper;
            upper = swap;
        }
        List<List<double[]>> out = new ArrayList<>(levels);
        for (Tracer tracer : tracers) {
            out.add(tracer.result());
        }
        return out;
    }

    /** Fills band[i] = #{k : t_k ≤ values[from + i]}, or −1 for a missing value. */
    private static void bands(double[] values, int from, int n, double[] t, int[] band) {
        int b = 0;
        for (int i = 0; i < n; i++) {
            double v = values[from + i];
            if (isMissing(v)) {
                band[i] = -1;
                continue;
            }
            while (b < t.length && t[b] <= v) {
                b++;
            }
            while (b > 0 && t[b - 1] > v) {
                b--;
            }
            band[i] = b;
        }
    }

    /** @return true when the polyline is a closed ring (its last point repeats its first) */
    public static boolean isClosed(double[] polyline) {
        int n = polyline.length;
        return n >= 4 && polyline[0] == polyline[n - 2] && polyline[1] == polyline[n - 1];
    }

    /** One threshold's lines, fed cell by cell in row-major order: mutable, confined to the calling thread. */
    private static final class Tracer {
        private final double[] values;
        private final int nx;
        private final double t;
        private final int window;
        private final Fragment[] byStart;
        private final Fragment[] byEnd;
        private final List<Fragment> fragments = new ArrayList<>();
        /** Smallest edge index that can still be joined: the first edge of the current row. */
        private int liveFrom;

        Tracer(double[] values, int nx, double t) {
            this.values = values;
            this.nx = nx;
            this.t = t;
            this.window = 4 * nx;
            this.byStart = new Fragment[window];
            this.byEnd = new Fragment[window];
        }

        /** Starts cell row j: edges below row j can no longer be joined. */
        void row(int j) {
            liveFrom = 2 * j * nx;
        }

        /** Adds the segments of cell (i, j) with the given case and corner values. */
        void cell(int i, int j, int code, double bl, double br, double tr, double tl) {
            emit(i, j, segments(code, bl, br, tr, tl));
        }

        /** @return the finished polylines, in order of creation of the surviving fragments */
        List<double[]> result() {
            List<double[]> out = new ArrayList<>();
            for (Fragment f : fragments) {
                if (!f.merged) {
                    out.add(f.points());
                }
            }
            return out;
        }

        private int[] segments(int code, double bl, double br, double tr, double tl) {
            if ((code == 5 || code == 10) && above(0.25 * (bl + br + tr + tl), t)) {
                return SADDLE_CENTRE_ABOVE[code == 5 ? 0 : 1];
            }
            return CASES[code];
        }

        /**
         * Global edge index: horizontal edge from (i, j) to (i + 1, j) is 2(j·nx + i), vertical edge from
         * (i, j) to (i, j + 1) is 2(j·nx + i) + 1.
         */
        private int edge(int i, int j, int local) {
            return switch (local) {
                case B -> 2 * (j * nx + i);
                case R -> 2 * (j * nx + i + 1) + 1;
                case T -> 2 * ((j + 1) * nx + i);
                default -> 2 * (j * nx + i) + 1;
            };
        }

        private void emit(int i, int j, int[] segs) {
            for (int s = 0; s < segs.length; s += 2) {
                stitch(edge(i, j, segs[s]), edge(i, j, segs[s + 1]));
            }
        }

        /** Joins the segment a → b to the fragments around it (d3's stitch). */
        private void stitch(int a, int b) {
            int sa = a % window;
            int sb = b % window;
            Fragment f = byEnd[sa];
            if (f != null && f.end == a) {
                byEnd[sa] = null;
                Fragment g = byStart[sb];
                if (g == null || g.start != b) {
                    appendPoint(f, b);
                    f.end = b;
                    byEnd[sb] = f;
                } else {
                    byStart[sb] = null;
                    if (f == g) {
                        f.append(f.buf[f.head], f.buf[f.head + 1]);   // close the ring
                    } else if (f.size() >= g.size()) {
                        f.appendAll(g);
                        f.end = g.end;
                        if (g.end >= liveFrom) {
                            byEnd[g.end % window] = f;
                        }
                    } else {
                        g.prependAll(f);
                        g.start = f.start;
                        if (f.start >= liveFrom) {
                            byStart[f.start % window] = g;
                        }
                    }
                }
                return;
            }
            f = byStart[sb];
            if (f != null && f.start == b) {
                byStart[sb] = null;
                prependPoint(f, a);
                f.start = a;
                byStart[sa] = f;
                return;
            }
            f = new Fragment(a, b);
            appendPoint(f, a);
            appendPoint(f, b);
            fragments.add(f);
            byStart[sa] = f;
            byEnd[sb] = f;
        }

        private void appendPoint(Fragment f, int e) {
            f.append(crossingX(e), crossingY(e));
        }

        private void prependPoint(Fragment f, int e) {
            f.prepend(crossingX(e), crossingY(e));
        }

        /** Grid x of the crossing on edge e: linear interpolation along a horizontal edge. */
        private double crossingX(int e) {
            int v = e >> 1;
            int i = v % nx;
            return (e & 1) == 0 ? i + fraction(values[v], values[v + 1]) : i;
        }

        /** Grid y of the crossing on edge e: linear interpolation along a vertical edge. */
        private double crossingY(int e) {
            int v = e >> 1;
            int j = v / nx;
            return (e & 1) == 1 ? j + fraction(values[v], values[v + nx]) : j;
        }

        /** Where t falls between a and b (one of them above t, the other not): (t − a)/(b − a) ∈ [0, 1]. */
        private double fraction(double a, double b) {
            return (t - a) / (b - a);
        }
    }

    /**
     * A growing polyline that can be extended at both ends in amortised O(1): points live in
     * buf[head, tail) with room kept on both sides.
     */
    private static final class Fragment {
        double[] buf = new double[16];
        int head = 8;
        int tail = 8;
        int start;
        int end;
        boolean merged;

        Fragment(int start, int end) {
            this.start = start;
            this.end = end;
        }

        int size() {
            return tail - head;
        }

        void append(double x, double y) {
            if (tail + 2 > buf.length) {
                grow(2, 0);
            }
            buf[tail++] = x;
            buf[tail++] = y;
        }

        void prepend(double x, double y) {
            if (head < 2) {
                grow(0, 2);
            }
            buf[--head] = y;
            buf[--head] = x;
        }

        void appendAll(Fragment g) {
            int n = g.size();
            if (tail + n > buf.length) {
                grow(n, 0);
            }
            System.arraycopy(g.buf, g.head, buf, tail, n);
            tail += n;
            g.merged = true;
        }

        void prependAll(Fragment f) {
            int n = f.size();
            if (head < n) {
                grow(0, n);
            }
            head -= n;
            System.arraycopy(f.buf, f.head, buf, head, n);
            f.merged = true;
        }

        /** Reallocates with at least {@code back} free slots at the tail and {@code front} at the head. */
        private void grow(int back, int front) {
            int n = size();
            int capacity = Math.max(2 * buf.length, n + back + front + 16);
            int newHead = front + (capacity - n - back - front) / 2;
            newHead &= ~1;
            double[] next = new double[capacity];
            System.arraycopy(buf, head, next, newHead, n);
            buf = next;
            head = newHead;
            tail = newHead + n;
        }

        double[] points() {
            return Arrays.copyOfRange(buf, head, tail);
        }
    }
}
