package org.gdlab.app.plot;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.gdlab.app.viewmodel.Numbers;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.app.viewmodel.RateChange;
import org.gdlab.app.viewmodel.RunExplainer;

/**
 * Paints the overlay: the whole planned path faintly, the path so far with a dot per step, where a live
 * α change took effect, the start marker, the current point w_k, the −∇C arrow at a readable length with
 * its true length written beside it, the actual step −α∇C (w_{k+1} − w_k) to scale, and, after a
 * divergence, a marker at the plot's edge where the iterate left. Stateless.
 */
public final class PathPainter {

    private PathPainter() {
    }

    /**
     * @param k the current step (0 ≤ k &lt; path.size())
     */
    public static void paint(GraphicsContext g, double w, double h, PlotTransform t, PlannedPath path, int k,
            double startX, double startY) {
        g.clearRect(0, 0, w, h);
        g.save();
        g.beginPath();
        g.rect(t.left(), t.top(), t.width(), t.height());
        g.clip();
        if (path != null && path.size() == 0) {
            path = null;
        }
        if (path != null) {
            k = Math.max(0, Math.min(k, path.size() - 1));
            planned(g, t, path, k);
            current(g, t, path, k);
            soFar(g, t, path, k);
            changes(g, t, path);
        }
        startMarker(g, t.sx(startX), t.sy(startY));
        if (path != null) {
            k = Math.max(0, Math.min(k, path.size() - 1));
            point(g, t, path, k);
            if (RunExplainer.diverged(path)) {
                edgeMarker(g, t, path);
            }
        }
        g.restore();
    }

    /** The part of the planned path not walked yet (w_k onwards), dashed. */
    private static void planned(GraphicsContext g, PlotTransform t, PlannedPath p, int k) {
        g.setLineWidth(2);
        g.setStroke(Style.PLANNED);
        g.setLineDashes(7, 5);
        polyline(g, t, p, k, p.size() - 1);
        g.setLineDashes((double[]) null);
    }

    private static void soFar(GraphicsContext g, PlotTransform t, PlannedPath p, int k) {
        g.setStroke(Style.OUTLINE);
        g.setLineWidth(4.5);
        polyline(g, t, p, 0, k);
        g.setStroke(Style.PATH);
        g.setLineWidth(2.2);
        polyline(g, t, p, 0, k);
        double r = Style.DOT_RADIUS;
        int[] dots = dotIndices(t, p, k);
        g.setFill(Style.OUTLINE);
        for (int i : dots) {
            g.fillOval(t.sx(p.x(i)) - r - 1.3, t.sy(p.y(i)) - r - 1.3, 2 * r + 2.6, 2 * r + 2.6);
        }
        g.setFill(Style.PATH);
        for (int i : dots) {
            g.fillOval(t.sx(p.x(i)) - r, t.sy(p.y(i)) - r, 2 * r, 2 * r);
        }
    }

