package org.gdlab.app.plot;

import java.awt.Graphics2D;
import java.util.List;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.app.viewmodel.RateChange;
import org.gdlab.core.surface.StationaryPoint;
import org.gdlab.core.surface.Surface;
import org.gdlab.render.paint.Occupancy;
import org.gdlab.render.paint.Occupant;
import org.gdlab.render.paint.Overlay;
import org.gdlab.render.paint.PathLayer;
import org.gdlab.render.paint.PlotStyle;
import org.gdlab.render.paint.PlotTransform;

/**
 * The window's marks layer, repainted with every step: first what labels must not cover (the minima, the
 * start, the occupants, the main run's current point and last steps), then the α-change markers, the start
 * ring, the −∇C and step arrows with the placed label, the current point, the "left the view" marker, and
 * last the overlays. Stateless.
 */
public final class MarksPainter {

    private MarksPainter() {
    }

    /**
     * @param p the main run's path, or null when it is hidden (the start ring is drawn all the same)
     * @param k the current step (clamped to the path)
     */
    public static void paint(Graphics2D g, PlotTransform t, PlannedPath p, int k, double startX, double startY,
            Surface surface, List<Occupant> occupants, List<Overlay> overlays) {
        Occupancy occupied = new Occupancy();
        if (surface != null) {
            for (StationaryPoint sp : surface.description().knownPoints()) {
                if (sp.kind().isMinimum()) {
                    occupied.addPoint(t.sx(sp.at().x()), t.sy(sp.at().y()), 10, Occupancy.SOFT);
                }
            }
        }
        occupied.addPoint(t.sx(startX), t.sy(startY), PlotStyle.START_RADIUS + 3, Occupancy.HARD);
        for (Occupant o : occupants) {
            o.occupy(occupied, t);
        }
        boolean path = p != null && p.size() > 0 && k >= 0;
        int kk = path ? Math.min(k, p.size() - 1) : 0;
        if (path) {
            PathLayer.occupy(occupied, t, p, kk);
            for (RateChange c : p.changes()) {
                if (c.step() < p.size()) {
                    PathLayer.paintRateChange(g, t, p.x(c.step()), p.y(c.step()), c.learningRate(), occupied);
                }
            }
        }
        PathLayer.paintStart(g, t, startX, startY);
        if (path) {
            double[] next = p.hasStepAfter(kk) ? new double[] {p.x(kk + 1), p.y(kk + 1)} : null;
            PathLayer.paintArrows(g, t, p.x(kk), p.y(kk), next, new double[] {p.gx(kk), p.gy(kk)}, occupied);
            PathLayer.paintCurrent(g, t, p.x(kk), p.y(kk), PlotStyle.CURRENT_RADIUS, PlotStyle.CURRENT);
            PathLayer.paintExit(g, t, p, PlotStyle.DIVERGED, occupied);
        }
        for (Overlay o : overlays) {
            o.paint(g, t, occupied);
        }
    }
}
