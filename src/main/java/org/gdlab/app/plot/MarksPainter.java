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
 * The window's marks, in two parts: the still marks (the α-change markers, the start ring, the "left the
 * view" marker and the overlays), repainted when the path, the start, the view or an overlay changes, and
 * the moving marks (the −∇C and step arrows with the placed label, the current point), repainted with every
 * step on a canvas no larger than they are. Every label is placed off what labels must not cover (the
 * minima, the start, the occupants, the main run's current point and last steps). Stateless.
 */
public final class MarksPainter {

    private MarksPainter() {
    }

    /**
     * Everything at once, in the order an export paints it (as {@link #paintStill} then {@link #paintMoving}
     * on one graphics).
     *
     * @param p the main run's path, or null when it is hidden (the start ring is drawn all the same)
     * @param k the current step (clamped to the path)
     */
    public static void paint(Graphics2D g, PlotTransform t, PlannedPath p, int k, double startX, double startY,
            Surface surface, List<Occupant> occupants, List<Overlay> overlays) {
        List<Occupancy.Region> still = paintStill(g, t, p, k, startX, startY, surface, occupants, overlays);
        paintMoving(g, t, p, k, startX, startY, surface, occupants, still);
    }

    /**
     * The marks that stay while the path plays: the α-change markers, the start ring, the "left the view"
     * marker and the overlays, placed where they cover least of what is there at step k.
     *
     * @return what their labels and markers occupy, for {@link #paintMoving}
     */
    public static List<Occupancy.Region> paintStill(Graphics2D g, PlotTransform t, PlannedPath p, int k, double startX,
            double startY, Surface surface, List<Occupant> occupants, List<Overlay> overlays) {
        Occupancy occupied = occupancy(t, p, k, startX, startY, surface, occupants);
        int before = occupied.regions().size();
        boolean path = p != null && p.size() > 0 && k >= 0;
        if (path) {
            for (RateChange c : p.changes()) {
                if (c.step() < p.size()) {
                    PathLayer.paintRateChange(g, t, p.x(c.step()), p.y(c.step()), c.learningRate(), occupied);
                }
            }
        }
        PathLayer.paintStart(g, t, startX, startY);
        if (path) {
            PathLayer.paintExit(g, t, p, PlotStyle.DIVERGED, occupied);
        }
        for (Overlay o : overlays) {
            o.paint(g, t, occupied);
        }
        return List.copyOf(occupied.regions().subList(before, occupied.regions().size()));
    }

    /**
     * The marks that move with the step: the −α∇C and −∇C arrows with the placed label and the current
     * point w_k, their label kept off what is there at step k and off {@code still}.
     *
     * @param still what {@link #paintStill} occupied
     * @return the label's box, or null (see {@link PathLayer#paintArrows})
     */
    public static java.awt.geom.Rectangle2D paintMoving(Graphics2D g, PlotTransform t, PlannedPath p, int k, double startX,
            double startY, Surface surface, List<Occupant> occupants, List<Occupancy.Region> still) {
        if (p == null || p.size() == 0 || k < 0) {
            return null;
        }
        Occupancy occupied = occupancy(t, p, k, startX, startY, surface, occupants);
        for (Occupancy.Region r : still) {
            occupied.add(r.box(), r.weight());
        }
        int kk = Math.min(k, p.size() - 1);
        double[] next = p.hasStepAfter(kk) ? new double[] {p.x(kk + 1), p.y(kk + 1)} : null;
        java.awt.geom.Rectangle2D label = PathLayer.paintArrows(g, t, p.x(kk), p.y(kk), next,
                new double[] {p.gx(kk), p.gy(kk)}, occupied, org.gdlab.core.explain.CostLetter.of(p.config().function()));
        PathLayer.paintCurrent(g, t, p.x(kk), p.y(kk), PlotStyle.CURRENT_RADIUS, PlotStyle.CURRENT);
        return label;
    }

    /** @return what labels must not cover at step k: the minima, the start, the occupants, the path so far */
    private static Occupancy occupancy(PlotTransform t, PlannedPath p, int k, double startX, double startY,
            Surface surface, List<Occupant> occupants) {
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
        if (p != null && p.size() > 0 && k >= 0) {
            PathLayer.occupy(occupied, t, p, Math.min(k, p.size() - 1));
        }
        return occupied;
    }
}
