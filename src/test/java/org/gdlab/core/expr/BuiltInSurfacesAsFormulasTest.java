package org.gdlab.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.core.surface.ViewRect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in of {@link SurfaceCatalog}, re-typed as a formula, agrees with the built-in in value,
 * gradient and Hessian at 300 random points of the built-in's view.
 *
 * <p>Tolerance: both sides compute the same closed form with the operations in another order, so they
 * differ by a few ulps of the largest intermediate term: 1e-10·(1 + |C| + |∇C| + |H|) covers it (the
 * largest intermediates are about 10⁴ times the result, for Goldstein-Price's products near its minimum).
 */
class BuiltInSurfacesAsFormulasTest {

    /** id → the formula a student would type for the built-in with its default parameters. */
    static final Map<String, String> FORMULAS = Map.ofEntries(
            Map.entry("sphere", "x^2 + y^2"),
            Map.entry("quadratic", "0.5(x^2 + 10y^2)"),
            Map.entry("rosenbrock", "(1-x)^2 + 100(y-x^2)^2"),
            Map.entry("banana", "(1-x)^2 + 20(3y-x^2)^2"),
            Map.entry("himmelblau", "(x^2 + y - 11)^2 + (x + y^2 - 7)^2"),
            Map.entry("beale", "(1.5 - x + x y)^2 + (2.25 - x + x y^2)^2 + (2.625 - x + x y^3)^2"),
            Map.entry("booth", "(x + 2y - 7)^2 + (2x + y - 5)^2"),
            Map.entry("matyas", "0.26(x^2 + y^2) - 0.48x y"),
            Map.entry("three-hump-camel", "2x^2 - 1.05x^4 + x^6/6 + x y + y^2"),
            Map.entry("six-hump-camel", "(4 - 2.1x^2 + x^4/3)x^2 + x y + (-4 + 4y^2)y^2"),
            Map.entry("goldstein-price", "(1 + (x+y+1)^2 (19 - 14x + 3x^2 - 14y + 6x y + 3y^2))"
                    + " (30 + (2x-3y)^2 (18 - 32x + 12x^2 + 48y - 36x y + 27y^2))"),
            Map.entry("mccormick", "sin(x + y) + (x - y)^2 - 1.5x + 2.5y + 1"),
            Map.entry("rastrigin", "20 + x^2 - 10cos(2pi x) + y^2 - 10cos(2pi y)"),
            Map.entry("ackley", "-20exp(-0.2sqrt(0.5(x^2 + y^2))) - exp(0.5(cos(2pi x) + cos(2pi y))) + e + 20"),
            Map.entry("styblinski-tang", "(x^4 - 16x^2 + 5x + y^4 - 16y^2 + 5y)/2"),
            Map.entry("saddle", "x^2 - y^2"),
            Map.entry("monkey-saddle", "x^3 - 3x y^2"),
            // softplus ramp R(x) = mδ[sp(-x/δ) - sp(-(x+W)/δ)], m = 200, δ = 0.01, W = 1, typed in the
            // overflow-free form sp(t) = max(t, 0) + ln(1 + exp(-|t|)); the naive ln(1 + exp(t)) gives ∞/∞ = NaN
            // in the Hessian once exp(t)² overflows (x < -3.6)
            Map.entry("cliff", "0.1(x - 2)^2 + 0.5y^2 + 2(max(-x/0.01, 0) + ln(1 + exp(-abs(x/0.01)))"
                    + " - max(-(x + 1)/0.01, 0) - ln(1 + exp(-abs((x + 1)/0.01))))"),
            Map.entry("valley", "abs(x) + 4abs(y - x/2)"));

    static java.util.List<String> ids() {
        return SurfaceCatalog.ids();
    }

    @Test
    void everyBuiltInHasAFormula() {
        for (String id : SurfaceCatalog.ids()) {
            assertTrue(FORMULAS.containsKey(id), "no formula for built-in " + id);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void formulaAgreesWithTheBuiltIn(String id) {
        Surface builtIn = SurfaceCatalog.create(id);
        FormulaSurface formula = FormulaSurface.parse(FORMULAS.get(id));
        ViewRect view = builtIn.description().view();
        SplittableRandom random = new SplittableRandom(id.hashCode());
        for (int i = 0; i < 300; i++) {
            double x = random.nextDouble(view.xMin(), view.xMax());
            double y = random.nextDouble(view.yMin(), view.yMax());
            double f = builtIn.value(x, y);
            Vec2 g = builtIn.gradient(x, y);
            Sym2 h = builtIn.hessian(x, y);
            double scale = 1 + Math.abs(f) + g.norm() + Math.abs(h.xx()) + Math.abs(h.xy()) + Math.abs(h.yy());
            double tol = 1e-10 * scale;
            String at = id + " at (" + x + ", " + y + ")";
            assertEquals(f, formula.value(x, y), tol, "value " + at);
            Vec2 gf = formula.gradient(x, y);
            assertEquals(g.x(), gf.x(), tol, "d/dx " + at);
            assertEquals(g.y(), gf.y(), tol, "d/dy " + at);
            Sym2 hf = formula.hessian(x, y);
            assertEquals(h.xx(), hf.xx(), tol, "d2/dx2 " + at);
            assertEquals(h.xy(), hf.xy(), tol, "d2/dxdy " + at);
            assertEquals(h.yy(), hf.yy(), tol, "d2/dy2 " + at);
        }
    }
}
