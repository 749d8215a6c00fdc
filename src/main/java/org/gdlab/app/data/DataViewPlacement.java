package org.gdlab.app.data;

/**
 * Where the data view goes, with no nodes: beside the contour plot (a width in the plot's row) where that
 * leaves the plot its share of the window, else folded (width 0): then it opens over the plot's right part on
 * a click on the plot's "Data" button, as the side panel's drawer does.
 *
 * <p>The plot is as high as its row (h), so it keeps a share s of the window (W × H) when it is at least
 * s·W·H / h wide. The data view takes what the row has beyond that, at most {@link #SHARE} of the row
 * ({@link #STRIP} while presenting, where the plot is what the room reads), and is folded when that is less
 * than {@link #MIN_WIDTH} pixels at 100 % (times the UI scale): narrower, its panels would hold only their
 * margins.
 *
 * @param share the least share of the window the plot keeps: {@link #WINDOW_SHARE}, or
 *              {@link #PRESENTING_SHARE} while presenting
 * @param most  the largest share of the row the data view takes
 */
public record DataViewPlacement(double share, double most) {

    /** outside presentation mode, the data view takes at most this share of the plot's row */
    public static final double SHARE = 0.3;
    /** presenting, the data view is a strip of at most this share of the row */
    public static final double STRIP = 0.2;
    /** outside presentation mode, the contour plot keeps at least this share of the window (a margin over 0.42) */
    public static final double WINDOW_SHARE = 0.44;
    /** presenting, the contour plot keeps at least this share of the window (a margin over 0.55) */
    public static final double PRESENTING_SHARE = 0.57;
    /** the data view is folded where it would be narrower than this many pixels at 100 % */
    public static final double MIN_WIDTH = 120;

    /** @return the placement outside presentation mode, or while presenting */
    public static DataViewPlacement of(boolean presenting) {
        return presenting ? new DataViewPlacement(PRESENTING_SHARE, STRIP) : new DataViewPlacement(WINDOW_SHARE, SHARE);
    }

    /**
     * @param windowW the window's content width W
     * @param windowH the window's content height H
     * @param rowW    the width of the plot's row (plot and data view together)
     * @param rowH    the height of the plot's row h
     * @param scale   the UI scale (1 = 100 %)
     * @return the data view's width beside the plot, or 0 when it is folded
     */
    public double width(double windowW, double windowH, double rowW, double rowH, double scale) {
        if (!(rowW > 0) || !(rowH > 0) || !(windowW > 0) || !(windowH > 0)) {
            return 0;
        }
        double plotNeeds = share * windowW * windowH / rowH;
        double w = Math.min(most * rowW, rowW - plotNeeds);
        return w >= MIN_WIDTH * scale ? w : 0;
    }
}
