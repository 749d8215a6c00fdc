package org.gdlab.core.surface.builtin;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * Rosenbrock's function C(x, y) = (1-x)² + 100(y-x²)², minimum 0 at (1, 1).
 * <pre>
 *   ∇C = (-2(1-x) - 400x(y-x²), 200(y-x²))
 *   H  = [[2 - 400y + 1200x², -400x], [-400x, 200]]
 * </pre>
 * A curved, narrow valley: GD reaches the valley floor in a few steps and then crawls along it.
 */
public final class Rosenbrock implements Surface {

    public static final String ID = "rosenbrock";

    private static final SurfaceDescription DESCRIPTION = new SurfaceDescription(
            ID, "Rosenbrock", "(1-x)² + 100(y-x²)²", new ViewRect(-2, 2, -1, 3),
            List.of(Known.globalMin(1, 1, 0)),
            new Vec2(-1.5, 2), 1e-3, true,
            "A curved, narrow valley: the gradient points across the valley, not at the minimum, so GD"
                    + " drops to the floor quickly and then crawls along it; α much above 1e-3 zig-zags or diverges.");

    @Override
    public double value(double x, double y) {
        double a = 1 - x;
        double b = y - x * x;
        return a * a + 100 * b * b;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double b = y - x * x;
        return new Vec2(-2 * (1 - x) - 400 * x * b, 200 * b);
    }

    @Override
    public Sym2 hessian(double x, double y) {
        return new Sym2(2 - 400 * y + 1200 * x * x, -400 * x, 200);
    }

    @Override
    public SurfaceDescription description() {
        return DESCRIPTION;
    }
}
