package org.gdlab.render.paint;

/**
 * The iterates of one path as the painter reads them: w_0 … w_{n−1} in world coordinates. The window's
 * planned path and an export's sketch of a run both are one.
 */
public interface PathPoints {

    /** @return n, the number of iterates */
    int size();

    /** @return x of w_i */
    double x(int i);

    /** @return y of w_i */
    double y(int i);

    /** @return true when the run diverged (it is then drawn only up to where it left the view for good) */
    boolean diverged();

    /** @return the step of w_i (a sketch keeps only some iterates; the window's path keeps them all: i) */
    default int step(int i) {
        return i;
    }

    /** @return false when the segment w_{i−1}w_i is not drawn (a sketch's gap); true by default */
    default boolean joined(int i) {
        return true;
    }
}
