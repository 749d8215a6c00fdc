package org.gdlab.core.surface;

/**
 * The views the program draws and stores: every edge within ±{@value #MAX_COORDINATE} of 0, and a
 * width and height between {@value #MIN_SIZE} and {@value #MAX_SIZE}. Outside them a double cannot tell the
 * plot's pixels apart (a view 1e-9 wide at x = 1e12 has fewer distinct doubles than pixels), so the window's
 * zoom and pan stop at these limits, and a scenario file with a view beyond them is refused.
 */
public final class ViewLimits {

    /** The farthest a view's edge may lie from 0 along either axis. */
    public static final double MAX_COORDINATE = 1e12;
    /** The narrowest view (width and height). */
    public static final double MIN_SIZE = 1e-9;
    /** The widest view (width and height). */
    public static final double MAX_SIZE = 1e9;

    private ViewLimits() {
    }

    /** @return whether v lies within the limits (edges within ±1e12, width and height within [1e-9, 1e9]) */
    public static boolean allows(ViewRect v) {
        return Math.abs(v.xMin()) <= MAX_COORDINATE && Math.abs(v.xMax()) <= MAX_COORDINATE
                && Math.abs(v.yMin()) <= MAX_COORDINATE && Math.abs(v.yMax()) <= MAX_COORDINATE
                && size(v.width()) && size(v.height());
    }

    private static boolean size(double s) {
        return s >= MIN_SIZE && s <= MAX_SIZE;
    }
}
