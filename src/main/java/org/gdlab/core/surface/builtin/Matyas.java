package org.gdlab.core.surface.builtin;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * Matyas' function C(x, y) = 0.26(x² + y²) - 0.48xy, minimum 0 at (0, 0).
 * <pre>
 *   ∇C = (0.52x - 0.48y, 0.52y - 0.48x)
 *   H  = [[0.52, -0.48], [-0.48, 0.52]]   (eigenvalues 0.04 along (1, 1) and 1 along (1, -1); κ = 25)
 * </pre>
 */
public final class Matyas implements Surface {

    public static final String ID = "matyas";

    private static final SurfaceDescription DESCRIPTION = new SurfaceDescription(
            ID, "Matyas", "0.26(x² + y²) - 0.48xy", ViewRect.square(10),
            List.of(Known.globalMin(0, 0, 0)),
            new Vec2(-6, -9), 1.0, false,
            "A long diagonal valley (κ = 25): at α = 1 the steep direction is solved in one step, then GD"
                    + " crawls along the floor y = x, losing only 4% of the distance per step.");

    @Override
    public double value(double x, double y) {
        return 0.26 * (x * x + y * y) - 0.48 * x * y;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        return new Vec2(0.52 * x - 0.48 * y, 0.52 * y - 0.48 * x);
    }

    @Override
    public Sym2 hessian(double x, double y) {
        return new Sym2(0.52, -0.48, 0.52);
    }

    @Override
    public SurfaceDescription description() {
        return DESCRIPTION;
    }
}
