package org.gdlab.app.sweep;

import org.gdlab.app.viewmodel.PlannedPath;

/**
 * One ghost path: the main run with its α multiplied by factor.
 *
 * @param factor α multiplier (1/4, 1/2, 2, 4)
 * @param path the planned path
 */
public record Ghost(double factor, PlannedPath path) {

    /** @return "α/4", "α/2", "2α", "4α" */
    public String label() {
        return org.gdlab.render.paint.GhostOverlay.label(factor);
    }
}
