/**
 * The contour plot's numbers, without any drawing: sample C on a grid ({@link org.gdlab.core.contour.ScalarGrid}),
 * choose levels ({@link org.gdlab.core.contour.Levels}, {@link org.gdlab.core.contour.ColorScale}), trace the
 * level lines ({@link org.gdlab.core.contour.MarchingSquares} → {@link org.gdlab.core.contour.Isoline}) and
 * colour every grid point ({@link org.gdlab.core.contour.ContourPictureBuilder} →
 * {@link org.gdlab.core.contour.ContourPicture}). The UI maps grid coordinates to pixels and paints.
 *
 * <p><b>Why marching squares is written here by hand.</b> No Java library does it well for us: JFreeChart's
 * contour support fills blocks and draws no level lines, the scientific stacks that trace isolines
 * (VisAD, GeoTools' process modules, the ImageJ plug-ins) are heavyweight, GPL-bound or tied to their own
 * data models, and none gives interpolated, joined polylines in grid coordinates with explicit saddle and
 * NaN rules. The algorithm is two hundred lines (after d3-contour's {@code src/contours.js}), it is easy to
 * test with literal small grids, and owning it lets us make it fast (no per-point objects) and exact about
 * its conventions: values ≥ t count as above, saddles are resolved by the cell-centre mean, cells with a
 * NaN corner give no segment, lines are oriented with C ≥ t on the left, rings repeat their first point.
 *
 * <p>Everything here is plain Java, immutable once built, and free of JavaFX.
 */
package org.gdlab.core.contour;
