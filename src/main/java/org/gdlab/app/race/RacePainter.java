package org.gdlab.app.race;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.gdlab.app.plot.PathPainter;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.app.viewmodel.Numbers;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Memory;

/**
 * Paints racing runs: the whole planned path faint in the run's colour (up to the view's edge, with a marker
 * where a diverged run left the view), the part walked so far (w_0 … w_k)
 * in full colour over a dark outline, the current point, and what the optimizer keeps in memory at w_k
 * (the velocity's share of the next step as an arrow; the per-coordinate effective rate α/(√v + ε) as an
 * ellipse whose semi-axes have the ratio η_x : η_y, the larger one {@link #GLYPH_PIXELS} long). Stateless.
 */
public final class RacePainter {

    /** the larger semi-axis of the effective-rate ellipse, in pixels */
    public static final double GLYPH_PIXELS = 30;
    private static final Color OUTLINE = Color.rgb(0, 0, 0, 0.8);
    private static final Font CAPTION = Font.font("System", FontWeight.BOLD, 14);

    private RacePainter() {
    }

    /** @return the JavaFX colour of a palette slot */
    public static Color color(RunModel r) {
        return Color.web(r.color().hex());
    }

    /** The whole planned path, faint. */
    public static void paintPlanned(GraphicsContext g, PlotTransform t, PlannedPath p, Color c) {
        clip(g, t);
        g.setLineWidth(2);
        g.setStroke(c.deriveColor(0, 1, 1, 0.5));
        g.setLineDashes(5, 5);
        PathPainter.polyline(g, t, p, 0, p.size() - 1);
        g.setLineDashes((double[]) null);
        g.restore();
    }

    /**
     * After a divergence, where the run left the view for good, in the run's colour: a cross at the view's
     * edge labelled with the first iterate outside ({@link PathPainter#exitMarker}); nothing for a run that
     * did not diverge.
     */
    public static void paintExit(GraphicsContext g, PlotTransform t, PlannedPath p, Color c) {
        if (!p.diverged()) {
            return;
        }
        clip(g, t);
        PathPainter.exitMarker(g, t, p, c);
        g.restore();
    }

    /** The path so far (to step k, clamped) and the current point, in the run's colour. */
    public static void paintTrail(GraphicsContext g, PlotTransform t, PlannedPath p, int k, Color c, boolean selected) {
        int kk = Math.max(0, Math.min(k, p.size() - 1));
        clip(g, t);
        g.setStroke(OUTLINE);
        g.setLineWidth(selected ? 6 : 5);
        PathPainter.polyline(g, t, p, 0, kk);
        g.setStroke(c);
        g.setLineWidth(selected ? 3.5 : 2.6);
        PathPainter.polyline(g, t, p, 0, kk);
        double x = t.sx(p.x(kk));
        double y = t.sy(p.y(kk));
        double r = selected ? 8 : 6.5;
        g.setFill(OUTLINE);
        g.fillOval(x - r - 1.5, y - r - 1.5, 2 * r + 3, 2 * r + 3);
        g.setFill(c);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.restore();
    }

    /** The memory glyph at w_k and, when caption is not null, the update rule beside it. */
    public static void paintMemory(GraphicsContext g, PlotTransform t, RacePath rp, int k, Color c, String caption) {
        PlannedPath p = rp.path();
        int kk = Math.max(0, Math.min(k, p.size() - 1));
        double x = t.sx(p.x(kk));
        double y = t.sy(p.y(kk));
        clip(g, t);
        Memory m = rp.memory(kk);
        String value = null;
        if (m instanceof Memory.Velocity v) {
            double ex = PathPainter.clamp(t.sx(p.x(kk) + v.coast().x()));
            double ey = PathPainter.clamp(t.sy(p.y(kk) + v.coast().y()));
            if (Math.hypot(ex - x, ey - y) > 2) {
                arrow(g, x, y, ex, ey, c);
            }
            value = "velocity |b| = " + Numbers.sig3(v.buffer().norm());
        } else if (m instanceof Memory.Scaling s) {
            Vec2 eta = s.effectiveRate();
            double big = Math.max(eta.x(), eta.y());
            if (big > 0 && Double.isFinite(big)) {
                double rx = Math.max(3, GLYPH_PIXELS * eta.x() / big);
                double ry = Math.max(3, GLYPH_PIXELS * eta.y() / big);
                g.setLineWidth(4.5);
                g.setStroke(OUTLINE);
                g.strokeOval(x - rx, y - ry, 2 * rx, 2 * ry);
                g.setLineWidth(2.5);
                g.setStroke(c);
                g.strokeOval(x - rx, y - ry, 2 * rx, 2 * ry);
            }
            value = "α/(√v+ε) = (" + Numbers.sig3(eta.x()) + ", " + Numbers.sig3(eta.y()) + ")";
        }
        if (caption != null) {
            text(g, caption, x + 16, y + 22);
            if (value != null) {
                text(g, value, x + 16, y + 40);
            }
        }
        g.restore();
    }

    private static void arrow(GraphicsContext g, double x0, double y0, double x1, double y1, Color c) {
        double a = Math.atan2(y1 - y0, x1 - x0);
        double h = 11;
        double[] xs = {x1, x1 - h * Math.cos(a - 0.4), x1 - h * Math.cos(a + 0.4)};
        double[] ys = {y1, y1 - h * Math.sin(a - 0.4), y1 - h * Math.sin(a + 0.4)};
        g.setStroke(OUTLINE);
        g.setLineWidth(6);
        g.strokeLine(x0, y0, x1, y1);
        g.setFill(OUTLINE);
        g.fillPolygon(xs, ys, 3);
        g.setStroke(c);
        g.setLineWidth(3);
        g.strokeLine(x0, y0, x1 - 0.7 * h * Math.cos(a), y1 - 0.7 * h * Math.sin(a));
        g.setFill(c);
        g.fillPolygon(xs, ys, 3);
    }

    /** White text over a dark outline: legible over every colour map whatever the run's colour. */
    private static void text(GraphicsContext g, String s, double x, double y) {
        g.setFont(CAPTION);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setStroke(OUTLINE);
        g.setLineWidth(3.5);
        g.strokeText(s, x, y);
        g.setFill(Color.WHITE);
        g.fillText(s, x, y);
    }

    private static void clip(GraphicsContext g, PlotTransform t) {
        g.save();
        g.beginPath();
        g.rect(t.left(), t.top(), t.width(), t.height());
        g.clip();
    }
}
