package org.gdlab.render.paint;

import java.awt.Graphics2D;

/**
 * Something drawn over the plot's paths (a legend, labels, a marker set): painted with the plot's transform
 * after the paths and the plot's own labels, in painter units, avoiding what is already occupied, and
 * reporting what it covers by adding it to the occupancy (so the overlays after it avoid it in turn). A new
 * overlay is one class and one registration in the window, in {@code org.gdlab.app.PlotOverlays} (where all
 * are registered, in painting order): {@code PlotView.addOverlay} (over the paths) or
 * {@code PlotView.addOverlayLayer} (under them, on a canvas of its own). Every export of the window then
 * draws it too, from its {@link #frozen} copy taken when the export starts ({@link OnPlot}), at the same
 * place among the layers; the command line's {@code render} draws the overlays a scenario file names
 * ({@code org.gdlab.render.ScenarioOverlays}). An overlay of one step ({@link #followsStep}) tells an
 * animation how to draw it at each frame's step ({@link #perStep}).
 */
public interface Overlay {

    /**
     * Paints onto g.
     *
     * @param t        the plot's transform, in painter units
     * @param occupied what is on the plot already; add what this overlay covers
     */
    void paint(Graphics2D g, PlotTransform t, Occupancy occupied);

    /**
     * Paints its words over the paths, for an overlay drawn under them (the ghosts' "α/4", the curvature's
     * "λmax = …"): with the plot's other labels and against the same occupancy, so that no label covers
     * another. The window paints them on its marks (those of a {@link #followsStep step overlay} with the
     * step's moving marks, after the −∇C label), an export at the same place in the same order. None by
     * default (an overlay over the paths places its words in {@link #paint}).
     *
     * @param occupied what is on the plot already; add the boxes the labels take ({@link Occupancy#addLabel})
     */
    default void paintLabels(Graphics2D g, PlotTransform t, Occupancy occupied) {
    }

    /**
     * @return whether {@link #paintLabels} paints anything: the window repaints the plot's labels when what
     *     such an overlay shows changes (and once more when it stops having labels), not for a picture's every
     *     row. False by default.
     */
    default boolean hasLabels() {
        return false;
    }

    /**
     * A primary click at (x, y) in painter units, offered to the overlays before the plot takes it (to move
     * the start). None by default.
     *
     * @return true when the overlay took it (the window then repaints the overlays)
     */
    default boolean click(double x, double y) {
        return false;
    }

    /** @return what the window and the exports call it, the same for a {@link #frozen} copy (e.g. "ghost paths") */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * @return this overlay as it is now, to be painted later and on another thread (an export): its state
     *     copied, so that later changes in the window do not reach it; an immutable overlay is its own copy
     *     (the default); null when it shows nothing now, or when exports draw what it shows from the
     *     scenario itself (the race's labels)
     */
    default Overlay frozen() {
        return this;
    }

    /**
     * @return true when what it shows belongs to the step on screen (the curvature at w_k, the step's line
     *     search): a frozen copy is then true only at that step, and the animated GIF, whose frames show
     *     other steps, leaves it out
     */
    default boolean followsStep() {
        return false;
    }

    /**
     * @return for an overlay that belongs to one step, how an animation draws it at each frame's step instead
     *     (read when an export starts, with {@link #frozen}); null (the default) when frames leave it out or
     *     draw it otherwise (the curvature, which a scenario names), and while it is switched off
     */
    default StepOverlay perStep() {
        return null;
    }
}
