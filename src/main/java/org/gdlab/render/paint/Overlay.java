package org.gdlab.render.paint;

import java.awt.Graphics2D;

/**
 * Something drawn over the plot's paths (a legend, labels, a marker set): painted with the plot's transform
 * after the paths and the plot's own labels, in painter units, avoiding what is already occupied, and
 * reporting what it covers by adding it to the occupancy (so the overlays after it avoid it in turn). A new
 * overlay is one class and one registration: {@code PlotView.addOverlay} in the window,
 * {@code PlotRenderer}'s list in the exports.
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
     * A primary click at (x, y) in painter units, offered to the overlays before the plot takes it (to move
     * the start). None by default.
     *
     * @return true when the overlay took it (the window then repaints the overlays)
     */
    default boolean click(double x, double y) {
        return false;
    }
}
