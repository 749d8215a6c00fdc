package org.gdlab.bench.legacy;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.gdlab.app.viewmodel.Numbers;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.app.viewmodel.RateChange;
import org.gdlab.core.math.LineClip;
import org.gdlab.core.surface.ViewRect;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.render.paint.ViewExit;

/**
 * Paints the path layers. The planned path (dashed, the whole run up to the step limit) changes only with
 * the path or the view; the trail (the path so far, w_0 … w_k, with a dot per step) grows one step at a
 * time during playback and is painted incrementally; the markers (the −∇C arrow at a readable length with
 * its true length beside it, the actual step −α∇C to scale, the current point, the start marker, where a
 * live α change took effect, and after a divergence a marker where the iterate left the view) are
 * repainted every frame and cost a few shapes. A path that leaves the view is drawn up to the view's edge
 * (each segment clipped to it, never towards a far-away clamped point), and a diverged path gets a marker where
 * it left the view for good, labelled with the first iterate outside ({@link ViewExit}). Stateless; every
 * method paints inside the plot area only.
 */
public final class LegacyPathPainter {

    private LegacyPathPainter() {
    }

    /** Everything on one canvas (for benchmarks and snapshots): planned path, trail to k, markers. */
    public static void paint(GraphicsContext g, double w, double h, PlotTransform t, PlannedPath path, int k,
            double startX, double startY) {
        g.clearRect(0, 0, w, h);
        if (path != null && path.size() > 0) {
            int kk = Math.max(0, Math.min(k, path.size() - 1));
            paintPlanned(g, t, path);
            paintArrows(g, t, path, kk);
            paintTrail(g, t, path, 0, kk);
        }
        paintMarkers(g, t, path, k, startX, startY);
    }

    /** The whole planned path, dashed and faint (the trail covers the part already walked). */
    public static void paintPlanned(GraphicsContext g, PlotTransform t, PlannedPath p) {
        clip(g, t);
        g.setLineWidth(2);
        g.setStroke(LegacyStyle.PLANNED);
        g.setLineDashes(7, 5);
        polyline(g, t, p, 0, p.size() - 1);
        g.setLineDashes((double[]) null);
        g.restore();
    }

    /** The −∇C arrow and the actual step at w_k, with the gradient's length written beside the arrow. */
    public static void paintArrows(GraphicsContext g, PlotTransform t, PlannedPath p, int k) {
        clip(g, t);
        current(g, t, p, k);
        g.restore();
    }

    /**
     * The trail from w_from to w_to: a white line with a dark outline and a dot at every iterate. Painting
     * from 0 draws it whole; painting from the last step drawn adds only the new steps.
     */
    public static void paintTrail(GraphicsContext g, PlotTransform t, PlannedPath p, int from, int to) {
        if (to < from) {
            return;
        }
        clip(g, t);
        g.setStroke(LegacyStyle.OUTLINE);
        g.setLineWidth(4.5);
        polyline(g, t, p, from, to);
        g.setStroke(LegacyStyle.PATH);
        g.setLineWidth(2.2);
        polyline(g, t, p, from, to);
        double r = LegacyStyle.DOT_RADIUS;
        int[] dots = dotIndices(t, p, from, to);
        g.setFill(LegacyStyle.OUTLINE);
        fillDots(g, t, p, dots, r + 1.3);
        g.setFill(LegacyStyle.PATH);
        fillDots(g, t, p, dots, r);
        g.restore();
    }

    /** The live α changes, the start marker, the current point w_k and, after a divergence, the edge marker. */
    public static void paintMarkers(GraphicsContext g, PlotTransform t, PlannedPath path, int k, double startX, double startY) {
        clip(g, t);
        if (path != null && path.size() > 0) {
            changes(g, t, path);
        }
        startMarker(g, t.sx(startX), t.sy(startY));
        if (path != null && path.size() > 0) {
            point(g, t, path, Math.max(0, Math.min(k, path.size() - 1)));
            if (path.diverged()) {
                exitMarker(g, t, path, LegacyStyle.DIVERGED);
            }
        }
        g.restore();
    }

    private static void clip(GraphicsContext g, PlotTransform t) {
        g.save();
        g.beginPath();
        g.rect(t.left(), t.top(), t.width(), t.height());
        g.clip();
    }

    /**
     * Fills circles of radius r at the given iterates, {@link #DOTS_PER_FILL} to a path: one fill per
     * batch instead of one per dot (each fill has a fixed cost in the software pipeline that dominates
     * thousands of tiny circles).
     */
    private static void fillDots(GraphicsContext g, PlotTransform t, PlannedPath p, int[] dots, double r) {
        int inBatch = 0;
        g.beginPath();
        for (int i : dots) {
            double x = t.sx(p.x(i));
            double y = t.sy(p.y(i));
            g.moveTo(x + r, y);
            g.arc(x, y, r, r, 0, 360);
            g.closePath();
            if (++inBatch == DOTS_PER_FILL) {
                g.fill();
                g.beginPath();
                inBatch = 0;
            }
        }
        g.fill();
    }

