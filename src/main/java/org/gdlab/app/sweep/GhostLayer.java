package org.gdlab.app.sweep;

import javafx.beans.Observable;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.gdlab.app.plot.PathPainter;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.app.plot.PlotView;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.PlannedPath;

/**
 * The ghost paths on the plot: faint white polylines (smaller α dotted, larger α dashed) with their label
 * ("α/4" … "4α") at their last iterate inside the view.
 */
public final class GhostLayer {

    private static final Color GHOST = Color.rgb(255, 255, 255, 0.5);
    private static final Color OUTLINE = Color.rgb(0, 0, 0, 0.7);

    private final GhostViewModel vm;
    private final LabViewModel lab;
    private final Canvas canvas = new Canvas();
    private final javafx.beans.property.DoubleProperty uiScale;

    public GhostLayer(GhostViewModel vm, LabViewModel lab, PlotView plot) {
        this.vm = vm;
        this.lab = lab;
        this.uiScale = plot.uiScaleProperty(); // presentation: lines and labels grow like the main painters'
        canvas.setId("ghostLayer");
        plot.addLayer(canvas);
        for (Observable o : new Observable[] {vm.ghostsProperty(), lab.plot().transformProperty(), canvas.widthProperty(),
                canvas.heightProperty(), uiScale}) {
            o.addListener(x -> paint());
        }
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double u = uiScale.get();
        PlotTransform t = PlotView.inPainterUnits(lab.plot().transformProperty().get(), u);
        if (t == null) {
            return;
        }
        g.save();
        g.scale(u, u);
        g.beginPath();
        g.rect(t.left(), t.top(), t.width(), t.height());
        g.clip();
        for (Ghost gh : vm.ghostsProperty().get()) {
            PlannedPath p = gh.path();
            if (p.size() < 2) {
                continue;
            }
            g.setLineDashes(gh.factor() < 1 ? new double[] {2, 4} : new double[] {10, 6});
            g.setLineWidth(2);
            g.setStroke(GHOST);
            PathPainter.polyline(g, t, p, 0, p.size() - 1); // clipped to the view, ends where a diverged ghost left it
            int last = 0;
            for (int i = 0; i < p.size(); i++) {
                if (t.visible().contains(p.x(i), p.y(i))) {
                    last = i;
                }
            }
            g.setLineDashes((double[]) null);
            int k = Math.min(last, Math.max(1, Math.min(6, p.size() - 1)));
            label(g, gh.label(), t.sx(p.x(k)), t.sy(p.y(k)));
        }
        g.restore();
    }

    private static void label(GraphicsContext g, String s, double x, double y) {
        g.setFont(Font.font("System", FontWeight.BOLD, 14));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.setStroke(OUTLINE);
        g.setLineWidth(3);
        g.strokeText(s, x + 6, y - 4);
        g.setFill(Color.WHITE);
        g.fillText(s, x + 6, y - 4);
    }

}
