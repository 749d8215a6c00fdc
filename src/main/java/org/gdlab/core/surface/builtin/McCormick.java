package org.gdlab.core.surface.builtin;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * McCormick's function C(x, y) = sin(x+y) + (x-y)² - 1.5x + 2.5y + 1.
 * <pre>
 *   ∇C = (cos(x+y) + 2(x-y) - 1.5, cos(x+y) - 2(x-y) + 2.5)
 *   H  = [[2 - sin(x+y), -2 - sin(x+y)], [-2 - sin(x+y), 2 - sin(x+y)]]
 * </pre>
 * ∇C = 0 means x - y = 1 and cos(x+y) = -½. In the view: the global minimum at x + y = -2π/3, i.e.
 * (½ - π/3, -½ - π/3) ≈ (-0.547198, -1.547198) with value -√3/2 - π/3; a local minimum at x + y = 4π/3,
 * (½ + 2π/3, -½ + 2π/3), value -√3/2 + 2π/3; and a saddle between them at x + y = 2π/3,
 * (½ + π/3, -½ + π/3), value √3/2 + π/3.
 */
public final class McCormick implements Surface {

    public static final String ID = "mccormick";

    private static final double S3 = Math.sqrt(3) / 2;

    private static final SurfaceDescription DESCRIPTION = new SurfaceDescription(
            ID, "McCormick", "sin(x+y) + (x-y)² - 1.5x + 2.5y + 1", new ViewRect(-1.5, 4, -3, 4),
            List.of(
                    Known.globalMin(0.5 - Math.PI / 3, -0.5 - Math.PI / 3, -S3 - Math.PI / 3),
                    Known.localMin(0.5 + 2 * Math.PI / 3, -0.5 + 2 * Math.PI / 3, -S3 + 2 * Math.PI / 3),
                    Known.saddle(0.5 + Math.PI / 3, -0.5 + Math.PI / 3, S3 + Math.PI / 3)),
            new Vec2(3.5, 3.5), 0.1, false,
            "A sloping trough with a wave along it: from the upper right GD stops in the local minimum near"
                    + " (2.59, 1.59); start below the saddle near (1.55, 0.05) to reach the global one.");

    @Override
    public double value(double x, double y) {
        double d = x - y;
        return Math.sin(x + y) + d * d - 1.5 * x + 2.5 * y + 1;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double c = Math.cos(x + y);
        double d = x - y;
        return new Vec2(c + 2 * d - 1.5, c - 2 * d + 2.5);
    }

    @Override
    public Sym2 hessian(double x, double y) {
        double s = Math.sin(x + y);
        return new Sym2(2 - s, -2 - s, 2 - s);
    }

    @Override
    public SurfaceDescription description() {
        return DESCRIPTION;
    }
}
