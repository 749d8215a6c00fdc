package org.gdlab.app.race;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import org.gdlab.app.plot.CanvasGraphics;
import org.gdlab.app.plot.PlotView;
import org.gdlab.core.optim.Memory;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.render.paint.RacedRuns;

/**
 * The race on the plot, painted by the one painter ({@link RacedRuns}, the code every export runs): two
 * canvases added to the {@link PlotView} through its layer hook, the lower one the planned paths (repainted
 * when paths, runs, visibility or the view change), the upper one the trails, current points and memory
 * glyphs (repainted with every step as well); and an overlay on the plot's marks that labels where diverged
 * runs left the view and writes the selected run's update rule, placed among all that is on the plot. The
 * selected run is painted last and thicker.
 */
public final class RaceLayer {

    private final RaceViewModel race;
    private final Canvas planned = new Canvas();
    private final Canvas moving = new Canvas();
    private final CanvasGraphics plannedGraphics = new CanvasGraphics(planned);
    private final CanvasGraphics movingGraphics = new CanvasGraphics(moving);
    /** whether each canvas is known to be clear, so that an empty race costs no full-size repaint per step */
    private boolean plannedBlank;
    private boolean movingBlank;
    private int movingPaints;
    private final javafx.beans.property.DoubleProperty uiScale;

    /** the name of the overlay of the raced runs' labels (exports draw them from the scenario's runs) */
    public static final String RACE_LABELS = "race labels";

    /** Create the layers and add them to the plot. */
    public RaceLayer(RaceViewModel race, PlotView plot) {
        this.race = race;
        this.uiScale = plot.uiScaleProperty(); // presentation: lines, glyphs and captions grow like the main painters'
        planned.setId("racePlanned");
        moving.setId("raceMoving");
        plot.addLayer(moving);
        plot.addLayer(planned); // each goes just above the base: the planned paths end up under the trails
        // the plot's labels and legends keep off the raced runs' current points and last steps
        plot.addOccupant((occupied, t) -> RacedRuns.occupy(occupied, t, runs()), race.revisionProperty());
        plot.addOverlay(new org.gdlab.render.paint.Overlay() {
            @Override
            public void paint(java.awt.Graphics2D g, org.gdlab.render.paint.PlotTransform t, org.gdlab.render.paint.Occupancy occupied) {
                RacedRuns.labels(runs()).paint(g, t, occupied);
            }

            @Override
            public String name() {
                return RACE_LABELS;
            }

            @Override
            public org.gdlab.render.paint.Overlay frozen() {
                return null; // an export paints the raced runs and their labels from the scenario's runs
            }
        }, race.revisionProperty(), race.selectedProperty());
        for (Observable o : new Observable[] {race.revisionProperty(), race.selectedProperty(),
                race.lab().plot().transformProperty(), planned.widthProperty(), planned.heightProperty(), uiScale}) {
            o.addListener(x -> {
                paintPlanned();
                paintMoving();
            });
        }
        race.lab().playback().stepProperty().addListener(x -> paintMoving());
    }

    /** @return the visible runs at the current step, as the painter takes them */
    public List<RacedRuns.Run> runs() {
        int k = race.lab().playback().step();
        RunModel selected = race.selectedProperty().get();
        List<RacedRuns.Run> out = new ArrayList<>();
        for (RunModel r : race.visibleRuns()) {
            RacePath p = r.pathProperty().get();
            if (p != null) {
                out.add(new RacedRuns.Run(p.path(), k, new Color(r.color().argb(), true),
                        p.size() == 0 ? new Memory.None() : p.memory(k),
                        UpdateRule.caption(r.optimizerProperty().get()), r == selected));
            }
        }
        return out;
    }

    private PlotTransform transform() {
        return PlotView.inPainterUnits(race.lab().plot().transformProperty().get(), uiScale.get());
    }

    private void paintPlanned() {
        List<RacedRuns.Run> runs = runs();
        if (runs.isEmpty() && plannedBlank) {
            return;
        }
        java.awt.Graphics2D g = plannedGraphics.cleared(uiScale.get());
        PlotTransform t = transform();
        if (t != null) {
            RacedRuns.paintPlanned(g, t, runs);
        }
        plannedBlank = runs.isEmpty();
        planned.setVisible(!plannedBlank); // a clear full-size canvas is still blended into every frame of the plot
    }

    /**
     * Repaint the trails, points and glyphs at the current step. Without a visible raced run the canvas is
     * cleared once and then left alone: a full-size clear at every playback step would make JavaFX render the
     * whole plot area again each frame.
     */
    public void paintMoving() {
        List<RacedRuns.Run> runs = runs();
        if (runs.isEmpty() && movingBlank) {
            return;
        }
        movingPaints++;
        java.awt.Graphics2D g = movingGraphics.cleared(uiScale.get());
        PlotTransform t = transform();
        if (t != null) {
            RacedRuns.paintMoving(g, t, runs);
        }
        movingBlank = runs.isEmpty();
        moving.setVisible(!movingBlank);
    }

    /** @return how many times the trails' canvas was painted (a step without raced runs paints nothing) */
    public int movingPaints() {
        return movingPaints;
    }

    /** @return the canvas of trails and points (for snapshot tests) */
    public Canvas movingCanvas() {
        return moving;
    }
}
