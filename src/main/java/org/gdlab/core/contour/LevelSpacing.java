package org.gdlab.core.contour;

/**
 * How level lines and colours are spread between the smallest and largest cost of a view; see
 * {@link ColorScale} for the exact maps.
 */
public enum LevelSpacing {
    /** Evenly in C. */
    LINEAR,
    /** Evenly in log(C − min + ε): dense near the minimum, which shows narrow valleys (Rosenbrock). */
    LOG
}
