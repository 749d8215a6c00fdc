package org.gdlab.render.paint;

/**
 * Something on the plot that its labels must avoid but that the plot's painter does not draw itself (the
 * window's raced runs, a banner laid over the top of the plot): it adds its regions to the occupancy before
 * any label is placed.
 */
@FunctionalInterface
public interface Occupant {

    /** Adds what it covers, in painter units of t, to {@code occupied}. */
    void occupy(Occupancy occupied, PlotTransform t);
}
