package org.gdlab.core.surface;

import java.util.List;
import org.gdlab.core.math.Vec2;

/**
 * What GD Lab knows about a surface besides its values: how to name it, show it and start on it.
 *
 * @param id                    the command-line id ({@code rosenbrock}); for a typed formula, the formula
 * @param name                  the display name ("Rosenbrock")
 * @param formula               C(x, y) as text for people
 * @param view                  the default view rectangle
 * @param knownPoints           known minima and other stationary points (may be empty)
 * @param suggestedStart        a start point that shows something instructive
 * @param suggestedLearningRate a learning rate for plain GD that shows something instructive from that start
 * @param logLevels             true when log-spaced contour levels suit the surface (a range spanning
 *                              orders of magnitude)
 * @param notes                 a sentence on what to notice, or on conventions at kinks (may be empty)
 */
public record SurfaceDescription(
        String id,
        String name,
        String formula,
        ViewRect view,
        List<StationaryPoint> knownPoints,
        Vec2 suggestedStart,
        double suggestedLearningRate,
        boolean logLevels,
        String notes) {

    public SurfaceDescription {
        knownPoints = List.copyOf(knownPoints);
    }

    /** @return the known minima only */
    public List<StationaryPoint> minima() {
        return knownPoints.stream().filter(p -> p.kind().isMinimum()).toList();
    }
}
