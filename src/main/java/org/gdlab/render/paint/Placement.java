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

    /** how many rows of a label's height the fallback of {@link #bestBox} tries above and below each candidate */
    static final int ROWS = 6;

    /**
     * The best candidate ({@link #best}), unless that one lies partly outside the bounds or covers more than
     * what a label may cover (a label, the current point, the last steps: more than its own area of
     * {@link Occupancy#SOFT} things): then the cheapest, if it is cheaper, of the candidates moved inside
     * the bounds and of those moved up or down by whole rows of the label's height (up to {@value #ROWS}),
     * nearest first. So a label finds a free place beside a crowd of others instead of lying on one.
     *
     * @return the box, or null when there is no candidate
     */
    public static Rectangle2D bestBox(List<Rectangle2D> candidates, Rectangle2D bounds, Occupancy occupied) {
        int i = best(candidates, bounds, occupied);
        if (i < 0) {
            return null;
        }
        Rectangle2D box = candidates.get(i);
        double cost = cost(box, bounds, occupied);
        if (cost <= box.getWidth() * box.getHeight() * Occupancy.SOFT) {
            return box;
        }
        for (Rectangle2D c : fallbacks(candidates, bounds)) {
            double k = cost(c, bounds, occupied);
            if (k < cost) {
                box = c;
                cost = k;
            }
        }
        return box;
    }

    /**
     * @return the candidates moved inside the bounds (where they fit), then moved up and down by whole rows of
     *     their height and held inside the bounds, nearest rows first
     */
    static List<Rectangle2D> fallbacks(List<Rectangle2D> candidates, Rectangle2D bounds) {
        List<Rectangle2D> out = new ArrayList<>();
        for (int row = 0; row <= ROWS; row++) {
            for (int sign : row == 0 ? new int[] {1} : new int[] {-1, 1}) {
                for (Rectangle2D c : candidates) {
                    double dy = sign * row * (c.getHeight() + 2);
                    out.add(inside(new Rectangle2D.Double(c.getX(), c.getY() + dy, c.getWidth(), c.getHeight()), bounds));
                }
            }
        }
        return out;
    }

    /** @return box moved (not resized) the least way into bounds; along an axis where it is too long, to its start */
    static Rectangle2D inside(Rectangle2D box, Rectangle2D bounds) {
        double x = Math.max(bounds.getMinX(), Math.min(box.getX(), bounds.getMaxX() - box.getWidth()));
        double y = Math.max(bounds.getMinY(), Math.min(box.getY(), bounds.getMaxY() - box.getHeight()));
        return new Rectangle2D.Double(x, y, box.getWidth(), box.getHeight());
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
