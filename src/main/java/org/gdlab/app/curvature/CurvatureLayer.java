package org.gdlab.app.curvature;

import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.app.plot.CanvasGraphics;
import org.gdlab.app.plot.PlotView;
import org.gdlab.render.paint.CurvatureMarks;
import org.gdlab.render.paint.Occupancy;

/**
 * Optional overlays at the current point w_k: the eigenvector directions of H (the steep one labelled λmax,
 * the shallow one λmin, each 2 × {@link #AXIS_PIXELS} long) and the level ellipse of the local quadratic
 * model q(w_k + d) = C + g·d + ½dᵀHd through w_k. For a bowl (λmin &gt; 0) the model's minimum is
 * w_k − H⁻¹g and its level set through w_k is the ellipse with semi-axes r_i = √(gᵀH⁻¹g / λ_i) along v_i,
 * centred there: GD steps across it, along −g, and overshoots along the steep axis when α &gt; 2/λmax.
 * Painted by the one painter ({@link CurvatureMarks}, through FXGraphics2D) on a layer of the plot.
 */
public final class CurvatureLayer {

    /** half-length of an eigenvector line, in pixels at UI scale 1 (it grows with the presentation scale) */
    public static final double AXIS_PIXELS = CurvatureMarks.AXIS;
    private final CurvatureViewModel vm;
    private final Canvas canvas = new Canvas();
    private final CanvasGraphics graphics = new CanvasGraphics(canvas);
    /** whether the canvas is known to be clear */
    private boolean blank;
    private final javafx.beans.property.DoubleProperty uiScale;

    public CurvatureLayer(CurvatureViewModel vm, PlotView plot) {
        this.vm = vm;
        this.uiScale = plot.uiScaleProperty(); // presentation: lines and labels grow like the main painters'
        canvas.setId("curvatureLayer");
        plot.addLayer(canvas);
        for (Observable o : new Observable[] {vm.curvatureProperty(), vm.pointProperty(), vm.showEigenvectorsProperty(),
                vm.showModelProperty(), vm.race().lab().plot().transformProperty(), canvas.widthProperty(), canvas.heightProperty(),
                uiScale}) {
            o.addListener(x -> paint());
        }
    }

    private void paint() {
        boolean nothing = vm.curvatureProperty().get() == null || vm.pointProperty().get() == null;
        if (nothing && blank) {
            return; // already clear: no full-size repaint while the curvature view shows nothing
        }
        blank = nothing;
        java.awt.Graphics2D g = graphics.cleared(uiScale.get());
        PlotTransform t = PlotView.inPainterUnits(vm.race().lab().plot().transformProperty().get(), uiScale.get());
        if (t == null) {
            return;
        }
        CurvatureMarks.paint(g, t, vm.curvatureProperty().get(), vm.pointProperty().get(), vm.gradientProperty().get(),
                vm.showModelProperty().get(), vm.showEigenvectorsProperty().get(), new Occupancy());
    }
}
