package org.gdlab.core.basin;

/** Receives each finished row of a basin map; called from worker threads, once per row, in any order. */
@FunctionalInterface
public interface BasinListener {

    /** @param row the finished row (its arrays are the listener's to keep) */
    void rowDone(BasinRow row);

    /** @return a listener that ignores every row */
    static BasinListener none() {
        return row -> { };
    }
}
