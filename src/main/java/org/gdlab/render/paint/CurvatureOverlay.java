package org.gdlab.render.paint;

import java.awt.Graphics2D;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.math.Vec2;

/**
 * The curvature marks at one point as an {@link Overlay} ({@link CurvatureMarks}: the eigenvector directions
 * of H = ∇²C(w) and the local quadratic model's level ellipse through w). Immutable, so it is its own frozen
 * copy; it belongs to the step whose point w is ({@link #followsStep}).
 *
 * @param curvature H at w and its eigen-decomposition
 * @param w         the point
 * @param gradient  ∇C(w), or null (no ellipse then)
 * @param model     whether the model's ellipse is drawn
 * @param axes      whether the eigenvector directions are drawn
 */
public record CurvatureOverlay(LocalCurvature curvature, Vec2 w, Vec2 gradient, boolean model, boolean axes)
        implements Overlay {

    /** @return the marks of the surface's curvature at w (H and ∇C evaluated there) */
    public static CurvatureOverlay at(org.gdlab.core.surface.Surface s, Vec2 w, boolean model, boolean axes) {
        return new CurvatureOverlay(LocalCurvature.at(s, w), w, s.gradient(w), model, axes);
    }

    @Override
    public void paint(Graphics2D g, PlotTransform t, Occupancy occupied) {
        CurvatureMarks.paint(g, t, curvature, w, gradient, model, axes, occupied);
    }

    @Override
    public boolean hasLabels() {
        return axes;
    }

    @Override
    public void paintLabels(Graphics2D g, PlotTransform t, Occupancy occupied) {
        if (axes) {
            CurvatureMarks.paintLabels(g, t, curvature, w, occupied);
        }
    }

    @Override
    public String name() {
        return "curvature";
    }

    @Override
    public boolean followsStep() {
        return true;
    }
}
