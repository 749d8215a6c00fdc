package org.gdlab.render.paint;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a label or a legend goes: the candidate rectangle of least cost, where the cost of a rectangle is
 * {@value #OUTSIDE} per unit of its area outside the bounds (the plot area) plus, for every occupied
 * region it overlaps, the region's weight times the overlap's area ({@link Occupancy#cost}). Candidates
 * come in the order of preference and the first of equal cost wins, so the result is deterministic.
 * Pure: nothing here paints.
 */
public final class Placement {

    /** the cost of one unit of area outside the bounds: more than covering anything */
    public static final double OUTSIDE = 1e6;

    private Placement() {
    }

    /** @return the index of the best candidate (−1 when there is none) */
    public static int best(List<Rectangle2D> candidates, Rectangle2D bounds, Occupancy occupied) {
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int i = 0; i < candidates.size(); i++) {
            double c = cost(candidates.get(i), bounds, occupied);
            if (c < bestCost) {
                best = i;
                bestCost = c;
            }
        }
        return best;
    }

    /** @return the cost of placing box: outside the bounds, then what it covers */
    public static double cost(Rectangle2D box, Rectangle2D bounds, Occupancy occupied) {
        Rectangle2D in = box.createIntersection(bounds);
        double inside = in.getWidth() > 0 && in.getHeight() > 0 ? in.getWidth() * in.getHeight() : 0;
        double outside = box.getWidth() * box.getHeight() - inside;
        return OUTSIDE * Math.max(0, outside) + occupied.cost(box);
    }

    /**
     * @return w × h rectangles around the point (x, y) at distance gap, in the order of preference: right,
     *     left, above, below, then the four diagonals (right-above, right-below, left-above, left-below)
     */
    public static List<Rectangle2D> around(double x, double y, double w, double h, double gap) {
        List<Rectangle2D> out = new ArrayList<>(8);
        out.add(new Rectangle2D.Double(x + gap, y - h / 2, w, h));
        out.add(new Rectangle2D.Double(x - gap - w, y - h / 2, w, h));
        out.add(new Rectangle2D.Double(x - w / 2, y - gap - h, w, h));
        out.add(new Rectangle2D.Double(x - w / 2, y + gap, w, h));
        out.add(new Rectangle2D.Double(x + gap, y - gap - h, w, h));
        out.add(new Rectangle2D.Double(x + gap, y + gap, w, h));
        out.add(new Rectangle2D.Double(x - gap - w, y - gap - h, w, h));
        out.add(new Rectangle2D.Double(x - gap - w, y + gap, w, h));
        return out;
    }

    /**
     * @return a w × h rectangle that lies beyond (x, y) in the direction (ux, uy) (a unit vector): its
     *     nearest edge gap away, centred across the direction (a label past an arrow's head)
     */
    public static Rectangle2D beyond(double x, double y, double ux, double uy, double w, double h, double gap) {
        double cx = x + ux * (gap + w / 2);
        double cy = y + uy * (gap + h / 2);
        return new Rectangle2D.Double(cx - w / 2, cy - h / 2, w, h);
    }

    /**
     * @return w × h rectangles in the four corners of bounds, inset by margin: top left, top right, bottom
     *     left, bottom right
     */
    public static List<Rectangle2D> corners(Rectangle2D bounds, double w, double h, double margin) {
        double l = bounds.getX() + margin;
        double r = bounds.getMaxX() - margin - w;
        double t = bounds.getY() + margin;
        double b = bounds.getMaxY() - margin - h;
        return List.of(new Rectangle2D.Double(l, t, w, h), new Rectangle2D.Double(r, t, w, h),
                new Rectangle2D.Double(l, b, w, h), new Rectangle2D.Double(r, b, w, h));
    }
}
