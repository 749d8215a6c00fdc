package org.gdlab.core.surface.builtin;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.StationaryPoint;
import org.gdlab.core.surface.StationaryPoint.Kind;

/** Short factories for the known points that the built-ins list. */
final class Known {

    private Known() {
    }

    static StationaryPoint globalMin(double x, double y, double value) {
        return new StationaryPoint(new Vec2(x, y), value, Kind.GLOBAL_MINIMUM);
    }

    static StationaryPoint localMin(double x, double y, double value) {
        return new StationaryPoint(new Vec2(x, y), value, Kind.LOCAL_MINIMUM);
    }

    static StationaryPoint max(double x, double y, double value) {
        return new StationaryPoint(new Vec2(x, y), value, Kind.MAXIMUM);
    }

    static StationaryPoint saddle(double x, double y, double value) {
        return new StationaryPoint(new Vec2(x, y), value, Kind.SADDLE);
    }
}
