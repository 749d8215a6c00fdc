package org.gdlab.core.surface.builtin;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * The valley: a non-smooth, tilted V-shaped valley C(x, y) = |x| + 4|y - x/2|, minimum 0 at (0, 0).
 *
 * <p>The floor is the line y = x/2, where C = |x| falls with slope 1 towards the origin; across it the walls
 * rise with slope 4. Away from the two kink lines x = 0 and y = x/2, with v = y - x/2,
 * <pre>
 *   ∇C = (sign x - 2 sign v, 4 sign v),   H = 0.
 * </pre>
 * <b>Convention at the kinks:</b> sign(0) = 0, so on a kink line the gradient is the subgradient that
 * drops that term (for instance ∇C(0, 0) = (0, 0), ∇C(2, 1) = (1, 0), ∇C(0, 1) = (-2, 4)), and the
 * Hessian is 0 everywhere (the kinks' curvature is a line mass that no finite matrix represents).
 *
 * <p>The lesson: the gradient never shrinks near the minimum, so GD with a constant α keeps stepping about
 * 5α across the floor and chatters for ever; a decaying α (for example α/(1 + Kt)) lets it settle.
 */
public final class Valley implements Surface {

    public static final String ID = "valley";

    private static final SurfaceDescription DESCRIPTION = new SurfaceDescription(
            ID, "Non-smooth valley", "|x| + 4|y - x/2|", new ViewRect(-3, 3, -2, 2),
            List.of(Known.globalMin(0, 0, 0)),
            new Vec2(2.7, -1.3), 0.1, false,
            "A V-shaped valley whose walls keep their slope to the very bottom: constant-α GD zig-zags across"
                    + " the floor and chatters around the minimum; a decaying α settles. Kinks use sign(0) = 0.");

    @Override
    public double value(double x, double y) {
        return Math.abs(x) + 4 * Math.abs(y - 0.5 * x);
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double sx = Math.signum(x);
        double sv = Math.signum(y - 0.5 * x);
        return new Vec2(sx - 2 * sv, 4 * sv);
    }

    @Override
    public Sym2 hessian(double x, double y) {
        return Sym2.ZERO;
    }

    @Override
    public SurfaceDescription description() {
        return DESCRIPTION;
    }
}
