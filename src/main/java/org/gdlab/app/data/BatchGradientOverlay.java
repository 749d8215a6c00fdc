package org.gdlab.app.data;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.math.NumberText;
import org.gdlab.core.math.Vec2;
import org.gdlab.render.paint.Arrows;
import org.gdlab.render.paint.Labels;
import org.gdlab.render.paint.Occupancy;
import org.gdlab.render.paint.Overlay;
import org.gdlab.render.paint.PlotStyle;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.render.paint.SurfaceLayer;

/**
 * On a mini-batch run, the arrow of −∇J_B (the gradient of the step's batch, the one the optimizer steps on)
 * at the current point, beside the plot's −∇J arrow. Both start at w_k; the −∇J arrow has a fixed length, and
 * this one is as long times |∇J_B| / |∇J| (between a quarter and three times), so the picture shows how far
 * the batch's direction and size stray from the full gradient's.
 */
public final class BatchGradientOverlay implements Overlay {

    /** the batch arrow's colour: the data view's batch highlight */
    static final Color BATCH = new Color(0xf5, 0x9e, 0x0b);

    private final LabViewModel lab;

    public BatchGradientOverlay(LabViewModel lab) {
        this.lab = lab;
    }

    /** @return ∇J_B at step k of the path, or null on a full-batch run and at its last point */
    public static Vec2 batchGradient(PlannedPath p, int k) {
        return org.gdlab.app.viewmodel.DataGradientText.batchGradient(p, k);
    }

    @Override
    public String name() {
        return "batch gradient";
    }

    /** @return the arrow of the step on screen (the path is immutable), or null when there is none */
    @Override
    public Overlay frozen() {
        PlannedPath p = lab.pathProperty().get();
        if (p == null || p.size() == 0) {
            return null;
        }
        int k = Math.min(lab.playback().step(), p.size() - 1);
        if (batchGradient(p, k) == null) {
            return null;
        }
        return new Overlay() {
            @Override
            public void paint(Graphics2D g, PlotTransform t, Occupancy occupied) {
                BatchGradientOverlay.paint(g, t, occupied, p, k);
            }

            @Override
            public String name() {
                return BatchGradientOverlay.this.name();
            }

            @Override
            public boolean followsStep() {
                return true;
            }
        };
    }

    @Override
    public boolean followsStep() {
        return true;
    }

    @Override
    public void paint(Graphics2D g, PlotTransform t, Occupancy occupied) {
        PlannedPath p = lab.pathProperty().get();
        if (p == null || p.size() == 0) {
            return;
        }
        paint(g, t, occupied, p, Math.min(lab.playback().step(), p.size() - 1));
    }

    /** Paints the arrow of −∇J_B at step k of p (nothing on a full-batch run and at its last point). */
    static void paint(Graphics2D g, PlotTransform t, Occupancy occupied, PlannedPath p, int k) {
        Vec2 gb = batchGradient(p, k);
        if (gb == null) {
            return;
        }
        double sx = t.sx(p.x(k));
        double sy = t.sy(p.y(k));
        double gx = -gb.x() * t.scaleX();
        double gy = gb.y() * t.scaleY();
        double n = Math.hypot(gx, gy);
        double full = Math.hypot(p.gx(k), p.gy(k));
        if (!(n > 0) || !Double.isFinite(n)) {
            return;
        }
        double ratio = full > 0 ? Math.max(0.25, Math.min(3, gb.norm() / full)) : 1;
        double len = PlotStyle.GRADIENT_ARROW_PIXELS * ratio;
        double ex = sx + gx / n * len;
        double ey = sy + gy / n * len;
        Shape old = g.getClip();
        g.clip(SurfaceLayer.area(t));
        Arrows.draw(g, sx, sy, ex, ey, 3, 13, BATCH);
        String text = "−∇J_B  |∇J_B| = " + NumberText.significant(gb.norm(), 3);
        Rectangle2D size = Labels.size(g, PlotStyle.ARROW_LABEL, text);
        double w = size.getWidth();
        double h = size.getHeight();
        List<Rectangle2D> candidates = List.of(
                new Rectangle2D.Double(ex + 4, ey - h / 2, w, h),
                new Rectangle2D.Double(ex - w - 4, ey - h / 2, w, h),
                new Rectangle2D.Double(ex - w / 2, ey + 4, w, h),
                new Rectangle2D.Double(ex - w / 2, ey - h - 4, w, h));
        Labels.place(g, PlotStyle.ARROW_LABEL, text, BATCH, candidates, SurfaceLayer.area(t), occupied);
        g.setClip(old);
    }
}
