package org.gdlab.app.landscape;

import org.gdlab.core.surface.ViewRect;

/**
 * Where a point of the surface sits in the 3-D scene (JavaFX axes: X right, Y down, Z away from the
 * default camera). With s = SIZE / max(width, height) of the view:
 * <pre>
 *   X = (x − x_c) · s        Z = (y − y_c) · s        Y = −(h(C) − ½) · HEIGHT · scale
 *   h(C) = (C − C_min) / (C_max − C_min)                              linear height
 *   h(C) = ln(1 + (C − C_min)/δ) / ln(1 + (C_max − C_min)/δ),  δ = 10⁻³ (C_max − C_min)   log height
 * </pre>
 * h is clamped to [0, 1], so a path that leaves the view's range stays on the box. An immutable value.
 *
 * @param view the rectangle the mesh covers
 * @param cMin the smallest finite C on the mesh
 * @param cMax the largest finite C on the mesh (&gt; cMin; a flat surface gets cMin + 1)
 * @param log logarithmic height
 * @param scale the vertical scale, &gt; 0
 */
public record LandscapeFrame(ViewRect view, double cMin, double cMax, boolean log, double scale) {

    /** scene units of the view's longer side */
    public static final double SIZE = 400;
    /** scene units of the height range at scale 1 */
    public static final double HEIGHT = 160;
    /** radius of the ball at the current iterate, scene units */
    public static final double BALL_RADIUS = 8;

    /** @return h(C) in [0, 1] */
    public double h(double c) {
        if (!Double.isFinite(c)) {
            return c == Double.NEGATIVE_INFINITY ? 0 : 1;
        }
        double range = cMax - cMin;
        double u = (c - cMin) / range;
        if (log) {
            double delta = 1e-3;
            u = Math.log1p(Math.max(0, u) / delta) / Math.log1p(1 / delta);
        }
        return Math.max(0, Math.min(1, u));
    }

    private double s() {
        return SIZE / Math.max(view.width(), view.height());
    }

    /** @return scene X of world x */
    public double sceneX(double x) {
        return (x - view.centerX()) * s();
    }

    /** @return scene Z of world y */
    public double sceneZ(double y) {
        return (y - view.centerY()) * s();
    }

    /** @return scene Y of cost C */
    public double sceneY(double c) {
        return -(h(c) - 0.5) * HEIGHT * scale;
    }

    /** @return {X, Y, Z} of the surface point (x, y, C) */
    public double[] map(double x, double y, double c) {
        return new double[] {sceneX(x), sceneY(c), sceneZ(y)};
    }
}
