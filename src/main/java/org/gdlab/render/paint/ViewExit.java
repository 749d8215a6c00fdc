package org.gdlab.render.paint;

import org.gdlab.core.math.LineClip;
import org.gdlab.core.surface.ViewRect;

/**
 * Where a path leaves the view for good: the first iterate w_k of its last stretch outside the view (so
 * w_{k−1} is inside and w_k, …, w_n all lie outside), and the point where the segment w_{k−1}w_k crosses the
 * view's edge. The step named for leaving the view is this k, the first iterate outside it.
 *
 * @param step k, the first iterate outside the view
 * @param x the crossing's x (world)
 * @param y the crossing's y (world)
 */
public record ViewExit(int step, double x, double y) {

    /**
     * @return where p leaves view for good, or null when its last iterate is inside the view or the path
     *     never was (its start already lies outside)
     */
    public static ViewExit of(PathPoints p, ViewRect view) {
        int k = LineClip.finalExit(p.size(), p::x, p::y, view.xMin(), view.xMax(), view.yMin(), view.yMax());
        if (k < 0) {
            return null;
        }
        double[] t = new double[2];
        double x0 = p.x(k - 1);
        double y0 = p.y(k - 1);
        double dx = p.x(k) - x0;
        double dy = p.y(k) - y0;
        if (!LineClip.clip(x0, y0, p.x(k), p.y(k), view.xMin(), view.xMax(), view.yMin(), view.yMax(), t)) {
            return new ViewExit(k, x0, y0);
        }
        return new ViewExit(k, x0 + t[1] * dx, y0 + t[1] * dy);
    }
}
