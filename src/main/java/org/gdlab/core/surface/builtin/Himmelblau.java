package org.gdlab.core.surface.builtin;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * Himmelblau's function C(x, y) = (x²+y-11)² + (x+y²-7)², four global minima of value 0 and a local maximum
 * near (-0.270845, -0.923039). With a = x²+y-11, b = x+y²-7:
 * <pre>
 *   ∇C = (4xa + 2b, 2a + 4yb)
 *   H  = [[12x² + 4y - 42, 4(x + y)], [4(x + y), 12y² + 4x - 26]]
 * </pre>
 * The minima's coordinates are the roots of ∇C = 0 to double precision (refined with 30-digit Newton).
 */
public final class Himmelblau implements Surface {

    public static final String ID = "himmelblau";

    private static final SurfaceDescription DESCRIPTION = new SurfaceDescription(
            ID, "Himmelblau", "(x²+y-11)² + (x+y²-7)²", ViewRect.square(5),
            List.of(
                    Known.globalMin(3, 2, 0),
                    Known.globalMin(-2.8051180869527449, 3.131312518250573, 0),
                    Known.globalMin(-3.7793102533777469, -3.2831859912861694, 0),
                    Known.globalMin(3.5844283403304917, -1.8481265269644036, 0),
                    Known.max(-0.27084459066734761, -0.92303855647998146, 181.6165215225827)),
            new Vec2(-0.5, 0), 0.01, true,
            "Four equal minima: which one GD reaches depends only on where it starts; move the start around"
                    + " the local maximum near (-0.27, -0.92) to see the basins.");

    @Override
    public double value(double x, double y) {
        double a = x * x + y - 11;
        double b = x + y * y - 7;
        return a * a + b * b;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double a = x * x + y - 11;
        double b = x + y * y - 7;
        return new Vec2(4 * x * a + 2 * b, 2 * a + 4 * y * b);
    }

    @Override
    public Sym2 hessian(double x, double y) {
        return new Sym2(12 * x * x + 4 * y - 42, 4 * (x + y), 12 * y * y + 4 * x - 26);
    }

    @Override
    public SurfaceDescription description() {
        return DESCRIPTION;
    }
}
