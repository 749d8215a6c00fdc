package org.gdlab.app.curvature;

import org.gdlab.app.plot.LiveOverlay;
import org.gdlab.app.plot.PlotView;
import org.gdlab.render.paint.CurvatureMarks;
import org.gdlab.render.paint.CurvatureOverlay;

/**
 * Optional overlays at the current point w_k: the eigenvector directions of H (the steep one labelled λmax,
 * the shallow one λmin, each 2 × {@link #AXIS_PIXELS} long) and the level ellipse of the local quadratic
 * model q(w_k + d) = C + g·d + ½dᵀHd through w_k. For a bowl (λmin &gt; 0) the model's minimum is
 * w_k − H⁻¹g and its level set through w_k is the ellipse with semi-axes r_i = √(gᵀH⁻¹g / λ_i) along v_i,
 * centred there: GD steps across it, along −g, and overshoots along the steep axis when α &gt; 2/λmax.
 * Painted by the one painter ({@link CurvatureOverlay}) on a layer of the plot under the paths; registered
 * once, so the exports of the window draw it too.
 */
public final class CurvatureLayer {

    /** half-length of an eigenvector line, in pixels at UI scale 1 (it grows with the presentation scale) */
    public static final double AXIS_PIXELS = CurvatureMarks.AXIS;

    private CurvatureLayer() {
    }

    /** Puts the marks on the plot, under the paths (called once, from {@code org.gdlab.app.PlotOverlays}). */
    public static void register(CurvatureViewModel vm, PlotView plot) {
        plot.addOverlayLayer(new LiveOverlay("curvature", true, () -> overlay(vm)), vm.curvatureProperty(), vm.pointProperty(),
                vm.showEigenvectorsProperty(), vm.showModelProperty());
    }

    /** @return the marks the view model asks for now, or null for none */
    static CurvatureOverlay overlay(CurvatureViewModel vm) {
        boolean model = vm.showModelProperty().get();
        boolean axes = vm.showEigenvectorsProperty().get();
        if (vm.curvatureProperty().get() == null || vm.pointProperty().get() == null || !(model || axes)) {
            return null;
        }
        return new CurvatureOverlay(vm.curvatureProperty().get(), vm.pointProperty().get(), vm.gradientProperty().get(),
                model, axes);
    }
}
