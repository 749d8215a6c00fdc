package org.gdlab.core.surface.builtin;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * The cliff: a gentle bowl with a plateau on the left that ends in a steep, smooth drop.
 * <pre>
 *   C(x, y) = 0.1(x - 2)² + 0.5y² + R(x),   R(x) = mδ[sp(-x/δ) - sp(-(x + W)/δ)],   sp(t) = ln(1 + eᵗ)
 * </pre>
 * with slope m = 200, face width W = 1 and edge rounding δ = 0.01. R is a smoothed ramp: ≈ 0 for x &gt; 0,
 * ≈ -m·x on the cliff face -1 &lt; x &lt; 0, ≈ mW = 200 on the plateau x &lt; -1. Everything is C∞ and
 * C ≥ 0 (bounded below). With σ(t) = 1/(1 + e⁻ᵗ) and σ' = σ(1 - σ):
 * <pre>
 *   R'(x)  = m[σ(-(x + W)/δ) - σ(-x/δ)]
 *   R''(x) = (m/δ)[σ'(-x/δ) - σ'(-(x + W)/δ)]
 *   ∇C = (0.2(x - 2) + R'(x), y),   H = diag(0.2 + R''(x), 1)
 * </pre>
 * Minimum: (2, 0), value R(2) ≈ 2e^-200 ≈ 3e-87 (the ramp's tail moves it by less than 1e-80).
 *
 * <p>The lesson: on the plateau the gradient is about 0.2|x - 2| ≤ 1.2, but on the face it is about m = 200,
 * so one plain GD step with the suggested α = 0.1 jumps about 20, more than twice the whole view (8 wide);
 * from the suggested start the point lands near x = 19 and needs about 500 steps to walk back. Clipping the
 * gradient's norm to 1 limits every step to α and the point walks down the face. (From a start elsewhere on
 * the plateau the last plateau step may land just short of the edge, in the ramp's tail, and then only jump
 * across the face, 1 to 8 units; about 70% of plateau starts are thrown farther than the view is wide.)
 */
public final class Cliff implements Surface {

    public static final String ID = "cliff";

    /** m: the slope of the cliff face. */
    public static final double SLOPE = 200;
    /** W: the width of the cliff face in x (from -W to 0). */
    public static final double FACE_WIDTH = 1;
    /** δ: how sharply the face's top and bottom edges are rounded. */
    public static final double EDGE = 0.01;

    private static final SurfaceDescription DESCRIPTION = new SurfaceDescription(
            ID, "Cliff",
            "0.1(x-2)² + 0.5y² + 2[sp(-100x) - sp(-100(x+1))], sp(t) = ln(1+eᵗ)",
            new ViewRect(-4, 4, -2, 2),
            List.of(Known.globalMin(2, 0, 0)),
            new Vec2(-3.5, 1.5), 0.1, true,
            "A plateau ends in a cliff of slope 200 (x from -1 to 0): a step on the face is about 200α long and"
                    + " throws the point far out of the view; clip the gradient norm to 1 to walk down instead.");

    @Override
    public double value(double x, double y) {
        double d = x - 2;
        return 0.1 * d * d + 0.5 * y * y + ramp(x);
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double rp = SLOPE * (sigmoid(-(x + FACE_WIDTH) / EDGE) - sigmoid(-x / EDGE));
        return new Vec2(0.2 * (x - 2) + rp, y);
    }

    @Override
    public Sym2 hessian(double x, double y) {
        double rpp = SLOPE / EDGE * (sigmoidSlope(-x / EDGE) - sigmoidSlope(-(x + FACE_WIDTH) / EDGE));
        return new Sym2(0.2 + rpp, 0, 1);
    }

    @Override
    public SurfaceDescription description() {
        return DESCRIPTION;
    }

    /** R(x) = mδ[sp(a) - sp(b)], a = -x/δ, b = a - W/δ, computed without cancelling large terms. */
    static double ramp(double x) {
        double a = -x / EDGE;
        double b = -(x + FACE_WIDTH) / EDGE;
        double diff;
        if (b > 0) {
            // sp(t) = t + ln(1 + e^-t) for t > 0, so sp(a) - sp(b) = (a - b) + ln(1 + e^-a) - ln(1 + e^-b)
            diff = FACE_WIDTH / EDGE + Math.log1p(Math.exp(-a)) - Math.log1p(Math.exp(-b));
        } else {
            diff = softplus(a) - softplus(b);
        }
        return SLOPE * EDGE * diff;
    }

    private static double softplus(double t) {
        return t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
    }

    private static double sigmoid(double t) {
        if (t >= 0) {
            return 1 / (1 + Math.exp(-t));
        }
        double e = Math.exp(t);
        return e / (1 + e);
    }

    /** σ'(t) = σ(t)(1 - σ(t)) = e^-|t| / (1 + e^-|t|)². */
    private static double sigmoidSlope(double t) {
        double e = Math.exp(-Math.abs(t));
        return e / ((1 + e) * (1 + e));
    }
}
