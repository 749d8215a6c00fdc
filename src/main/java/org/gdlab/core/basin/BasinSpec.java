package org.gdlab.core.basin;

import java.util.List;
import java.util.Objects;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.StationaryPoint;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.ViewRect;

/**
 * What a basin map computes: one run of the template from every start of an nx × ny grid over the view.
 * Start (i, j) is x_i = xMin + i·(xMax − xMin)/(nx − 1), y_j = yMin + j·(yMax − yMin)/(ny − 1) (j = 0 at
 * yMin, as {@code ScalarGrid}); its cell index is j·nx + i.
 *
 * <p><b>Matching.</b> A converged run (|∇C| &lt; the template's tolerance) belongs to the known minimum
 * nearest to its last iterate if that is within {@code matchRadius}; converged runs that match none are
 * clustered: a point within {@code matchRadius} of a cluster's first point joins it. The default radius,
 * {@link #defaultMatchRadius}, is 10⁻³ of the view's larger side (0.01 on [−5, 5]²): far larger than the
 * distance |∇C|/λmin ≈ 10⁻⁹ that a run converged to tolerance 10⁻⁸ stays from a non-degenerate minimum,
 * far smaller than the distance between distinct minima of the built-in surfaces.
 *
 * @param template the run (function, optimizer, hyperparameters, α, step limit, tolerance, radius); its
 *     start is replaced by each grid point
 * @param view the rectangle of starts
 * @param nx starts per row, ≥ 2 (the UI uses ≥ 256)
 * @param ny rows, ≥ 2 (the UI uses ≥ 256)
 * @param knownPoints the surface's known points (only the minima are used)
 * @param matchRadius the matching distance, &gt; 0
 */
public record BasinSpec(RunConfig template, ViewRect view, int nx, int ny, List<StationaryPoint> knownPoints,
        double matchRadius) {

    /** @throws IllegalArgumentException with a one-line message for a bad grid size or radius */
    public BasinSpec {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(view, "view");
        knownPoints = List.copyOf(knownPoints);
        if (nx < 2 || ny < 2) {
            throw new IllegalArgumentException("a basin grid needs at least 2 × 2 starts, got " + nx + " × " + ny);
        }
        if (!(matchRadius > 0) || !Double.isFinite(matchRadius)) {
            throw new IllegalArgumentException("the match radius must be a finite number > 0, got " + matchRadius);
        }
    }

    /**
     * @param surface the surface (its known points are used, and it replaces the template's function)
     * @param template the run
     * @param view the rectangle of starts
     * @param resolution starts per side
     * @return a resolution × resolution spec with the {@link #defaultMatchRadius}
     */
    public static BasinSpec of(Surface surface, RunConfig template, ViewRect view, int resolution) {
        return new BasinSpec(template.withFunction(surface), view, resolution, resolution,
                surface.description().knownPoints(), defaultMatchRadius(view));
    }

    /** @return 10⁻³ · max(width, height) of the view */
    public static double defaultMatchRadius(ViewRect view) {
        return 1e-3 * Math.max(view.width(), view.height());
    }

    /** @return x_i */
    public double startX(int i) {
        return view.xMin() + i * view.width() / (nx - 1);
    }

    /** @return y_j */
    public double startY(int j) {
        return view.yMin() + j * view.height() / (ny - 1);
    }

    /** @return the known minima, in the order listed (class ids 0, 1, …) */
    public List<Vec2> knownMinima() {
        return knownPoints.stream().filter(p -> p.kind().isMinimum()).map(StationaryPoint::at).toList();
    }
}
