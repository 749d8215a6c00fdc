package org.gdlab.render.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Ghost paths (the same run at other step sizes, α/4 … 4α): faint white polylines, a smaller α dotted and a
 * larger α dashed, each labelled ("α/4", "4α") a few steps from its start, at the free place among its
 * candidates ({@link Placement}): the lines under the paths, the labels over them with the plot's other
 * labels ({@link Overlay#paintLabels}). Clipped to the plot area; a diverged ghost ends where it left the view.
 * Stateless.
 */
public final class GhostPaths {

    /** the ghosts' lines */
    public static final Color GHOST = new Color(255, 255, 255, 128);

    /**
     * One ghost.
     *
     * @param path   its path
     * @param factor its α over the run's (below 1 dotted, above dashed)
     * @param label  what it is called on the plot, e.g. "α/4"
     */
    public record Ghost(PathPoints path, double factor, String label) {
    }

    private GhostPaths() {
    }

    /** Paints the ghosts' lines (their labels go over the paths: {@link #paintLabels}). */
    public static void paint(Graphics2D g, PlotTransform t, List<Ghost> ghosts, Occupancy occupied) {
        Shape old = g.getClip();
        g.clip(SurfaceLayer.area(t));
        for (Ghost gh : ghosts) {
            PathPoints p = gh.path();
            if (p.size() < 2) {
                continue;
            }
            float[] dash = gh.factor() < 1 ? new float[] {2, 4} : new float[] {10, 6};
            g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dash, 0));
            g.setColor(GHOST);
            for (Path2D piece : PathLayer.polyline(t, p, 0, p.size() - 1)) {
                g.draw(piece);
            }
        }
        g.setClip(old);
    }

    /**
     * Paints the ghosts' labels, each at the free place around the ghost's point a few steps from its start
     * (its last point in the view, if that comes sooner), avoiding what is in occupied and adding themselves.
     */
    public static void paintLabels(Graphics2D g, PlotTransform t, List<Ghost> ghosts, Occupancy occupied) {
        for (Ghost gh : ghosts) {
            PathPoints p = gh.path();
            if (p.size() < 2) {
                continue;
            }
            int last = 0;
            for (int i = 0; i < p.size(); i++) {
                if (t.visible().contains(p.x(i), p.y(i))) {
                    last = i;
                }
            }
            int k = Math.min(last, Math.max(1, Math.min(6, p.size() - 1)));
            double x = t.sx(p.x(k));
            double y = t.sy(p.y(k));
            Rectangle2D size = Labels.size(g, PlotStyle.ARROW_LABEL, gh.label());
            Labels.place(g, PlotStyle.ARROW_LABEL, gh.label(), Color.WHITE,
                    Placement.around(x, y, size.getWidth(), size.getHeight(), 6), SurfaceLayer.area(t), occupied);
        }
    }
}
