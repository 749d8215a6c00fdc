package org.gdlab.core.scenario;

import java.util.List;

/**
 * The names of the overlays a scenario can switch on. A name outside {@link #KNOWN} is refused, so that a
 * typo in a hand-edited file is reported instead of silently ignored.
 */
public final class Overlays {

    /** Arrows of −∇C on a coarse grid over the view. */
    public static final String GRADIENT_FIELD = "gradient-field";
    /** Faint paths of earlier runs, kept for comparison. */
    public static final String GHOST_PATHS = "ghost-paths";
    /** The Hessian's eigenvectors at the current point. */
    public static final String EIGENVECTORS = "eigenvectors";
    /** The arrow of ∇C at the current point. */
    public static final String GRADIENT_ARROW = "gradient-arrow";
    /** The arrow of the step w_{k+1} − w_k. */
    public static final String STEP_ARROW = "step-arrow";
    /** Markers on the surface's known minima and other stationary points. */
    public static final String KNOWN_POINTS = "known-points";
    /** Level lines of the local quadratic model at the current point. */
    public static final String LOCAL_QUADRATIC = "local-quadratic";

    /**
     * The basin map of the main run's settings: every start of a grid over the plot coloured by the minimum
     * its run reaches (or diverged, not converged), with its legend; drawn by {@code gdlab render}.
     */
    public static final String BASINS = "basins";

    /** Every accepted overlay name. */
    public static final List<String> KNOWN = List.of(GRADIENT_FIELD, GHOST_PATHS, EIGENVECTORS, GRADIENT_ARROW,
            STEP_ARROW, KNOWN_POINTS, LOCAL_QUADRATIC, BASINS);

    private Overlays() {
    }

    /** @throws IllegalArgumentException naming the valid overlays unless {@code name} is one */
    static void requireKnown(String name) {
        if (!KNOWN.contains(name)) {
            throw new IllegalArgumentException("unknown overlay '" + name + "'; valid: " + String.join(", ", KNOWN));
        }
    }
}
