package org.gdlab.core.surface;

import org.gdlab.core.math.Vec2;

/**
 * A known stationary point of a surface (∇C = 0, or a kink where C has its minimum).
 *
 * @param at    where it is
 * @param value C there
 * @param kind  what kind of point it is
 */
public record StationaryPoint(Vec2 at, double value, Kind kind) {

    /** The kinds of known points a surface lists. */
    public enum Kind {
        /** the lowest value of C (one of possibly several equal ones) */
        GLOBAL_MINIMUM,
        /** a minimum that is not global */
        LOCAL_MINIMUM,
        /** a local maximum */
        MAXIMUM,
        /** a saddle point */
        SADDLE;

        /** @return true for both kinds of minimum */
        public boolean isMinimum() {
            return this == GLOBAL_MINIMUM || this == LOCAL_MINIMUM;
        }
    }
}
