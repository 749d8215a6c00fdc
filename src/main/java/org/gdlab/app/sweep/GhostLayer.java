package org.gdlab.app.sweep;

import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.app.plot.CanvasGraphics;
import org.gdlab.app.plot.PlotView;
import org.gdlab.render.paint.GhostPaths;
import org.gdlab.render.paint.Occupancy;
import org.gdlab.app.viewmodel.LabViewModel;

/**
 * The ghost paths on the plot: faint white polylines (smaller α dotted, larger α dashed) with their label
 * ("α/4" … "4α") near their start, painted by the one painter ({@link GhostPaths}, through FXGraphics2D).
 */
public final class GhostLayer {


    private final GhostViewModel vm;
    private final LabViewModel lab;
    private final Canvas canvas = new Canvas();
    private final CanvasGraphics graphics = new CanvasGraphics(canvas);
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
        java.awt.Graphics2D g = graphics.cleared(uiScale.get());
        PlotTransform t = PlotView.inPainterUnits(lab.plot().transformProperty().get(), uiScale.get());
        if (t == null) {
            return;
        }
        java.util.List<GhostPaths.Ghost> ghosts = new java.util.ArrayList<>();
        for (Ghost gh : vm.ghostsProperty().get()) {
            ghosts.add(new GhostPaths.Ghost(gh.path(), gh.factor(), gh.label()));
        }
        GhostPaths.paint(g, t, ghosts, new Occupancy());
    }
}
