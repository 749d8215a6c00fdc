package org.gdlab.app.curvature;

import javafx.beans.Observable;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.app.plot.PlotView;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.analysis.PointKind;
import org.gdlab.core.math.Vec2;

/**
 * Optional overlays at the current point w_k: the eigenvector directions of H (the steep one labelled λmax,
 * the shallow one λmin, each 2 × {@link #AXIS_PIXELS} long) and the level ellipse of the local quadratic
 * model q(w_k + d) = C + g·d + ½dᵀHd through w_k. For a bowl (λmin &gt; 0) the model's minimum is
 * w_k − H⁻¹g and its level set through w_k is the ellipse with semi-axes r_i = √(gᵀH⁻¹g / λ_i) along v_i,
 * centred there: GD steps across it, along −g, and overshoots along the steep axis when α &gt; 2/λmax.
 */
public final class CurvatureLayer {

    /** half-length of an eigenvector line, in pixels at UI scale 1 (it grows with the presentation scale) */
    public static final double AXIS_PIXELS = 80;
    private static final Color STEEP = Color.rgb(255, 82, 82);
    private static final Color SHALLOW = Color.rgb(105, 240, 174);
    private static final Color MODEL = Color.rgb(255, 255, 255, 0.95);
    private static final Color OUTLINE = Color.rgb(0, 0, 0, 0.8);

    private final CurvatureViewModel vm;
    private final Canvas canvas = new Canvas();
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
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double u = uiScale.get();
        PlotTransform t = PlotView.inPainterUnits(vm.race().lab().plot().transformProperty().get(), u);
        LocalCurvature lc = vm.curvatureProperty().get();
        Vec2 w = vm.pointProperty().get();
        if (t == null || lc == null || w == null || !lc.hessian().isFinite()) {
            return;
        }
        g.save();
        g.scale(u, u);
        g.beginPath();
        g.rect(t.left(), t.top(), t.width(), t.height());
        g.clip();
        if (vm.showModelProperty().get()) {
            ellipse(g, t, lc, w, vm.gradientProperty().get());
        }
        if (vm.showEigenvectorsProperty().get()) {
            axis(g, t, w, lc.eigenvectorMax(), STEEP, "λmax = " + org.gdlab.app.viewmodel.Numbers.sig3(lc.lambdaMax()));
            axis(g, t, w, lc.eigenvectorMin(), SHALLOW, "λmin = " + org.gdlab.app.viewmodel.Numbers.sig3(lc.lambdaMin()));
        }
        g.restore();
    }

    private static void axis(GraphicsContext g, PlotTransform t, Vec2 w, Vec2 v, Color c, String label) {
        double x = t.sx(w.x());
        double y = t.sy(w.y());
        double dx = v.x() * t.scaleX();
        double dy = -v.y() * t.scaleY();
        double n = Math.hypot(dx, dy);
        if (!(n > 0)) {
            return;
        }
        dx = dx / n * AXIS_PIXELS;
        dy = dy / n * AXIS_PIXELS;
        g.setLineWidth(6);
        g.setStroke(OUTLINE);
        g.strokeLine(x - dx, y - dy, x + dx, y + dy);
        g.setLineWidth(3);
        g.setStroke(c);
        g.strokeLine(x - dx, y - dy, x + dx, y + dy);
        g.setFont(Font.font("System", FontWeight.BOLD, 14));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(3.5);
        g.setStroke(OUTLINE);
        g.strokeText(label, x + dx + 6, y + dy);
        g.setFill(c);
        g.fillText(label, x + dx + 6, y + dy);
    }

    private static void ellipse(GraphicsContext g, PlotTransform t, LocalCurvature lc, Vec2 w, Vec2 grad) {
        if (lc.kind() != PointKind.MINIMUM || grad == null) {
            return;
        }
        double l1 = lc.lambdaMin();
        double l2 = lc.lambdaMax();
        Vec2 v1 = lc.eigenvectorMin();
        Vec2 v2 = lc.eigenvectorMax();
        double g1 = grad.dot(v1);
        double g2 = grad.dot(v2);
        double q = g1 * g1 / l1 + g2 * g2 / l2; // gᵀH⁻¹g
        if (!(q > 0) || !Double.isFinite(q)) {
            return;
        }
        Vec2 centre = w.minus(v1.times(g1 / l1)).minus(v2.times(g2 / l2));
        double r1 = Math.sqrt(q / l1);
        double r2 = Math.sqrt(q / l2);
        int n = 96;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            Vec2 p = centre.plus(v1.times(r1 * Math.cos(a))).plus(v2.times(r2 * Math.sin(a)));
            xs[i] = Math.max(-1e5, Math.min(1e5, t.sx(p.x())));
            ys[i] = Math.max(-1e5, Math.min(1e5, t.sy(p.y())));
        }
        g.setLineWidth(5);
        g.setStroke(OUTLINE);
        g.strokePolygon(xs, ys, n);
        g.setLineWidth(2.5);
        g.setStroke(MODEL);
        g.setLineDashes(9, 6);
        g.strokePolygon(xs, ys, n);
        g.setLineDashes((double[]) null);
        double cx = t.sx(centre.x());
        double cy = t.sy(centre.y());
        g.setFill(MODEL);
        g.fillOval(cx - 4, cy - 4, 8, 8);
    }
}
