package org.gdlab.core.surface.builtin;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * The Goldstein-Price function C = A·B, minimum 3 at (0, -1), local minima 30 at (-0.6, -0.4),
 * 84 at (1.8, 0.2) and 840 at (1.2, 0.8), where
 * <pre>
 *   A = 1 + p²q,   p = x + y + 1,   q = 19 - 14x + 3x² - 14y + 6xy + 3y²
 *   B = 30 + r²s,  r = 2x - 3y,     s = 18 - 32x + 12x² + 48y - 36xy + 27y²
 * </pre>
 * Derivatives by the product rule: with ∂p = (1, 1), ∂q = (6x + 6y - 14, 6x + 6y - 14), ∂²q = [[6, 6], [6, 6]],
 * ∂r = (2, -3), ∂s = (24x - 36y - 32, -36x + 54y + 48), ∂²s = [[24, -36], [-36, 54]]:
 * <pre>
 *   Aᵢ  = 2p·pᵢ·q + p²qᵢ,        Aᵢⱼ = 2pᵢpⱼq + 2p(pᵢqⱼ + pⱼqᵢ) + p²qᵢⱼ     (and the same for B with r, s)
 *   Cᵢ  = AᵢB + ABᵢ,             Cᵢⱼ = AᵢⱼB + AᵢBⱼ + AⱼBᵢ + ABᵢⱼ
 * </pre>
 */
public final class GoldsteinPrice implements Surface {

    public static final String ID = "goldstein-price";

    private static final SurfaceDescription DESCRIPTION = new SurfaceDescription(
            ID, "Goldstein-Price",
            "[1+(x+y+1)²(19-14x+3x²-14y+6xy+3y²)]·[30+(2x-3y)²(18-32x+12x²+48y-36xy+27y²)]",
            ViewRect.square(2),
            List.of(
                    Known.globalMin(0, -1, 3),
                    Known.localMin(-0.6, -0.4, 30),
                    Known.localMin(1.8, 0.2, 84),
                    Known.localMin(1.2, 0.8, 840)),
            new Vec2(0.5, 0.5), 2e-5, true,
            "Values span six orders of magnitude, so α must be tiny (about 1e-5) for the steep walls; from"
                    + " (0.5, 0.5) GD stops in the local minimum 30 at (-0.6, -0.4), beside the global 3 at (0, -1).");

    /**
     * F = a²b (a linear, b quadratic) with its first and second derivatives: A = 1 + F(p, q), B = 30 + F(r, s).
     */
    private record Factor(double v, double fx, double fy, double fxx, double fxy, double fyy) {

        static Factor of(double a, double ax, double ay, double b, double bx, double by,
                         double bxx, double bxy, double byy) {
            return new Factor(
                    a * a * b,
                    2 * a * ax * b + a * a * bx,
                    2 * a * ay * b + a * a * by,
                    2 * ax * ax * b + 4 * a * ax * bx + a * a * bxx,
                    2 * ax * ay * b + 2 * a * (ax * by + ay * bx) + a * a * bxy,
                    2 * ay * ay * b + 4 * a * ay * by + a * a * byy);
        }
    }

    private static Factor a(double x, double y) {
        double p = x + y + 1;
        double q = 19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y;
        double qi = 6 * x + 6 * y - 14;
        return Factor.of(p, 1, 1, q, qi, qi, 6, 6, 6);
    }

    private static Factor b(double x, double y) {
        double r = 2 * x - 3 * y;
        double s = 18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y;
        return Factor.of(r, 2, -3, s, 24 * x - 36 * y - 32, -36 * x + 54 * y + 48, 24, -36, 54);
    }

    @Override
    public double value(double x, double y) {
        return (1 + a(x, y).v()) * (30 + b(x, y).v());
    }

    @Override
    public Vec2 gradient(double x, double y) {
        Factor fa = a(x, y);
        Factor fb = b(x, y);
        double av = 1 + fa.v();
        double bv = 30 + fb.v();
        return new Vec2(fa.fx() * bv + av * fb.fx(), fa.fy() * bv + av * fb.fy());
    }

    @Override
    public Sym2 hessian(double x, double y) {
        Factor fa = a(x, y);
        Factor fb = b(x, y);
        double av = 1 + fa.v();
        double bv = 30 + fb.v();
        return new Sym2(
                fa.fxx() * bv + 2 * fa.fx() * fb.fx() + av * fb.fxx(),
                fa.fxy() * bv + fa.fx() * fb.fy() + fa.fy() * fb.fx() + av * fb.fxy(),
                fa.fyy() * bv + 2 * fa.fy() * fb.fy() + av * fb.fyy());
    }

    @Override
    public SurfaceDescription description() {
        return DESCRIPTION;
    }
}
