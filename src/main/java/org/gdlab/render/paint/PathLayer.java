package org.gdlab.render.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.math.LineClip;
import org.gdlab.core.math.NumberText;
import org.gdlab.core.surface.ViewRect;

/**
 * Paints one path and what marks it: the planned path (dashed, the whole run), the trail (w_0 … w_k over a
 * dark outline, the main run's with a dot per iterate), the current point, the start, the −∇C arrow at a
 * readable length with its true length beside it, the step −α∇C to scale, where a live α change took
 * effect, and after a divergence a marker where the path left the view for good ({@link ViewExit}). A path
 * that leaves the view is drawn up to the view's edge (each segment clipped to it, never towards a far-away
 * point). Labels take the free place ({@link Placement}) among their candidates; {@link #occupy} says what
 * they must not cover. Stateless; every method paints inside the plot area only.
 */
public final class PathLayer {

    /** How a trail is drawn: the widths of its outline and its line, its colour, and whether it has dots. */
    public record TrailLook(Color color, double outline, double line, boolean dots) {
        /** the main run's: white, 4.5 and 2.2 units, a dot per iterate */
        public static final TrailLook MAIN = new TrailLook(PlotStyle.PATH, 4.5, 2.2, true);

        /** @return a raced run's look in its colour (the selected run's thicker) */
        public static TrailLook raced(Color c, boolean selected) {
            return new TrailLook(c, selected ? 6 : 5, selected ? 3.5 : 2.6, false);
        }
    }

    /** the last steps a label must not cover */
    public static final int LAST_STEPS = 8;
    /** pixels beyond the plot's edge that a clipped path still reaches, so its end hides under the clip */
    static final double MARGIN = 20;
    /** segments per stroked piece of a long path */
    static final int CHUNK = 32;
    /** circles per filled path */
    static final int DOTS_PER_FILL = 128;
    /** iterates closer than this (units, per axis) to the previous dot share its dot */
    static final double DOT_MERGE = 1.5;

    private PathLayer() {
    }

