package org.gdlab.core.data;

/**
 * One point of a dataset moved, in the data's units: point {@code index} went from (x1, x2, y) to
 * (newX1, newX2, newY); x2 and newX2 are 0 with one feature. What {@link DataCost#withMoves} needs to update
 * centred statistics without visiting the other points.
 *
 * @param index the point's 0-based index
 */
public record PointMove(int index, double x1, double x2, double y, double newX1, double newX2, double newY) {
}
