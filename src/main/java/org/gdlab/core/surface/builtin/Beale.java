package org.gdlab.core.surface.builtin;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * Beale's function C(x, y) = Σᵢ tᵢ² with t₁ = 1.5 - x + xy, t₂ = 2.25 - x + xy², t₃ = 2.625 - x + xy³;
 * minimum 0 at (3, 0.5).
 * <pre>
 *   ∇tᵢ = (yⁱ - 1, i·x·yⁱ⁻¹),   ∇²tᵢ = [[0, i·yⁱ⁻¹], [i·yⁱ⁻¹, i(i-1)·x·yⁱ⁻²]]
 *   ∇C = 2 Σᵢ tᵢ ∇tᵢ,           H = 2 Σᵢ (∇tᵢ ∇tᵢᵀ + tᵢ ∇²tᵢ)
 * </pre>
 */
public final class Beale implements Surface {

    public static final String ID = "beale";

    private static final double[] C = {1.5, 2.25, 2.625};

    private static final SurfaceDescription DESCRIPTION = new SurfaceDescription(
            ID, "Beale", "(1.5-x+xy)² + (2.25-x+xy²)² + (2.625-x+xy³)²", ViewRect.square(4.5),
            List.of(Known.globalMin(3, 0.5, 0)),
            new Vec2(1, 1.5), 0.01, true,
            "Flat plateaus and sharp ridges: the gradient is tiny in the middle and enormous in the corners,"
                    + " so one learning rate cannot suit the whole picture.");

    @Override
    public double value(double x, double y) {
        double sum = 0;
        double yi = 1;
        for (double c : C) {
            yi *= y;
            double t = c - x + x * yi;
            sum += t * t;
        }
        return sum;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double gx = 0;
        double gy = 0;
        double yPrev = 1; // y^(i-1)
        for (int i = 1; i <= 3; i++) {
            double yi = yPrev * y;
            double t = C[i - 1] - x + x * yi;
            gx += 2 * t * (yi - 1);
            gy += 2 * t * i * x * yPrev;
            yPrev = yi;
        }
        return new Vec2(gx, gy);
    }

    @Override
    public Sym2 hessian(double x, double y) {
        double hxx = 0;
        double hxy = 0;
        double hyy = 0;
        double yPrev2 = 0; // y^(i-2), 0 for i = 1 (its coefficient i(i-1) vanishes anyway)
        double yPrev = 1;  // y^(i-1)
        for (int i = 1; i <= 3; i++) {
            double yi = yPrev * y;
            double t = C[i - 1] - x + x * yi;
            double dx = yi - 1;
            double dy = i * x * yPrev;
            hxx += 2 * dx * dx;
            hxy += 2 * (dx * dy + t * i * yPrev);
            hyy += 2 * (dy * dy + t * i * (i - 1) * x * yPrev2);
            yPrev2 = yPrev;
            yPrev = yi;
        }
        return new Sym2(hxx, hxy, hyy);
    }

    @Override
    public SurfaceDescription description() {
        return DESCRIPTION;
    }
}
