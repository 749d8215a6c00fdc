package org.gdlab.render.paint;

import java.util.List;
import java.util.Objects;
import org.gdlab.core.basin.BasinSpec;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.StationaryPoint;
import org.gdlab.core.surface.ViewRect;

/**
 * How a basin map is computed and coloured, apart from the rectangle it covers: the run (every setting but
 * the start), the known points, the grid's spacing, the matching radius, the opacity and the colouring. The
 * window's map ({@code computedOver}, nx × ny starts) gives it to an export, which computes the map of its
 * own visible rectangle with the same settings ({@link #specFor}); {@code gdlab render} makes it from the
 * scenario ({@link #ofScenarioRun}).
 *
 * <p><b>Grid of another rectangle.</b> The starts keep the window's spacing dx = W/(nx − 1), dy = H/(ny − 1),
 * so a rectangle W' × H' gets nx' = round(W'/dx) + 1 by ny' = round(H'/dy) + 1 starts: the window's cell
 * count scaled by the ratio of the areas. At most {@link #MAX_CELLS} starts: beyond, both sides shrink by
 * the same factor √(MAX_CELLS / (nx'·ny')).
 *
 * @param template     the run; its start is replaced by each grid point
 * @param knownPoints  the surface's known points (the minima give the first colours)
 * @param computedOver the rectangle the spacing is taken from (the window's visible rectangle)
 * @param nx           starts per row over it, ≥ 2
 * @param ny           rows over it, ≥ 2
 * @param matchRadius  the distance within which a converged run matches a minimum (as the window's map)
 * @param opacity      the picture's opacity, 0 to 1
 * @param bySteps      colour by steps instead of by outcome
 */
public record BasinSettings(RunConfig template, List<StationaryPoint> knownPoints, ViewRect computedOver, int nx, int ny,
        double matchRadius, double opacity, boolean bySteps) {

    /** the most starts an export's or a render's map computes (1024 × 1024) */
    public static final int MAX_CELLS = 1 << 20;
    /** starts per side of the window's map when it opens, and of a render's over the scenario's view */
    public static final int DEFAULT_RESOLUTION = 256;
    /** the picture's opacity when the window opens, and a render's */
    public static final double DEFAULT_OPACITY = 0.62;

    public BasinSettings {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(computedOver, "computedOver");
        knownPoints = List.copyOf(knownPoints);
        if (nx < 2 || ny < 2) {
            throw new IllegalArgumentException("a basin grid needs at least 2 × 2 starts, got " + nx + " × " + ny);
        }
    }

    /**
     * @return the settings of a render of a scenario: its main run, {@link #DEFAULT_RESOLUTION} starts per side
     *     over its view, the default matching radius and opacity, coloured by outcome
     */
    public static BasinSettings ofScenarioRun(RunConfig main, List<StationaryPoint> knownPoints, ViewRect view) {
        return new BasinSettings(main, knownPoints, view, DEFAULT_RESOLUTION, DEFAULT_RESOLUTION,
                BasinSpec.defaultMatchRadius(view), DEFAULT_OPACITY, false);
    }

    /** @return the spec of this map over {@code view}: the same run, spacing (capped) and radius */
    public BasinSpec specFor(ViewRect view) {
        double dx = computedOver.width() / (nx - 1);
        double dy = computedOver.height() / (ny - 1);
        double cx = Math.max(2, Math.round(view.width() / dx) + 1.0);
        double cy = Math.max(2, Math.round(view.height() / dy) + 1.0);
        if (cx * cy > MAX_CELLS) {
            double f = Math.sqrt(MAX_CELLS / (cx * cy));
            cx = Math.max(2, Math.floor(cx * f));
            cy = Math.max(2, Math.floor(cy * f));
        }
        return new BasinSpec(template, view, (int) cx, (int) cy, knownPoints, matchRadius);
    }
}
