package org.gdlab.app;

import org.gdlab.app.basin.BasinLayer;
import org.gdlab.app.basin.BasinViewModel;
import org.gdlab.app.charts.AnalysisTabs;
import org.gdlab.app.charts.SliceViewModel;
import org.gdlab.app.curvature.CurvatureLayer;
import org.gdlab.app.data.BatchGradientOverlay;
import org.gdlab.app.plot.PlotView;
import org.gdlab.app.sweep.GhostLayer;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.render.paint.SearchDirectionOverlay;
import org.gdlab.render.paint.TrialPointsOverlay;

/**
 * Every overlay of the plot, registered in one place and in painting order. The window paints each where it
 * is registered ({@link PlotView#addOverlayLayer}: under the paths, a later one lower;
 * {@link PlotView#addOverlay}: over them, a later one higher) and every export of the window draws the
 * same overlays in the same order from their frozen copies ({@link PlotView#onPlot}). The race's run
 * labels, registered with the race's canvases ({@code RaceLayer}), come first over the paths; exports
 * draw them from the scenario's runs. A new overlay is one class (an {@link org.gdlab.render.paint.Overlay})
 * and one line here.
 */
final class PlotOverlays {

    private PlotOverlays() {
    }

    static void register(PlotView plot, LabViewModel vm, AnalysisTabs tabs, BasinViewModel basin) {
        // under the paths (each on a canvas of its own); registered later is drawn lower
        CurvatureLayer.register(tabs.curvature(), plot); // eigenvectors and the model's ellipse at w_k
        GhostLayer.register(tabs.ghosts(), plot); // the run at α/4 … 4α
        // over the paths, in painting order
        SliceViewModel slice = tabs.slice().model();
        plot.addOverlay(new TrialPointsOverlay(slice::trace, slice.onPlotProperty()::get), slice.dataProperty(), slice.onPlotProperty());
        plot.addOverlay(new SearchDirectionOverlay(slice::trace, slice.onPlotProperty()::get), slice.dataProperty(), slice.onPlotProperty());
        BatchGradientOverlay batch = new BatchGradientOverlay(vm);
        plot.addOverlay(batch, batch.changes());
        // the basin map: its picture lowest under the paths, its legend last over them
        BasinLayer.install(basin, plot, vm.plot());
    }
}
