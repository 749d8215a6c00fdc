package org.gdlab.render.paint;

import java.awt.Graphics2D;
import java.util.List;

/**
 * The ghost paths as an {@link Overlay} ({@link GhostPaths}): the same run at α/4, α/2, 2α and 4α
 * ({@link #FACTORS}). Immutable (the paths are kept as they were given: pass immutable ones), so it is its
 * own frozen copy.
 *
 * @param ghosts the ghosts, painted in this order
 */
public record GhostOverlay(List<GhostPaths.Ghost> ghosts) implements Overlay {

    /** the α multipliers of the ghosts, the window's and the command line's */
    public static final List<Double> FACTORS = List.of(0.25, 0.5, 2.0, 4.0);

    public GhostOverlay {
        ghosts = List.copyOf(ghosts);
    }

    /** @return how the ghost of α × factor is called on the plot: "α/4", "α/2", "2α", "4α" */
    public static String label(double factor) {
        return factor < 1 ? "α/" + Math.round(1 / factor) : Math.round(factor) + "α";
    }

    @Override
    public void paint(Graphics2D g, PlotTransform t, Occupancy occupied) {
        GhostPaths.paint(g, t, ghosts, occupied);
    }

    @Override
    public boolean hasLabels() {
        return !ghosts.isEmpty();
    }

    @Override
    public void paintLabels(Graphics2D g, PlotTransform t, Occupancy occupied) {
        GhostPaths.paintLabels(g, t, ghosts, occupied);
    }

    @Override
    public String name() {
        return "ghost paths";
    }
}
