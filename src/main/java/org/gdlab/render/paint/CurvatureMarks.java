package org.gdlab.render.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.analysis.PointKind;
import org.gdlab.core.math.NumberText;
import org.gdlab.core.math.Vec2;

/**
 * The curvature at the current point w_k: the eigenvector directions of H (the steep one labelled λmax, the
 * shallow one λmin, each 2 × {@link #AXIS} units long) and the level ellipse of the local quadratic model
 * q(w_k + d) = C + g·d + ½dᵀHd through w_k. For a bowl (λmin &gt; 0) the model's minimum is w_k − H⁻¹g and
 * its level set through w_k is the ellipse with semi-axes r_i = √(gᵀH⁻¹g / λ_i) along v_i, centred there:
 * GD steps across it, along −g, and overshoots along the steep axis when α &gt; 2/λmax. The labels take the
 * free place at the axes' ends ({@link Placement}), painted over the paths with the step's other labels
 * ({@link Overlay#paintLabels}). Stateless.
 */
public final class CurvatureMarks {

    /** half-length of an eigenvector line, in painter units */
    public static final double AXIS = 80;
    static final Color STEEP = new Color(255, 82, 82);
    static final Color SHALLOW = new Color(105, 240, 174);
    static final Color MODEL = new Color(255, 255, 255, 242);

    private CurvatureMarks() {
    }

    /**
     * Paints the model's ellipse and the eigenvector lines (their labels go over the paths: {@link #paintLabels}).
     *
     * @param w     the current point
     * @param grad  ∇C(w), or null (no model ellipse then)
     * @param model whether to draw the model's ellipse
     * @param axes  whether to draw the eigenvector directions
     */
    public static void paint(Graphics2D g, PlotTransform t, LocalCurvature lc, Vec2 w, Vec2 grad, boolean model, boolean axes,
            Occupancy occupied) {
        if (lc == null || w == null || !lc.hessian().isFinite()) {
            return;
        }
        Shape old = g.getClip();
        g.clip(SurfaceLayer.area(t));
        if (model) {
            ellipse(g, t, lc, w, grad);
        }
        if (axes) {
            Line2D[] lines = axes(t, lc, w);
            Color[] colors = {STEEP, SHALLOW};
            for (int i = 0; i < lines.length; i++) {
                if (lines[i] == null) {
                    continue;
                }
                g.setStroke(PlotStyle.round(6));
                g.setColor(PlotStyle.OUTLINE);
                g.draw(lines[i]);
                g.setStroke(PlotStyle.round(3));
                g.setColor(colors[i]);
                g.draw(lines[i]);
            }
        }
        g.setClip(old);
    }

    /**
     * Paints the labels "λmax = …" and "λmin = …", each at the free place around either end of its line,
     * avoiding what is in occupied and adding themselves.
     */
    public static void paintLabels(Graphics2D g, PlotTransform t, LocalCurvature lc, Vec2 w, Occupancy occupied) {
        if (lc == null || w == null || !lc.hessian().isFinite()) {
            return;
        }
        Line2D[] lines = axes(t, lc, w);
        label(g, t, lines[0], STEEP, "λmax = " + NumberText.significant(lc.lambdaMax(), 3), occupied);
        label(g, t, lines[1], SHALLOW, "λmin = " + NumberText.significant(lc.lambdaMin(), 3), occupied);
    }

    /** @return the steep and the shallow eigenvector lines through w, {@link #AXIS} units either way (null: none) */
    private static Line2D[] axes(PlotTransform t, LocalCurvature lc, Vec2 w) {
        return new Line2D[] {axis(t, w, lc.eigenvectorMax()), axis(t, w, lc.eigenvectorMin())};
    }

    private static Line2D axis(PlotTransform t, Vec2 w, Vec2 v) {
        double x = t.sx(w.x());
        double y = t.sy(w.y());
        double dx = v.x() * t.scaleX();
        double dy = -v.y() * t.scaleY();
        double n = Math.hypot(dx, dy);
        if (!(n > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
            return null;
        }
        dx = dx / n * AXIS;
        dy = dy / n * AXIS;
        return new Line2D.Double(x - dx, y - dy, x + dx, y + dy);
    }

    private static void label(Graphics2D g, PlotTransform t, Line2D line, Color c, String label, Occupancy occupied) {
        if (line == null) {
            return;
        }
        Rectangle2D size = Labels.size(g, PlotStyle.ARROW_LABEL, label);
        java.util.List<Rectangle2D> at = new java.util.ArrayList<>(Placement.around(line.getX2(), line.getY2(), size.getWidth(),
                size.getHeight(), 6));
        at.addAll(Placement.around(line.getX1(), line.getY1(), size.getWidth(), size.getHeight(), 6));
        Labels.place(g, PlotStyle.ARROW_LABEL, label, c, at, SurfaceLayer.area(t), occupied);
    }

    private static void ellipse(Graphics2D g, PlotTransform t, LocalCurvature lc, Vec2 w, Vec2 grad) {
        if (lc.kind() != PointKind.MINIMUM || grad == null) {
            return;
        }
        double l1 = lc.lambdaMin();
        double l2 = lc.lambdaMax();
        Vec2 v1 = lc.eigenvectorMin();
        Vec2 v2 = lc.eigenvectorMax();
        double g1 = grad.dot(v1);
        double g2 = grad.dot(v2);
        double q = g1 * g1 / l1 + g2 * g2 / l2; // gᵀH⁻¹g
        if (!(q > 0) || !Double.isFinite(q)) {
            return;
        }
        Vec2 centre = w.minus(v1.times(g1 / l1)).minus(v2.times(g2 / l2));
        double r1 = Math.sqrt(q / l1);
        double r2 = Math.sqrt(q / l2);
        int n = 96;
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            Vec2 p = centre.plus(v1.times(r1 * Math.cos(a))).plus(v2.times(r2 * Math.sin(a)));
            double sx = Math.max(-1e5, Math.min(1e5, t.sx(p.x())));
            double sy = Math.max(-1e5, Math.min(1e5, t.sy(p.y())));
            if (i == 0) {
                path.moveTo(sx, sy);
            } else {
                path.lineTo(sx, sy);
            }
        }
        path.closePath();
        g.setStroke(new BasicStroke(5));
        g.setColor(PlotStyle.OUTLINE);
        g.draw(path);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {9, 6}, 0));
        g.setColor(MODEL);
        g.draw(path);
        double cx = t.sx(centre.x());
        double cy = t.sy(centre.y());
        g.fill(new Ellipse2D.Double(cx - 4, cy - 4, 8, 8));
    }
}
