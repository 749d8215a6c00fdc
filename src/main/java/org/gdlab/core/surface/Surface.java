package org.gdlab.core.surface;

/**
 * A cost function together with its description: what the UI draws and the command line runs.
 * Immutable and thread-safe.
 */
public interface Surface extends CostFunction {

    /** @return the description: id, name, formula, view, known points, suggested start and rate */
    SurfaceDescription description();
}
