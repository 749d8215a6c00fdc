package org.gdlab.core.surface.builtin;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * Ackley's function C(x, y) = -20exp(-0.2r) - exp(E) + e + 20 with r = √(0.5(x² + y²)) and
 * E = 0.5(cos2πx + cos2πy); minimum 0 at (0, 0), surrounded by a grid of local minima.
 *
 * <p>With uₓ = x/r, u_y = y/r (so uₓ² + u_y² = 2) the cone term T₁ = -20exp(-0.2r) has
 * <pre>
 *   ∇T₁ = 2exp(-0.2r)·(uₓ, u_y)
 *   ∇²T₁ = exp(-0.2r)·[[u_y²/r - 0.2uₓ², -(0.2 + 1/r)uₓu_y], [-(0.2 + 1/r)uₓu_y, uₓ²/r - 0.2u_y²]]
 * </pre>
 * and the cosine term T₂ = -exp(E) has ∇T₂ = π exp(E)·(sin2πx, sin2πy) and
 * ∇²T₂ = π² exp(E)·[[2cos2πx - sin²2πx, -sin2πx sin2πy], [-sin2πx sin2πy, 2cos2πy - sin²2πy]].
 *
 * <p><b>Convention at the origin.</b> T₁ is a cone there: not differentiable, with a gradient of length
 * 2√2 from every side and a Hessian that grows like 1/r. At exactly (0, 0) the gradient is taken as 0 (the
 * smallest subgradient; ∇T₂ vanishes there too), and for r &lt; 10⁻³⁰⁰ (where 1/r would overflow) the cone's
 * Hessian is omitted, leaving ∇²T₂(0, 0) = 2π²e·I ≈ 53.66·I. Every input gives finite numbers.
 */
public final class Ackley implements Surface {

    public static final String ID = "ackley";

    /** Below this r the cone's Hessian (~1/r) is omitted. */
    static final double R_MIN = 1e-300;

    private static final double TWO_PI = 2 * Math.PI;
    private static final double INV_SQRT2 = Math.sqrt(0.5);

    private static final SurfaceDescription DESCRIPTION = new SurfaceDescription(
            ID, "Ackley", "-20exp(-0.2√(0.5(x²+y²))) - exp(0.5(cos2πx + cos2πy)) + e + 20", ViewRect.square(5),
            List.of(Known.globalMin(0, 0, 0)),
            new Vec2(3.3, -2.6), 0.01, false,
            "A funnel covered in ripples: GD stops in the nearest ripple's minimum. The origin is a cone tip"
                    + " (not differentiable): there the gradient is taken as 0 and the Hessian as 2π²e·I.");

    private static double radius(double x, double y) {
        return Math.hypot(x, y) * INV_SQRT2;
    }

    @Override
    public double value(double x, double y) {
        double r = radius(x, y);
        double e = 0.5 * (Math.cos(TWO_PI * x) + Math.cos(TWO_PI * y));
        return -20 * Math.exp(-0.2 * r) - Math.exp(e) + Math.E + 20;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double r = radius(x, y);
        double ee = Math.exp(0.5 * (Math.cos(TWO_PI * x) + Math.cos(TWO_PI * y)));
        double gx = Math.PI * ee * Math.sin(TWO_PI * x);
        double gy = Math.PI * ee * Math.sin(TWO_PI * y);
        if (r > 0) {
            double k = 2 * Math.exp(-0.2 * r);
            gx += k * (x / r);
            gy += k * (y / r);
        }
        return new Vec2(gx, gy);
    }

    @Override
    public Sym2 hessian(double x, double y) {
        double sx = Math.sin(TWO_PI * x);
        double sy = Math.sin(TWO_PI * y);
        double cx = Math.cos(TWO_PI * x);
        double cy = Math.cos(TWO_PI * y);
        double k2 = Math.PI * Math.PI * Math.exp(0.5 * (cx + cy));
        double hxx = k2 * (2 * cx - sx * sx);
        double hxy = -k2 * sx * sy;
        double hyy = k2 * (2 * cy - sy * sy);
        double r = radius(x, y);
        if (r >= R_MIN) {
            double ux = x / r;
            double uy = y / r;
            double k1 = Math.exp(-0.2 * r);
            hxx += k1 * (uy * uy / r - 0.2 * ux * ux);
            hxy -= k1 * (0.2 + 1 / r) * ux * uy;
            hyy += k1 * (ux * ux / r - 0.2 * uy * uy);
        }
        return new Sym2(hxx, hxy, hyy);
    }

    @Override
    public SurfaceDescription description() {
        return DESCRIPTION;
    }
}