    /**
     * The iterates 0 … k that get a dot: every one inside the plot, except that an iterate closer than
     * {@link #DOT_MERGE} pixels to the previous dot is skipped (its centre already lies inside that dot,
     * so the picture is the same while a 10,000-step crawl costs a few hundred dots).
     */
    static int[] dotIndices(PlotTransform t, PlannedPath p, int k) {
        int[] out = new int[k + 1];
        int n = 0;
        double lx = Double.NaN;
        double ly = Double.NaN;
        for (int i = 0; i <= k; i++) {
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
     * Strokes w_from … w_to as one path. Screen coordinates are clamped so far-away iterates stay drawable,
     * and a vertex within half a pixel of the previous one is dropped (invisible, but costly for long crawls).
     */
    private static void polyline(GraphicsContext g, PlotTransform t, PlannedPath p, int from, int to) {
        if (to <= from) {
            return;
        }
        g.beginPath();
        double lx = clamp(t.sx(p.x(from)));
        double ly = clamp(t.sy(p.y(from)));
        g.moveTo(lx, ly);
        for (int i = from + 1; i <= to; i++) {
            double sx = clamp(t.sx(p.x(i)));
            double sy = clamp(t.sy(p.y(i)));
            if (i < to && Math.abs(sx - lx) < 0.5 && Math.abs(sy - ly) < 0.5) {
                continue;
            }
            g.lineTo(sx, sy);
            lx = sx;
            ly = sy;
        }
        g.stroke();
    }

    private static double clamp(double v) {
        return Math.max(-1e5, Math.min(1e5, v));
    }

    private static void current(GraphicsContext g, PlotTransform t, PlannedPath p, int k) {
        double x = t.sx(p.x(k));
        double y = t.sy(p.y(k));
        if (p.hasStepAfter(k)) {
            Arrows.draw(g, x, y, clamp(t.sx(p.x(k + 1))), clamp(t.sy(p.y(k + 1))), 3, 13, Style.STEP);
        }
        double gx = -p.gx(k) * t.scaleX();
        double gy = p.gy(k) * t.scaleY();
        double n = Math.hypot(gx, gy);
        if (n > 0 && Double.isFinite(n)) {
            double ex = x + gx / n * Style.GRADIENT_ARROW_PIXELS;
            double ey = y + gy / n * Style.GRADIENT_ARROW_PIXELS;
            Arrows.draw(g, x, y, ex, ey, 3, 13, Style.GRADIENT);
            label(g, "−∇C  |∇C| = " + Numbers.sig(p.gradientNorm(k), 3), ex + gx / n * 8, ey + gy / n * 8, Style.GRADIENT);
        }
    }

    private static void label(GraphicsContext g, String text, double x, double y, javafx.scene.paint.Color color) {
        g.setFont(Style.ARROW_LABEL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setStroke(Style.OUTLINE);
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
            g.setStroke(Style.OUTLINE);
            g.setLineWidth(4);
            g.strokePolygon(xs, ys, 4);
            g.setStroke(Style.START);
            g.setLineWidth(2);
            g.strokePolygon(xs, ys, 4);
            label(g, "α → " + Numbers.sig3(c.learningRate()), x + 8, y - 14, Style.START);
        }
    }

    private static void startMarker(GraphicsContext g, double x, double y) {
        double r = Style.START_RADIUS;
        g.setLineWidth(5);
        g.setStroke(Style.OUTLINE);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setLineWidth(2.6);
        g.setStroke(Style.START);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    private static void point(GraphicsContext g, PlotTransform t, PlannedPath p, int k) {
        double r = Style.CURRENT_RADIUS;
        double x = t.sx(p.x(k));
        double y = t.sy(p.y(k));
        g.setFill(Style.OUTLINE);
        g.fillOval(x - r - 1.5, y - r - 1.5, 2 * r + 3, 2 * r + 3);
        g.setFill(Style.CURRENT);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
    }

    /** The last finite iterate, or where the line from the previous one towards it crosses the plot edge. */
    private static void edgeMarker(GraphicsContext g, PlotTransform t, PlannedPath p) {
        int last = p.size() - 1;
        double x = t.sx(p.x(last));
        double y = t.sy(p.y(last));
        double cx = t.left() + t.width() / 2;
        double cy = t.top() + t.height() / 2;
        boolean inside = t.containsScreen(x, y);
        double mx = x;
        double my = y;
        if (!inside) {
            double px = last > 0 ? t.sx(p.x(last - 1)) : cx;
            double py = last > 0 ? t.sy(p.y(last - 1)) : cy;
            if (!t.containsScreen(px, py)) {
                px = cx;
                py = cy;
            }
            double s = 1;
            double dx = x - px;
            double dy = y - py;
            if (dx > 0) {
                s = Math.min(s, (t.left() + t.width() - 12 - px) / dx);
            } else if (dx < 0) {
                s = Math.min(s, (t.left() + 12 - px) / dx);
            }
            if (dy > 0) {
                s = Math.min(s, (t.top() + t.height() - 12 - py) / dy);
            } else if (dy < 0) {
                s = Math.min(s, (t.top() + 12 - py) / dy);
            }
            mx = px + s * dx;
            my = py + s * dy;
            Arrows.draw(g, mx - (dx / Math.hypot(dx, dy)) * 40, my - (dy / Math.hypot(dx, dy)) * 40, mx, my, 4, 16, Style.DIVERGED);
        }
        double r = 10;
        g.setLineWidth(5);
        g.setStroke(Style.OUTLINE);
        g.strokeLine(mx - r, my - r, mx + r, my + r);
        g.strokeLine(mx - r, my + r, mx + r, my - r);
        g.setLineWidth(3);
        g.setStroke(Style.DIVERGED);
        g.strokeLine(mx - r, my - r, mx + r, my + r);
        g.strokeLine(mx - r, my + r, mx + r, my - r);
        String text = (inside ? "last finite point, step " : "left the view, step ") + last;
        double lx = mx > cx ? mx - 230 : mx + 10;
        double ly = my > cy ? my - 22 : my + 22;
        label(g, text, lx, ly, Style.DIVERGED);
    }
}
