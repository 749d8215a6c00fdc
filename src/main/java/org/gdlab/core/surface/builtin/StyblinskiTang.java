package org.gdlab.core.surface.builtin;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * The Styblinski-Tang function C(x, y) = ½(x⁴ - 16x² + 5x + y⁴ - 16y² + 5y) = f(x) + f(y).
 * <pre>
 *   ∇C = (2x³ - 16x + 2.5, 2y³ - 16y + 2.5)
 *   H  = diag(6x² - 16, 6y² - 16)
 * </pre>
 * f'(t) = 0 has three roots: a ≈ -2.903534 (global minimum of f), b ≈ 2.746803 (local minimum) and
 * c ≈ 0.156731 (local maximum). The nine stationary points of C are all pairs: (a, a) the global minimum,
 * (a, b), (b, a), (b, b) local minima, (c, c) a local maximum, and four saddles (a, c), (c, a), (b, c), (c, b).
 */
public final class StyblinskiTang implements Surface {

    public static final String ID = "styblinski-tang";

    private static final double A = -2.9035340277711771;
    private static final double FA = -39.166165703771415;
    private static final double B = 2.746802770990837;
    private static final double FB = -25.029446655283943;
    private static final double C = 0.1567312567803401;
    private static final double FC = 0.19561235905535807;

    private static final SurfaceDescription DESCRIPTION = new SurfaceDescription(
            ID, "Styblinski-Tang", "½(x⁴ - 16x² + 5x + y⁴ - 16y² + 5y)", ViewRect.square(5),
            List.of(
                    Known.globalMin(A, A, 2 * FA),
                    Known.localMin(A, B, FA + FB),
                    Known.localMin(B, A, FB + FA),
                    Known.localMin(B, B, 2 * FB),
                    Known.max(C, C, 2 * FC),
                    Known.saddle(A, C, FA + FC),
                    Known.saddle(C, A, FC + FA),
                    Known.saddle(B, C, FB + FC),
                    Known.saddle(C, B, FC + FB)),
            new Vec2(0.5, 4.5), 0.01, false,
            "Four basins of different depth: from (0.5, 4.5) GD settles in the shallowest minimum near"
                    + " (2.75, 2.75) although the deepest one lies at (-2.90, -2.90).");

    @Override
    public double value(double x, double y) {
        return f(x) + f(y);
    }

    private static double f(double t) {
        double t2 = t * t;
        return 0.5 * (t2 * t2 - 16 * t2 + 5 * t);
    }

    @Override
    public Vec2 gradient(double x, double y) {
        return new Vec2(2 * x * x * x - 16 * x + 2.5, 2 * y * y * y - 16 * y + 2.5);
    }

    @Override
    public Sym2 hessian(double x, double y) {
        return new Sym2(6 * x * x - 16, 0, 6 * y * y - 16);
    }

    @Override
    public SurfaceDescription description() {
        return DESCRIPTION;
    }
}
