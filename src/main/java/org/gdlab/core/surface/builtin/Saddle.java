package org.gdlab.core.surface.builtin;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * The saddle C(x, y) = x² - y²: ∇C = (2x, -2y), H = diag(2, -2); a saddle point at (0, 0) and no minimum
 * (C is unbounded below, so GD eventually leaves along ±y).
 */
public final class Saddle implements Surface {

    public static final String ID = "saddle";

    private static final SurfaceDescription DESCRIPTION = new SurfaceDescription(
            ID, "Saddle", "x² - y²", ViewRect.square(2),
            List.of(Known.saddle(0, 0, 0)),
            new Vec2(-1.9, 0.01), 0.05, false,
            "GD slides in along x towards the saddle point, slows down where the gradient nearly vanishes,"
                    + " and finally escapes along y: C has no minimum.");

    @Override
    public double value(double x, double y) {
        return x * x - y * y;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        return new Vec2(2 * x, -2 * y);
    }

    @Override
    public Sym2 hessian(double x, double y) {
        return new Sym2(2, 0, -2);
    }

    @Override
    public SurfaceDescription description() {
        return DESCRIPTION;
    }
}