    /** The whole planned path, dashed. */
    public static void paintPlanned(Graphics2D g, PlotTransform t, PathPoints p, Color color, float dash) {
        if (p == null || p.size() < 2) {
            return;
        }
        Shape old = clip(g, t);
        g.setColor(color);
        g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {dash, 5}, 0));
        for (Path2D piece : polyline(t, p, 0, p.size() - 1)) {
            g.draw(piece);
        }
        g.setClip(old);
    }

    /** The main run's planned path: white, faint, dashed 7–5. */
    public static void paintPlanned(Graphics2D g, PlotTransform t, PathPoints p) {
        paintPlanned(g, t, p, PlotStyle.PLANNED, 7);
    }

    /**
     * The trail from w_from to w_to: the line over its outline and, for the main run, a dot at every
     * iterate. Painting from 0 draws it whole; painting from the last step drawn adds only the new steps.
     */
    public static void paintTrail(Graphics2D g, PlotTransform t, PathPoints p, int from, int to, TrailLook look) {
        if (p == null || to < from || p.size() == 0) {
            return;
        }
        to = Math.min(to, p.size() - 1);
        Shape old = clip(g, t);
        List<Path2D> pieces = polyline(t, p, from, to);
        g.setColor(PlotStyle.OUTLINE);
        g.setStroke(PlotStyle.round(look.outline()));
        for (Path2D piece : pieces) {
            g.draw(piece);
        }
        g.setColor(look.color());
        g.setStroke(PlotStyle.round(look.line()));
        for (Path2D piece : pieces) {
            g.draw(piece);
        }
        if (look.dots()) {
            int[] dots = dotIndices(t, p, from, to);
            double r = PlotStyle.DOT_RADIUS * look.line() / TrailLook.MAIN.line();
            g.setColor(PlotStyle.OUTLINE);
            fillDots(g, t, p, dots, r + 1.3);
            g.setColor(look.color());
            fillDots(g, t, p, dots, r);
        }
        g.setClip(old);
    }

    /** The current point w_k: a disc of radius r over its outline. */
    public static void paintCurrent(Graphics2D g, PlotTransform t, double x, double y, double r, Color color) {
        Shape old = clip(g, t);
        double sx = clamp(t.sx(x));
        double sy = clamp(t.sy(y));
        g.setColor(PlotStyle.OUTLINE);
        g.fill(new Ellipse2D.Double(sx - r - 1.5, sy - r - 1.5, 2 * r + 3, 2 * r + 3));
        g.setColor(color);
        g.fill(new Ellipse2D.Double(sx - r, sy - r, 2 * r, 2 * r));
        g.setClip(old);
    }

    /** The start w_0: a yellow ring. */
    public static void paintStart(Graphics2D g, PlotTransform t, double x, double y) {
        Shape old = clip(g, t);
        double r = PlotStyle.START_RADIUS;
        Ellipse2D ring = new Ellipse2D.Double(clamp(t.sx(x)) - r, clamp(t.sy(y)) - r, 2 * r, 2 * r);
        g.setStroke(new BasicStroke(5));
        g.setColor(PlotStyle.OUTLINE);
        g.draw(ring);
        g.setStroke(new BasicStroke(2.6f));
        g.setColor(PlotStyle.START);
        g.draw(ring);
        g.setClip(old);
    }

    /**
     * The step −α∇C at w_k to scale (to w_{k+1}, or to the view's edge) and the −∇C arrow at a readable
     * length with "−∇C  |∇C| = …" placed where it covers nothing ({@link #occupy} first).
     *
     * @param next w_{k+1} as {x, y}, or null when w_k is the last iterate
     * @param grad ∇C(w_k) as {gx, gy}
     * @return the label's box, or null when there is no −∇C arrow (∇C = 0 or not finite)
     */
    public static Rectangle2D paintArrows(Graphics2D g, PlotTransform t, double x, double y, double[] next, double[] grad,
            Occupancy occupied) {
        return paintArrows(g, t, x, y, next, grad, occupied, "C");
    }

    /**
     * {@link #paintArrows(Graphics2D, PlotTransform, double, double, double[], double[], Occupancy)} with the
     * cost's letter in the label: "−∇J  |∇J| = …" on a data surface.
     */
    public static Rectangle2D paintArrows(Graphics2D g, PlotTransform t, double x, double y, double[] next, double[] grad,
            Occupancy occupied, String letter) {
        Shape old = clip(g, t);
        Rectangle2D label = null;
        double[][] arrows = arrows(t, x, y, next, grad);
        if (arrows[0] != null) {
            double[] a = arrows[0];
            Arrows.draw(g, a[0], a[1], a[2], a[3], 3, 13, PlotStyle.STEP);
            occupySegment(occupied, a[0], a[1], a[2], a[3], Occupancy.HARD);
        }
        if (arrows[1] != null) {
            double[] a = arrows[1];
            double sx = a[0];
            double sy = a[1];
            double ex = a[2];
            double ey = a[3];
            double ux = (ex - sx) / PlotStyle.GRADIENT_ARROW_PIXELS;
            double uy = (ey - sy) / PlotStyle.GRADIENT_ARROW_PIXELS;
            Arrows.draw(g, sx, sy, ex, ey, 3, 13, PlotStyle.GRADIENT);
            occupySegment(occupied, sx, sy, ex, ey, Occupancy.HARD);
            String text = "−∇" + letter + "  |∇" + letter + "| = " + NumberText.significant(Math.hypot(grad[0], grad[1]), 3);
            Rectangle2D size = Labels.size(g, PlotStyle.ARROW_LABEL, text);
            label = Labels.place(g, PlotStyle.ARROW_LABEL, text, PlotStyle.GRADIENT,
                    gradientLabelCandidates(sx, sy, ex, ey, ux, uy, size.getWidth(), size.getHeight()),
                    SurfaceLayer.area(t), occupied);
        }
        g.setClip(old);
        return label;
    }

    /**
     * Marks the two arrows of {@link #paintArrows} at w_k as what labels must not cover ({@link Occupancy#HARD}),
     * without painting them: for labels placed before the arrows are painted (the still marks').
     */
    public static void occupyArrows(Occupancy occupied, PlotTransform t, double x, double y, double[] next, double[] grad) {
        for (double[] a : arrows(t, x, y, next, grad)) {
            if (a != null) {
                occupySegment(occupied, a[0], a[1], a[2], a[3], Occupancy.HARD);
            }
        }
    }

    /**
     * @return the step arrow w_k → w_{k+1} (held to the view's edge) and the −∇C arrow
     *     ({@link PlotStyle#GRADIENT_ARROW_PIXELS} long), each {x0, y0, x1, y1} in painter units or null
     */
    private static double[][] arrows(PlotTransform t, double x, double y, double[] next, double[] grad) {
        double[][] out = new double[2][];
        double sx = t.sx(x);
        double sy = t.sy(y);
        if (next != null) {
            ViewRect v = widened(t);
            double[] c = new double[2];
            double ex = next[0];
            double ey = next[1];
            if (v.contains(ex, ey) || LineClip.clip(x, y, ex, ey, v.xMin(), v.xMax(), v.yMin(), v.yMax(), c)) {
                if (!v.contains(ex, ey)) { // the head lies beyond the plot's edge
                    ex = x + c[1] * (next[0] - x);
                    ey = y + c[1] * (next[1] - y);
                }
                out[0] = new double[] {sx, sy, t.sx(ex), t.sy(ey)};
            }
        }
        double gx = -grad[0] * t.scaleX();
        double gy = grad[1] * t.scaleY();
        double n = Math.hypot(gx, gy);
        if (n > 0 && Double.isFinite(n)) {
            out[1] = new double[] {sx, sy, sx + gx / n * PlotStyle.GRADIENT_ARROW_PIXELS, sy + gy / n * PlotStyle.GRADIENT_ARROW_PIXELS};
        }
        return out;
    }

    /**
     * @return where the −∇C label may go, best first: past the arrow's head, around the head, then around
     *     the current point further out
     */
    static List<Rectangle2D> gradientLabelCandidates(double sx, double sy, double ex, double ey, double ux, double uy,
            double w, double h) {
        List<Rectangle2D> c = new ArrayList<>();
        c.add(Placement.beyond(ex, ey, ux, uy, w, h, 6));
        c.addAll(Placement.around(ex, ey, w, h, 8));
        c.addAll(Placement.around(sx, sy, w, h, 30));
        c.addAll(Placement.around(sx, sy, w, h, 60));
        return c;
    }

    /** A diamond where a live α change took effect, labelled "α → value". */
    public static void paintRateChange(Graphics2D g, PlotTransform t, double x, double y, double rate, Occupancy occupied) {
        Shape old = clip(g, t);
        double sx = t.sx(x);
        double sy = t.sy(y);
        double r = 9;
        Path2D.Double d = new Path2D.Double();
        d.moveTo(sx, sy - r);
        d.lineTo(sx + r, sy);
        d.lineTo(sx, sy + r);
        d.lineTo(sx - r, sy);
        d.closePath();
        g.setStroke(PlotStyle.round(4));
        g.setColor(PlotStyle.OUTLINE);
        g.draw(d);
        g.setStroke(PlotStyle.round(2));
        g.setColor(PlotStyle.START);
        g.draw(d);
        occupied.addPoint(sx, sy, r, Occupancy.HARD);
        String text = "α → " + NumberText.significant(rate, 3);
        Rectangle2D size = Labels.size(g, PlotStyle.ARROW_LABEL, text);
        Labels.place(g, PlotStyle.ARROW_LABEL, text, PlotStyle.START,
                Placement.around(sx, sy, size.getWidth(), size.getHeight(), 12), SurfaceLayer.area(t), occupied);
        g.setClip(old);
    }

    /**
     * After a divergence: a cross where the path left the view for good ({@link ViewExit}), with an arrow
     * pointing out and the label "left the view at step k" (k the first iterate outside), or, when the last
     * finite iterate is still in the view, a cross on it labelled "last finite point, step n". The label
     * takes the free place around the cross. Nothing for a run that did not diverge.
     */
    public static void paintExit(Graphics2D g, PlotTransform t, PathPoints p, Color color, Occupancy occupied) {
        int last = p.size() - 1;
        if (!p.diverged() || last < 0) {
            return;
        }
        Shape old = clip(g, t);
        double mx;
        double my;
        String text;
        ViewExit exit = ViewExit.of(p, t.visible());
        if (t.visible().contains(p.x(last), p.y(last))) {
            mx = t.sx(p.x(last));
            my = t.sy(p.y(last));
            text = "last finite point, step " + p.step(last);
        } else if (exit != null) {
            double dx = t.sx(p.x(exit.step())) - t.sx(p.x(exit.step() - 1));
            double dy = t.sy(p.y(exit.step())) - t.sy(p.y(exit.step() - 1));
            double n = Math.hypot(dx, dy);
            double ux = n > 0 && Double.isFinite(n) ? dx / n : 0;
            double uy = n > 0 && Double.isFinite(n) ? dy / n : 0;
            mx = t.sx(exit.x()) - 12 * ux;
            my = t.sy(exit.y()) - 12 * uy;
            Arrows.draw(g, mx - ux * 40, my - uy * 40, mx, my, 4, 16, color);
            occupySegment(occupied, mx - ux * 40, my - uy * 40, mx, my, Occupancy.HARD);
            text = "left the view at step " + p.step(exit.step());
        } else {
            g.setClip(old);
            return;
        }
        double r = 10;
        Line2D a = new Line2D.Double(mx - r, my - r, mx + r, my + r);
        Line2D b = new Line2D.Double(mx - r, my + r, mx + r, my - r);
        g.setStroke(PlotStyle.round(5));
        g.setColor(PlotStyle.OUTLINE);
        g.draw(a);
        g.draw(b);
        g.setStroke(PlotStyle.round(3));
        g.setColor(color);
        g.draw(a);
        g.draw(b);
        occupied.addPoint(mx, my, r + 2, Occupancy.HARD);
        Rectangle2D size = Labels.size(g, PlotStyle.ARROW_LABEL, text);
        Labels.place(g, PlotStyle.ARROW_LABEL, text, color, Placement.around(mx, my, size.getWidth(), size.getHeight(), 16),
                SurfaceLayer.area(t), occupied);
        g.setClip(old);
    }

    /**
     * Marks what labels must not cover on path p at step k: the current point and the last
     * {@value #LAST_STEPS} steps ({@link Occupancy#HARD}), the rest of the walked path, segments included,
     * sampled every {@value #SAMPLE} units inside the plot ({@link Occupancy#SOFT}; at most
     * {@value #MAX_SOFT} samples, so a 10,000-step path costs no more than a short one).
     */
    public static void occupy(Occupancy occupied, PlotTransform t, PathPoints p, int k) {
        if (p == null || p.size() == 0) {
            return;
        }
        int kk = Math.max(0, Math.min(k, p.size() - 1));
        Rectangle2D area = SurfaceLayer.area(t);
        double lx = Double.NaN;
        double ly = Double.NaN;
        int soft = 0;
        for (int i = 1; i <= kk - LAST_STEPS && soft < MAX_SOFT; i++) {
            double x0 = clamp(t.sx(p.x(i - 1)));
            double y0 = clamp(t.sy(p.y(i - 1)));
            double x1 = clamp(t.sx(p.x(i)));
            double y1 = clamp(t.sy(p.y(i)));
            if (!p.joined(i) || !area.intersectsLine(x0, y0, x1, y1)) {
                continue;
            }
            double len = Math.hypot(x1 - x0, y1 - y0);
            int n = (int) Math.min(200, Math.ceil(len / SAMPLE));
            for (int j = 0; j <= n && soft < MAX_SOFT; j++) {
                double f = n == 0 ? 0 : (double) j / n;
                double x = x0 + f * (x1 - x0);
                double y = y0 + f * (y1 - y0);
                if (area.contains(x, y) && !(Math.abs(x - lx) < SAMPLE && Math.abs(y - ly) < SAMPLE)) {
                    occupied.addPoint(x, y, SAMPLE / 2 + 2, Occupancy.SOFT);
                    lx = x;
                    ly = y;
                    soft++;
                }
            }
        }
        for (int i = Math.max(1, kk - LAST_STEPS); i <= kk; i++) {
            occupySegment(occupied, clamp(t.sx(p.x(i - 1))), clamp(t.sy(p.y(i - 1))), clamp(t.sx(p.x(i))),
                    clamp(t.sy(p.y(i))), Occupancy.HARD);
        }
        occupied.addPoint(t.sx(p.x(kk)), t.sy(p.y(kk)), PlotStyle.CURRENT_RADIUS + 5, Occupancy.HARD);
    }

    /** the spacing of the samples that mark a path as occupied, in units */
    static final double SAMPLE = 12;
    /** the most samples of one path's earlier part */
    static final int MAX_SOFT = 600;

    /** Marks the segment (x0, y0)–(x1, y1) as occupied: small squares every 8 units along it (at most 64). */
    static void occupySegment(Occupancy occupied, double x0, double y0, double x1, double y1, double weight) {
        double len = Math.hypot(x1 - x0, y1 - y0);
        if (!Double.isFinite(len)) {
            return;
        }
        int n = (int) Math.min(64, Math.ceil(len / 8));
        for (int i = 0; i <= n; i++) {
            double f = n == 0 ? 0 : (double) i / n;
            occupied.addPoint(x0 + f * (x1 - x0), y0 + f * (y1 - y0), 5, weight);
        }
    }

    private static Shape clip(Graphics2D g, PlotTransform t) {
        Shape old = g.getClip();
        g.clip(SurfaceLayer.area(t));
        return old;
    }

    /**
     * Fills circles of radius r at the given iterates, {@link #DOTS_PER_FILL} to a path: one fill per
     * batch instead of one per dot (each fill has a fixed cost in the software pipeline that dominates
     * thousands of tiny circles).
     */
    private static void fillDots(Graphics2D g, PlotTransform t, PathPoints p, int[] dots, double r) {
        Path2D.Double batch = new Path2D.Double();
        int inBatch = 0;
        for (int i : dots) {
            batch.append(new Ellipse2D.Double(t.sx(p.x(i)) - r, t.sy(p.y(i)) - r, 2 * r, 2 * r), false);
            if (++inBatch == DOTS_PER_FILL) {
                g.fill(batch);
                batch = new Path2D.Double();
                inBatch = 0;
            }
        }
        if (inBatch > 0) {
            g.fill(batch);
        }
    }

    /**
     * The iterates from … to that get a dot: every one inside the plot, except that an iterate closer than
     * {@link #DOT_MERGE} units to the previous dot is skipped (its centre already lies inside that dot,
     * so the picture is the same while a 10,000-step crawl costs a few hundred dots).
     */
    static int[] dotIndices(PlotTransform t, PathPoints p, int from, int to) {
        int[] out = new int[to - from + 1];
        int n = 0;
        double lx = Double.NaN;
        double ly = Double.NaN;
        ViewExit exit = p.diverged() ? ViewExit.of(p, t.visible()) : null;
        int end = exit == null ? to : Math.min(to, exit.step() - 1);
        for (int i = from; i <= end; i++) {
            double x = t.sx(p.x(i));
            double y = t.sy(p.y(i));
            if (!t.containsScreen(x + 5, y + 5) && !t.containsScreen(x - 5, y - 5)) {
                continue;
            }
            if (n > 0 && Math.abs(x - lx) < DOT_MERGE && Math.abs(y - ly) < DOT_MERGE) {
                continue;
            }
            out[n++] = i;
            lx = x;
            ly = y;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * w_from … w_to as paths of {@link #CHUNK} segments each. Each segment is clipped to the view (widened
     * by {@link #MARGIN} units, beyond the plot's own clip), so a path that leaves the view is drawn up to
     * its edge and no line runs towards a far-away point; a diverged path ends where it left the view for
     * good ({@link ViewExit}); a vertex within half a unit of the previous one is dropped (invisible, but
     * costly for long crawls). The pieces are short because the software rasterizer's cost grows with the
     * number of edges crossing a scan line: one 10,000-segment path that crosses itself is far slower than
     * many short ones with the same pixels.
     */
    public static List<Path2D> polyline(PlotTransform t, PathPoints p, int from, int to) {
        List<Path2D> out = new ArrayList<>();
        ViewExit exit = p.diverged() ? ViewExit.of(p, t.visible()) : null;
        if (exit != null) {
            to = Math.min(to, exit.step()); // after it left the view for good, only lines between far-away points
        }
        if (to <= from) {
            return out;
        }
        ViewRect v = widened(t);
        double[] clip = new double[2];
        Path2D.Double path = new Path2D.Double();
        boolean pen = false;
        double lx = Double.NaN;
        double ly = Double.NaN;
        int segments = 0;
        for (int i = from + 1; i <= to; i++) {
            if (!p.joined(i)) {
                pen = false;
                continue;
            }
            double x0 = p.x(i - 1);
            double y0 = p.y(i - 1);
            double x1 = p.x(i);
            double y1 = p.y(i);
            boolean whole = v.contains(x0, y0) && v.contains(x1, y1);
            if (!whole && !LineClip.clip(x0, y0, x1, y1, v.xMin(), v.xMax(), v.yMin(), v.yMax(), clip)) {
                pen = false;
                continue;
            }
            double t0 = whole ? 0 : clip[0];
            double t1 = whole ? 1 : clip[1];
            if (!pen || t0 > 0) {
                lx = t.sx(x0 + t0 * (x1 - x0));
                ly = t.sy(y0 + t0 * (y1 - y0));
                path.moveTo(lx, ly);
                pen = true;
            }
            double sx = t.sx(x0 + t1 * (x1 - x0));
            double sy = t.sy(y0 + t1 * (y1 - y0));
            if (t1 == 1 && i < to && Math.abs(sx - lx) < 0.5 && Math.abs(sy - ly) < 0.5) {
                continue;
            }
            path.lineTo(sx, sy);
            lx = sx;
            ly = sy;
            pen = t1 == 1;
            if (++segments == CHUNK && i < to) {
                out.add(path);
                path = new Path2D.Double();
                path.moveTo(lx, ly);
                segments = 0;
            }
        }
        out.add(path);
        return out;
    }

    /** @return the visible world rectangle widened by {@link #MARGIN} units each way */
    private static ViewRect widened(PlotTransform t) {
        ViewRect v = t.visible();
        double mx = MARGIN / t.scaleX();
        double my = MARGIN / t.scaleY();
        return new ViewRect(v.xMin() - mx, v.xMax() + mx, v.yMin() - my, v.yMax() + my);
    }

    /** @return v limited to ±1e5 units, so far-away iterates stay drawable */
    public static double clamp(double v) {
        return Math.max(-1e5, Math.min(1e5, v));
    }
}
