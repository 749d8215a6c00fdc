package org.gdlab.core.surface.builtin;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * The "banana" C(x, y) = (1-x)² + 20(3y-x²)², minimum 0 at (1, 1/3). With r = 3y - x²:
 * <pre>
 *   ∇C = (-2(1-x) - 80xr, 120r)
 *   H  = [[2 - 80r + 160x², -240x], [-240x, 360]]
 * </pre>
 */
public final class Banana implements Surface {

    public static final String ID = "banana";

    private static final SurfaceDescription DESCRIPTION = new SurfaceDescription(
            ID, "Banana", "(1-x)² + 20(3y-x²)²", new ViewRect(-2, 2, -0.5, 1.5),
            List.of(Known.globalMin(1, 1.0 / 3, 0)),
            new Vec2(-1.5, 1.2), 2e-3, true,
            "A gentler, squashed Rosenbrock: the steep direction (curvature 360 across the valley) limits α"
                    + " to about 2/360, so progress along the curved floor is slow.");

    @Override
    public double value(double x, double y) {
        double a = 1 - x;
        double r = 3 * y - x * x;
        return a * a + 20 * r * r;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double r = 3 * y - x * x;
        return new Vec2(-2 * (1 - x) - 80 * x * r, 120 * r);
    }

    @Override
    public Sym2 hessian(double x, double y) {
        double r = 3 * y - x * x;
        return new Sym2(2 - 80 * r + 160 * x * x, -240 * x, 360);
    }

    @Override
    public SurfaceDescription description() {
        return DESCRIPTION;
    }
}
