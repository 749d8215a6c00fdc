package org.gdlab.core.surface.builtin;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * The monkey saddle C(x, y) = x³ - 3xy²: ∇C = (3x² - 3y², -6xy), H = [[6x, -6y], [-6y, -6x]].
 * A degenerate saddle at (0, 0) (there H = 0, so the local quadratic model says nothing) and no minimum.
 */
public final class MonkeySaddle implements Surface {

    public static final String ID = "monkey-saddle";

    private static final SurfaceDescription DESCRIPTION = new SurfaceDescription(
            ID, "Monkey saddle", "x³ - 3xy²", ViewRect.square(2),
            List.of(Known.saddle(0, 0, 0)),
            new Vec2(1.8, 0.1), 0.02, false,
            "Three valleys meet at a flat point: the gradient vanishes to second order at the origin, so GD"
                    + " creeps towards it (H = 0 there), then slides off into one of the valleys; no minimum.");

    @Override
    public double value(double x, double y) {
        return x * x * x - 3 * x * y * y;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        return new Vec2(3 * x * x - 3 * y * y, -6 * x * y);
    }

    @Override
    public Sym2 hessian(double x, double y) {
        return new Sym2(6 * x, -6 * y, -6 * x);
    }

    @Override
    public SurfaceDescription description() {
        return DESCRIPTION;
    }
}
