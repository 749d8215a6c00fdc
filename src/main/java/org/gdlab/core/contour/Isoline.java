package org.gdlab.core.contour;

import java.util.List;

/**
 * The level line C = level as polylines in GRID coordinates (i, j) of its {@link ScalarGrid}: each array is
 * x0, y0, x1, y1, … with 0 ≤ x ≤ nx − 1 and 0 ≤ y ≤ ny − 1 (map to the world with
 * {@link ScalarGrid#worldX}/{@link ScalarGrid#worldY}, to pixels by the caller). A closed ring repeats its
 * first point at the end; an open polyline ends on the border of the grid or of an undefined (NaN) region.
 * Along each polyline the region C ≥ level lies on the left (i to the right, j up), as
 * {@link MarchingSquares} documents.
 *
 * @param level the cost of the line
 * @param polylines the pieces, in a deterministic order; arrays not to be modified
 */
public record Isoline(double level, List<double[]> polylines) {

    public Isoline {
        polylines = List.copyOf(polylines);
    }
}
