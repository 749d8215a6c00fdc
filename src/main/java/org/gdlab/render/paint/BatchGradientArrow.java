package org.gdlab.render.paint;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.gdlab.core.math.NumberText;
import org.gdlab.core.math.Vec2;

/**
 * On a mini-batch run, the arrow of −∇J_B (the gradient of the step's batch, the one the optimizer steps on)
 * at w_k, beside the plot's −∇J arrow. Both start at w_k; the −∇J arrow has a fixed length
 * ({@link PlotStyle#GRADIENT_ARROW_PIXELS}), and this one is as long times |∇J_B| / |∇J|, kept between
 * {@value #SHORTEST} and {@value #LONGEST} times (1 when ∇J = 0), so the picture shows how far the batch's
 * direction and size stray from the full gradient's; its label gives |∇J_B|. Immutable: the window's
 * overlay ({@code org.gdlab.app.data.BatchGradientOverlay}) and every export's frames draw this one.
 *
 * @param w             w_k
 * @param gradient      ∇J(w_k), the full gradient
 * @param batchGradient ∇J_B(w_k), the gradient of step k's batch
 */
public record BatchGradientArrow(Vec2 w, Vec2 gradient, Vec2 batchGradient) implements Overlay {

    /** the batch arrow's colour: the data view's batch highlight */
    public static final Color BATCH = new Color(0xf5, 0x9e, 0x0b);
    /** the shortest arrow, in times the −∇J arrow's length */
    public static final double SHORTEST = 0.25;
    /** the longest arrow, in times the −∇J arrow's length */
    public static final double LONGEST = 3;

    /** @return the arrow of the step whose marks are m, or null when it has no batch (full batch, last iterate) */
    public static Overlay atStep(StepMarks m) {
        return m.batchGradient() == null || m.w() == null || m.gradient() == null ? null
                : new BatchGradientArrow(m.w(), m.gradient(), m.batchGradient());
    }

    /** @return the arrow's length in painter units: {@link PlotStyle#GRADIENT_ARROW_PIXELS} × |∇J_B| / |∇J|, clamped */
    public double length() {
        double full = gradient.norm();
        double ratio = full > 0 ? Math.max(SHORTEST, Math.min(LONGEST, batchGradient.norm() / full)) : 1;
        return PlotStyle.GRADIENT_ARROW_PIXELS * ratio;
    }

    @Override
    public String name() {
        return "batch gradient";
    }

    @Override
    public boolean followsStep() {
        return true;
    }

    @Override
    public StepOverlay perStep() {
        return BatchGradientArrow::atStep;
    }

    @Override
    public void paint(Graphics2D g, PlotTransform t, Occupancy occupied) {
        double sx = t.sx(w.x());
        double sy = t.sy(w.y());
        double gx = -batchGradient.x() * t.scaleX();
        double gy = batchGradient.y() * t.scaleY();
        double n = Math.hypot(gx, gy);
        if (!(n > 0) || !Double.isFinite(n)) {
            return;
        }
        double len = length();
        double ex = sx + gx / n * len;
        double ey = sy + gy / n * len;
        Shape old = g.getClip();
        g.clip(SurfaceLayer.area(t));
        Arrows.draw(g, sx, sy, ex, ey, 3, 13, BATCH);
        String text = "−∇J_B  |∇J_B| = " + NumberText.significant(batchGradient.norm(), 3);
        Rectangle2D size = Labels.size(g, PlotStyle.ARROW_LABEL, text);
        double lw = size.getWidth();
        double lh = size.getHeight();
        List<Rectangle2D> candidates = List.of(
                new Rectangle2D.Double(ex + 4, ey - lh / 2, lw, lh),
                new Rectangle2D.Double(ex - lw - 4, ey - lh / 2, lw, lh),
                new Rectangle2D.Double(ex - lw / 2, ey + 4, lw, lh),
                new Rectangle2D.Double(ex - lw / 2, ey - lh - 4, lw, lh));
        Labels.place(g, PlotStyle.ARROW_LABEL, text, BATCH, candidates, SurfaceLayer.area(t), occupied);
        g.setClip(old);
    }
}
