package org.gdlab.app.race;

import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.app.plot.PlotView;

/**
 * The race on the plot: two canvases added to the {@link PlotView} through its layer hook. The lower one
 * holds the planned paths (repainted when paths, runs, visibility or the view change), the upper one the
 * trails, current points and memory glyphs (repainted with every step as well). The selected run is
 * painted last and thicker, with its update rule as a caption.
 */
public final class RaceLayer {

    private final RaceViewModel race;
    private final Canvas planned = new Canvas();
    private final Canvas moving = new Canvas();
    private final javafx.beans.property.DoubleProperty uiScale;

    /** Create the layers and add them to the plot. */
    public RaceLayer(RaceViewModel race, PlotView plot) {
        this.race = race;
        this.uiScale = plot.uiScaleProperty(); // presentation: lines, glyphs and captions grow like the main painters'
        planned.setId("racePlanned");
        moving.setId("raceMoving");
        plot.addLayer(planned);
        plot.addLayer(moving);
        // the plot's labels and legends keep off the raced runs' current points and last steps
        plot.addOccupant((occupied, t) -> {
            int k = race.lab().playback().step();
            for (RunModel r : race.visibleRuns()) {
                RacePath p = r.pathProperty().get();
                if (p != null && p.size() > 0) {
                    org.gdlab.render.paint.PathLayer.occupy(occupied, t, p.path(), k);
                }
            }
        }, race.revisionProperty());
        for (Observable o : new Observable[] {race.revisionProperty(), race.lab().plot().transformProperty(),
                planned.widthProperty(), planned.heightProperty(), uiScale}) {
            o.addListener(x -> {
                paintPlanned();
                paintMoving();
            });
        }
        race.lab().playback().stepProperty().addListener(x -> paintMoving());
    }

    private void paintPlanned() {
        GraphicsContext g = planned.getGraphicsContext2D();
        g.clearRect(0, 0, planned.getWidth(), planned.getHeight());
        double u = uiScale.get();
        PlotTransform t = PlotView.inPainterUnits(race.lab().plot().transformProperty().get(), u);
        if (t == null) {
            return;
        }
        g.save();
        g.scale(u, u);
        for (RunModel r : race.visibleRuns()) {
            RacePath p = r.pathProperty().get();
            if (p != null && p.size() > 0) {
                RacePainter.paintPlanned(g, t, p.path(), RacePainter.color(r));
                RacePainter.paintExit(g, t, p.path(), RacePainter.color(r));
            }
        }
        g.restore();
    }

    /** Repaint the trails, points and glyphs at the current step. */
    public void paintMoving() {
        GraphicsContext g = moving.getGraphicsContext2D();
        g.clearRect(0, 0, moving.getWidth(), moving.getHeight());
        double u = uiScale.get();
        PlotTransform t = PlotView.inPainterUnits(race.lab().plot().transformProperty().get(), u);
        if (t == null) {
            return;
        }
        g.save();
        g.scale(u, u);
        int k = race.lab().playback().step();
        RunModel selected = race.selectedProperty().get();
        for (RunModel r : race.visibleRuns()) {
            if (r != selected) {
                paint(g, t, r, k, false);
            }
        }
        if (selected != null && selected.visibleProperty().get()) {
            paint(g, t, selected, k, true);
        }
        g.restore();
    }

    private static void paint(GraphicsContext g, PlotTransform t, RunModel r, int k, boolean selected) {
        RacePath p = r.pathProperty().get();
        if (p == null || p.size() == 0) {
            return;
        }
        RacePainter.paintTrail(g, t, p.path(), k, RacePainter.color(r), selected);
        RacePainter.paintMemory(g, t, p, k, RacePainter.color(r),
                selected ? UpdateRule.caption(r.optimizerProperty().get()) : null);
    }

    /** @return the canvas of trails and points (for snapshot tests) */
    public Canvas movingCanvas() {
        return moving;
    }
}
