package org.gdlab.core.surface.builtin;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * The sphere C(x, y) = x² + y²: ∇C = (2x, 2y), H = 2I. The perfectly conditioned bowl: plain GD is
 * stable for α &lt; 2/λmax = 1 and heads straight at the minimum, its steps shrinking on their own.
 */
public final class Sphere implements Surface {

    public static final String ID = "sphere";

    private static final SurfaceDescription DESCRIPTION = new SurfaceDescription(
            ID, "Sphere", "x² + y²", ViewRect.square(5),
            List.of(Known.globalMin(0, 0, 0)),
            new Vec2(-4, 3), 0.1, false,
            "A round bowl: the gradient points straight at the minimum and the steps shrink on their own as"
                    + " the slope flattens, even with a constant learning rate; GD is stable for α < 1.");

    @Override
    public double value(double x, double y) {
        return x * x + y * y;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        return new Vec2(2 * x, 2 * y);
    }

    @Override
    public Sym2 hessian(double x, double y) {
        return new Sym2(2, 0, 2);
    }

    @Override
    public SurfaceDescription description() {
        return DESCRIPTION;
    }
}
