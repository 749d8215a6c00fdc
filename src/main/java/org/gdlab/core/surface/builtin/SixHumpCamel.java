package org.gdlab.core.surface.builtin;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * The six-hump camel C(x, y) = (4 - 2.1x² + x⁴/3)x² + xy + (-4 + 4y²)y²
 * = 4x² - 2.1x⁴ + x⁶/3 + xy - 4y² + 4y⁴, global minima ±(0.089842, -0.712656) of value -1.031628 and a
 * saddle at the origin.
 * <pre>
 *   ∇C = (8x - 8.4x³ + 2x⁵ + y, x - 8y + 16y³)
 *   H  = [[8 - 25.2x² + 10x⁴, 1], [1, -8 + 48y²]]
 * </pre>
 */
public final class SixHumpCamel implements Surface {

    public static final String ID = "six-hump-camel";

    private static final double MX = 0.089842013100318062;
    private static final double MY = -0.71265640302073963;
    private static final double MV = -1.0316284534898774;

    private static final SurfaceDescription DESCRIPTION = new SurfaceDescription(
            ID, "Six-hump camel", "(4 - 2.1x² + x⁴/3)x² + xy + (-4 + 4y²)y²", new ViewRect(-3, 3, -2, 2),
            List.of(Known.globalMin(MX, MY, MV), Known.globalMin(-MX, -MY, MV), Known.saddle(0, 0, 0)),
            new Vec2(-1.5, 1.5), 0.01, false,
            "Six humps: two global minima, four more local minima and a saddle at the origin; small moves"
                    + " of the start send GD into different basins.");

    @Override
    public double value(double x, double y) {
        double x2 = x * x;
        double y2 = y * y;
        return (4 - 2.1 * x2 + x2 * x2 / 3) * x2 + x * y + (-4 + 4 * y2) * y2;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double x2 = x * x;
        return new Vec2(8 * x - 8.4 * x2 * x + 2 * x2 * x2 * x + y, x - 8 * y + 16 * y * y * y);
    }

    @Override
    public Sym2 hessian(double x, double y) {
        double x2 = x * x;
        return new Sym2(8 - 25.2 * x2 + 10 * x2 * x2, 1, -8 + 48 * y * y);
    }

    @Override
    public SurfaceDescription description() {
        return DESCRIPTION;
    }
}
