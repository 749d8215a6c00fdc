package org.gdlab.core.surface.builtin;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * Booth's function C(x, y) = (x+2y-7)² + (2x+y-5)², minimum 0 at (1, 3).
 * <pre>
 *   ∇C = (10x + 8y - 34, 8x + 10y - 38)
 *   H  = [[10, 8], [8, 10]]   (eigenvalues 2 and 18, so GD is stable for α &lt; 1/9)
 * </pre>
 */
public final class Booth implements Surface {

    public static final String ID = "booth";

    private static final SurfaceDescription DESCRIPTION = new SurfaceDescription(
            ID, "Booth", "(x+2y-7)² + (2x+y-5)²", ViewRect.square(10),
            List.of(Known.globalMin(1, 3, 0)),
            new Vec2(-7, 8), 0.1, true,
            "A tilted elliptic bowl with Hessian eigenvalues 2 and 18: α = 0.1 is just under 2/18 and"
                    + " zig-zags across the short axis; α above 1/9 diverges.");

    @Override
    public double value(double x, double y) {
        double a = x + 2 * y - 7;
        double b = 2 * x + y - 5;
        return a * a + b * b;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        return new Vec2(10 * x + 8 * y - 34, 8 * x + 10 * y - 38);
    }

    @Override
    public Sym2 hessian(double x, double y) {
        return new Sym2(10, 8, 10);
    }

    @Override
    public SurfaceDescription description() {
        return DESCRIPTION;
    }
}