    /** circles per filled path */
    static final int DOTS_PER_FILL = 128;

    /**
     * The iterates from … to that get a dot: every one inside the plot, except that an iterate closer than
     * {@link #DOT_MERGE} pixels to the previous dot is skipped (its centre already lies inside that dot,
     * so the picture is the same while a 10,000-step crawl costs a few hundred dots).
     */
    static int[] dotIndices(PlotTransform t, PlannedPath p, int from, int to) {
        int[] out = new int[to - from + 1];
        int n = 0;
        double lx = Double.NaN;
        double ly = Double.NaN;
        for (int i = from; i <= to; i++) {
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

    /** iterates closer than this (pixels, per axis) to the previous dot share its dot */
    static final double DOT_MERGE = 1.5;

    /**
     * Strokes w_from … w_to. Each segment is clipped to the view (widened by {@link #MARGIN} pixels, beyond the
     * plot's own clip), so a path that leaves the view is drawn up to its edge and no line runs towards a
     * far-away point; a diverged path ends where it left the view for good ({@link ViewExit}); a vertex within half a pixel of the previous one is dropped (invisible, but costly for
     * long crawls), and the line is stroked in pieces of {@link #CHUNK} segments: the software rasterizer's
     * cost grows with the number of edges crossing a scan line, so one 10,000-segment path that crosses itself
     * is far slower than many short ones with the same pixels.
     */
    public static void polyline(GraphicsContext g, PlotTransform t, PlannedPath p, int from, int to) {
        ViewExit exit = p.diverged() ? ViewExit.of(p, t.visible()) : null;
        if (exit != null) {
            to = Math.min(to, exit.step()); // after it left the view for good, only lines between far-away points
        }
        if (to <= from) {
            return;
        }
        ViewRect v = widened(t);
        double[] clip = new double[2];
        g.beginPath();
        boolean pen = false;
        double lx = Double.NaN;
        double ly = Double.NaN;
        int segments = 0;
        for (int i = from + 1; i <= to; i++) {
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
                g.moveTo(lx, ly);
                pen = true;
            }
            double sx = t.sx(x0 + t1 * (x1 - x0));
            double sy = t.sy(y0 + t1 * (y1 - y0));
            if (t1 == 1 && i < to && Math.abs(sx - lx) < 0.5 && Math.abs(sy - ly) < 0.5) {
                continue;
            }
            g.lineTo(sx, sy);
            lx = sx;
            ly = sy;
            pen = t1 == 1;
            if (++segments == CHUNK && i < to) {
                g.stroke();
                g.beginPath();
                g.moveTo(lx, ly);
                segments = 0;
            }
        }
        g.stroke();
    }

    /** pixels beyond the plot's edge that a clipped path still reaches, so its end hides under the plot's clip */
    static final double MARGIN = 20;

    /** @return the visible world rectangle widened by {@link #MARGIN} pixels each way */
    private static ViewRect widened(PlotTransform t) {
        ViewRect v = t.visible();
        double mx = MARGIN / t.scaleX();
        double my = MARGIN / t.scaleY();
        return new ViewRect(v.xMin() - mx, v.xMax() + mx, v.yMin() - my, v.yMax() + my);
    }

    /** segments per stroked piece of a long path */
    static final int CHUNK = 32;

    /** @return v limited to ±1e5 pixels, so far-away iterates stay drawable */
    public static double clamp(double v) {
        return Math.max(-1e5, Math.min(1e5, v));
    }

    private static void current(GraphicsContext g, PlotTransform t, PlannedPath p, int k) {
        double x = t.sx(p.x(k));
        double y = t.sy(p.y(k));
        if (p.hasStepAfter(k)) {
            ViewRect v = widened(t);
            double[] clip = new double[2];
            double x1 = p.x(k + 1);
            double y1 = p.y(k + 1);
            if (v.contains(x1, y1)) {
                LegacyArrows.draw(g, x, y, t.sx(x1), t.sy(y1), 3, 13, LegacyStyle.STEP);
            } else if (LineClip.clip(p.x(k), p.y(k), x1, y1, v.xMin(), v.xMax(), v.yMin(), v.yMax(), clip)) {
                double ex = p.x(k) + clip[1] * (x1 - p.x(k));
                double ey = p.y(k) + clip[1] * (y1 - p.y(k));
                LegacyArrows.draw(g, x, y, t.sx(ex), t.sy(ey), 3, 13, LegacyStyle.STEP); // the head lies beyond the plot's edge
            }
        }
        double gx = -p.gx(k) * t.scaleX();
        double gy = p.gy(k) * t.scaleY();
        double n = Math.hypot(gx, gy);
        if (n > 0 && Double.isFinite(n)) {
            double ex = x + gx / n * LegacyStyle.GRADIENT_ARROW_PIXELS;
            double ey = y + gy / n * LegacyStyle.GRADIENT_ARROW_PIXELS;
            LegacyArrows.draw(g, x, y, ex, ey, 3, 13, LegacyStyle.GRADIENT);
            label(g, "−∇C  |∇C| = " + Numbers.sig(p.gradientNorm(k), 3), ex + gx / n * 8, ey + gy / n * 8, LegacyStyle.GRADIENT);
        }
    }

    private static void label(GraphicsContext g, String text, double x, double y, javafx.scene.paint.Color color) {
        g.setFont(LegacyStyle.ARROW_LABEL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setStroke(LegacyStyle.OUTLINE);
        g.setLineWidth(3.5);
        g.strokeText(text, x + 4, y);
        g.setFill(color);
        g.fillText(text, x + 4, y);
    }

    private static void changes(GraphicsContext g, PlotTransform t, PlannedPath p) {
        for (RateChange c : p.changes()) {
            if (c.step() >= p.size()) {
                continue;
            }
            double x = t.sx(p.x(c.step()));
            double y = t.sy(p.y(c.step()));
            double r = 9;
            double[] xs = {x, x + r, x, x - r};
            double[] ys = {y - r, y, y + r, y};
            g.setStroke(LegacyStyle.OUTLINE);
            g.setLineWidth(4);
            g.strokePolygon(xs, ys, 4);
            g.setStroke(LegacyStyle.START);
            g.setLineWidth(2);
            g.strokePolygon(xs, ys, 4);
            label(g, "α → " + Numbers.sig3(c.learningRate()), x + 8, y - 14, LegacyStyle.START);
        }
    }

    private static void startMarker(GraphicsContext g, double x, double y) {
        double r = LegacyStyle.START_RADIUS;
        g.setLineWidth(5);
        g.setStroke(LegacyStyle.OUTLINE);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setLineWidth(2.6);
        g.setStroke(LegacyStyle.START);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    private static void point(GraphicsContext g, PlotTransform t, PlannedPath p, int k) {
        double r = LegacyStyle.CURRENT_RADIUS;
        double x = t.sx(p.x(k));
        double y = t.sy(p.y(k));
        g.setFill(LegacyStyle.OUTLINE);
        g.fillOval(x - r - 1.5, y - r - 1.5, 2 * r + 3, 2 * r + 3);
        g.setFill(LegacyStyle.CURRENT);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
    }

    /**
     * After a divergence: a cross where the path left the view for good ({@link ViewExit}), with an arrow
     * pointing out and the label "left the view at step k" (k the first iterate outside), or, when the last
     * finite iterate is still in the view, a cross on it labelled "last finite point, step n".
     *
     * @param color the cross's, arrow's and label's colour (the main run's red, or a raced run's own)
     */
    public static void exitMarker(GraphicsContext g, PlotTransform t, PlannedPath p, javafx.scene.paint.Color color) {
        int last = p.size() - 1;
        if (last < 0) {
            return;
        }
        double cx = t.left() + t.width() / 2;
        double cy = t.top() + t.height() / 2;
        double mx;
        double my;
        String text;
        ViewExit exit = ViewExit.of(p, t.visible());
        if (t.visible().contains(p.x(last), p.y(last))) {
            mx = t.sx(p.x(last));
            my = t.sy(p.y(last));
            text = "last finite point, step " + last;
        } else if (exit != null) {
            double dx = t.sx(p.x(exit.step())) - t.sx(p.x(exit.step() - 1));
            double dy = t.sy(p.y(exit.step())) - t.sy(p.y(exit.step() - 1));
            double n = Math.hypot(dx, dy);
            double ux = n > 0 && Double.isFinite(n) ? dx / n : 0;
            double uy = n > 0 && Double.isFinite(n) ? dy / n : 0;
            mx = t.sx(exit.x()) - 12 * ux;
            my = t.sy(exit.y()) - 12 * uy;
            LegacyArrows.draw(g, mx - ux * 40, my - uy * 40, mx, my, 4, 16, color);
            text = "left the view at step " + exit.step();
        } else {
            return;
        }
        double r = 10;
        g.setLineWidth(5);
        g.setStroke(LegacyStyle.OUTLINE);
        g.strokeLine(mx - r, my - r, mx + r, my + r);
        g.strokeLine(mx - r, my + r, mx + r, my - r);
        g.setLineWidth(3);
        g.setStroke(color);
        g.strokeLine(mx - r, my - r, mx + r, my + r);
        g.strokeLine(mx - r, my + r, mx + r, my - r);
        double lx = mx > cx ? mx - 230 : mx + 10;
        double ly = my > cy ? my - 22 : my + 22;
        label(g, text, lx, ly, color);
    }
}
