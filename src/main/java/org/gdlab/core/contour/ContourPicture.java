package org.gdlab.core.contour;

import java.util.List;

/**
 * Everything needed to draw the filled contour plot of one view, ready for the UI.
 *
 * <p>The image {@code argb} has nx × ny pixels, one per grid point, with pixel row 0 at the TOP
 * (y = yMax): argb[r·nx + i] is the colour of grid point (i, j = ny − 1 − r), so it can be written into an
 * image as it is. Level lines are in grid coordinates (j up), as {@link Isoline} says. The arrays are
 * owned by the picture and must not be modified.
 *
 * @param grid the sampled cost
 * @param levels the costs of the level lines, increasing
 * @param isolines one per level, in the same order
 * @param argb colours, row 0 at the top; transparent where C is NaN
 * @param colorMin the cost at the bottom of the colour bar (the smallest finite cost; NaN if none)
 * @param colorMax the cost at the top of the colour bar
 * @param spacing how levels and colours are spread between colorMin and colorMax
 */
public record ContourPicture(ScalarGrid grid, double[] levels, List<Isoline> isolines, int[] argb,
                             double colorMin, double colorMax, LevelSpacing spacing) {

    public ContourPicture {
        isolines = List.copyOf(isolines);
    }

    /** @return the scale that maps a cost to its place on the colour bar, as used for the colours */
    public ColorScale colorScale() {
        return new ColorScale(colorMin, colorMax, spacing);
    }
}
