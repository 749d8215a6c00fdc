package org.gdlab.core.surface.builtin;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * Rastrigin's function C(x, y) = 20 + x² - 10cos(2πx) + y² - 10cos(2πy), minimum 0 at (0, 0) amid a
 * grid of local minima near the integer points.
 * <pre>
 *   ∇C = (2x + 20π sin(2πx), 2y + 20π sin(2πy))
 *   H  = diag(2 + 40π² cos(2πx), 2 + 40π² cos(2πy))
 * </pre>
 */
public final class Rastrigin implements Surface {

    public static final String ID = "rastrigin";

    private static final double TWO_PI = 2 * Math.PI;

    private static final SurfaceDescription DESCRIPTION = new SurfaceDescription(
            ID, "Rastrigin", "20 + x² - 10cos(2πx) + y² - 10cos(2πy)", ViewRect.square(5.12),
            List.of(Known.globalMin(0, 0, 0)),
            new Vec2(3.2, 2.2), 0.002, false,
            "An egg box of local minima: small-α GD only ever finds the nearest one, because the gradient"
                    + " describes the bump it sits on, not the bowl underneath.");

    @Override
    public double value(double x, double y) {
        return 20 + x * x - 10 * Math.cos(TWO_PI * x) + y * y - 10 * Math.cos(TWO_PI * y);
    }

    @Override
    public Vec2 gradient(double x, double y) {
        return new Vec2(2 * x + 20 * Math.PI * Math.sin(TWO_PI * x), 2 * y + 20 * Math.PI * Math.sin(TWO_PI * y));
    }

    @Override
    public Sym2 hessian(double x, double y) {
        double k = 40 * Math.PI * Math.PI;
        return new Sym2(2 + k * Math.cos(TWO_PI * x), 0, 2 + k * Math.cos(TWO_PI * y));
    }

    @Override
    public SurfaceDescription description() {
        return DESCRIPTION;
    }
}
