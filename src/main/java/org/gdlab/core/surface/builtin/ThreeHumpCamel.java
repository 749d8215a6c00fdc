package org.gdlab.core.surface.builtin;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * The three-hump camel C(x, y) = 2x² - 1.05x⁴ + x⁶/6 + xy + y², global minimum 0 at (0, 0), two local
 * minima ±(1.747552, -0.873776) of value 0.298638 and two saddles ±(1.070542, -0.535271) between them.
 * <pre>
 *   ∇C = (4x - 4.2x³ + x⁵ + y, x + 2y)
 *   H  = [[4 - 12.6x² + 5x⁴, 1], [1, 2]]
 * </pre>
 */
public final class ThreeHumpCamel implements Surface {

    public static final String ID = "three-hump-camel";

    private static final double LX = 1.747552345830289;
    private static final double LY = -0.87377617291514449;
    private static final double LV = 0.29863844223685941;
    private static final double SX = 1.0705422918236599;
    private static final double SY = -0.53527114591182996;
    private static final double SV = 0.87736155776314012;

    private static final SurfaceDescription DESCRIPTION = new SurfaceDescription(
            ID, "Three-hump camel", "2x² - 1.05x⁴ + x⁶/6 + xy + y²", ViewRect.square(5),
            List.of(
                    Known.globalMin(0, 0, 0),
                    Known.localMin(LX, LY, LV),
                    Known.localMin(-LX, -LY, LV),
                    Known.saddle(SX, SY, SV),
                    Known.saddle(-SX, -SY, SV)),
            new Vec2(2.5, -2.5), 0.01, true,
            "Two side humps hold local minima: from (2.5, -2.5) GD settles in the local minimum near"
                    + " (1.75, -0.87), not in the global one at the origin.");

    @Override
    public double value(double x, double y) {
        double x2 = x * x;
        return 2 * x2 - 1.05 * x2 * x2 + x2 * x2 * x2 / 6 + x * y + y * y;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double x2 = x * x;
        return new Vec2(4 * x - 4.2 * x2 * x + x2 * x2 * x + y, x + 2 * y);
    }

    @Override
    public Sym2 hessian(double x, double y) {
        double x2 = x * x;
        return new Sym2(4 - 12.6 * x2 + 5 * x2 * x2, 1, 2);
    }

    @Override
    public SurfaceDescription description() {
        return DESCRIPTION;
    }
}
