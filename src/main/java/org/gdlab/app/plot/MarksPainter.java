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
 * view" marker, the overlays, the labels of the overlays under the paths), repainted when the path, the
 * start, the view or an overlay changes, and the moving marks (the −∇C and step arrows with the placed
 * label, the current point, the labels of the overlays that follow the step), repainted with every step on
 * a canvas no larger than they are. Every label is placed off what labels must not cover (the minima, the
 * start, the occupants, the main run's current point and last steps) and off every label placed before it,
 * in one fixed order: the still labels (α changes, "left the view", the race's labels, the overlays over
 * the paths, the ghosts'), then the moving ones (−∇C, the curvature's): one occupancy per picture, split
 * in two so that a step repaints only the moving part. Stateless.
 */
public final class MarksPainter {

    private MarksPainter() {
    }

    /**
     * Everything at once, in the order an export paints it (as {@link #paintStill} then {@link #paintMoving}
     * on one graphics), without overlays under the paths.
     *
     * @param p the main run's path, or null when it is hidden (the start ring is drawn all the same)
     * @param k the current step (clamped to the path)
     */
    public static void paint(Graphics2D g, PlotTransform t, PlannedPath p, int k, double startX, double startY,
            Surface surface, List<Occupant> occupants, List<Overlay> overlays) {
        paint(g, t, p, k, startX, startY, surface, occupants, overlays, List.of());
    }

    /**
     * As {@link #paint(Graphics2D, PlotTransform, PlannedPath, int, double, double, Surface, List, List)}, with
     * the labels of the overlays under the paths ({@link Overlay#paintLabels}).
     *
     * @return the one occupancy of the picture, with the boxes of all its labels
     */
    public static Occupancy paint(Graphics2D g, PlotTransform t, PlannedPath p, int k, double startX, double startY,
            Surface surface, List<Occupant> occupants, List<Overlay> overlays, List<Overlay> underPaths) {
        Occupancy still = paintStill(g, t, p, k, startX, startY, surface, occupants, overlays, underPaths);
        return paintMoving(g, t, p, k, startX, startY, surface, occupants, still, underPaths);
    }

    /**
     * The marks that stay while the path plays: the α-change markers, the start ring, the "left the view"
     * marker, the overlays over the paths, then the labels of the overlays under the paths that do not follow
     * the step (the ghosts'), each label placed where it covers least of what is there at step k and of the
     * labels placed before it.
     *
     * @param underPaths the overlays under the paths, bottom to top
     * @return what their labels and markers occupy (with the boxes of the labels), for {@link #paintMoving}
     */
    public static Occupancy paintStill(Graphics2D g, PlotTransform t, PlannedPath p, int k, double startX,
            double startY, Surface surface, List<Occupant> occupants, List<Overlay> overlays, List<Overlay> underPaths) {
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
        for (Overlay o : underPaths) {
            if (!o.followsStep()) {
                o.paintLabels(g, t, occupied);
            }
        }
        return occupied.since(before);
    }

    /**
     * The marks that move with the step: the −α∇C and −∇C arrows with the placed label and the current
     * point w_k (when the main run is shown), then the labels of the overlays under the paths that follow the
     * step (the curvature's), every label kept off what is there at step k, off {@code still} and off the
     * labels placed before it.
     *
     * @param still what {@link #paintStill} occupied
     * @return the picture's occupancy: still's regions and labels, then those of the moving marks (the −∇C
     *     label first, when there is one: see {@link PathLayer#paintArrows})
     */
    public static Occupancy paintMoving(Graphics2D g, PlotTransform t, PlannedPath p, int k, double startX,
            double startY, Surface surface, List<Occupant> occupants, Occupancy still, List<Overlay> underPaths) {
        Occupancy occupied = occupancy(t, p, k, startX, startY, surface, occupants);
        occupied.addAll(still);
        if (p != null && p.size() > 0 && k >= 0) {
            int kk = Math.min(k, p.size() - 1);
            double[] next = p.hasStepAfter(kk) ? new double[] {p.x(kk + 1), p.y(kk + 1)} : null;
            PathLayer.paintArrows(g, t, p.x(kk), p.y(kk), next, new double[] {p.gx(kk), p.gy(kk)}, occupied,
                    org.gdlab.core.explain.CostLetter.of(p.config().function()));
            PathLayer.paintCurrent(g, t, p.x(kk), p.y(kk), PlotStyle.CURRENT_RADIUS, PlotStyle.CURRENT);
        }
        for (Overlay o : underPaths) {
            if (o.followsStep()) {
                o.paintLabels(g, t, occupied);
            }
        }
        return occupied;
    }

    /**
     * @return what labels must not cover at step k: the minima, the start, the occupants, the path so far and
     *     the arrows at w_k
     */
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
            int kk = Math.min(k, p.size() - 1);
            PathLayer.occupy(occupied, t, p, kk);
            double[] next = p.hasStepAfter(kk) ? new double[] {p.x(kk + 1), p.y(kk + 1)} : null;
            PathLayer.occupyArrows(occupied, t, p.x(kk), p.y(kk), next, new double[] {p.gx(kk), p.gy(kk)});
        }
        return occupied;
    }
}
