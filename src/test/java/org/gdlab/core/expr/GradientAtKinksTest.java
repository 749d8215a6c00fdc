package org.gdlab.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.SurfaceCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A gradient component that comes out 0/0 (or another indeterminate form) where C is finite is 0, the
 * convention at a kink; one that is undefined for another reason stays NaN, an infinite one stays infinite,
 * and where C itself is not finite there is no gradient. The expected values are worked by hand.
 */
class GradientAtKinksTest {

    private static final String ACKLEY =
            "-20exp(-0.2sqrt(0.5(x^2 + y^2))) - exp(0.5(cos(2pi x) + cos(2pi y))) + e + 20";

    @Test
    void theConeHasGradientZeroAtItsTip() {
        // C = √(x² + y²): ∇C = (x, y)/C, 0/0 at the tip, where the one-sided slopes along x are ±1
        FormulaSurface s = FormulaSurface.parse("sqrt(x^2 + y^2)");
        assertGradient(0, 0, s.gradient(0, 0), "at the tip");
        assertGradient(0.6, 0.8, s.gradient(3, 4), "at (3, 4): (3, 4)/5");
    }

    @Test
    void ackleyTypedAsAFormulaHasGradientZeroAtItsMinimumAsTheBuiltInHas() {
        // the first term's slope is 2·e^(−0.2r)·x/r with r = √(0.5(x² + y²)): 0/0 at the origin; the second
        // term's is π·e^(…)·sin(2πx) = 0 there
        FormulaSurface s = FormulaSurface.parse(ACKLEY);
        assertGradient(0, 0, s.gradient(0, 0), "formula at (0, 0)");
        assertGradient(0, 0, SurfaceCatalog.create("ackley").gradient(0, 0), "built-in at (0, 0)");
        assertTrue(Math.abs(s.value(0, 0)) < 1e-14, "C(0, 0) = −20 − e + e + 20 = 0 up to rounding");
    }

    @Test
    void ackleyTypedAsAFormulaAndStartedAtItsMinimumStaysThere() {
        FormulaSurface s = FormulaSurface.parse(ACKLEY);
        Vec2 w = new Vec2(0, 0);
        for (int step = 0; step < 3; step++) {
            w = w.minus(s.gradient(w).times(0.01));
        }
        assertEquals(new Vec2(0, 0), w);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqrt(x^2+y^2)^2", "hypot(x,y)^2"})
    void gradientDescentFromOneOneWithRateOneHalfReachesTheMinimumWithGradientZero(String formula) {
        // C = x² + y²: w1 = (1, 1) − 0.5·(2, 2) = (0, 0), where ∇C = (0, 0) and C = 0
        FormulaSurface s = FormulaSurface.parse(formula);
        Vec2 w0 = new Vec2(1, 1);
        Vec2 g0 = s.gradient(w0);
        assertGradient(2, 2, g0, "at (1, 1)");
        Vec2 w1 = w0.minus(g0.times(0.5));
        assertEquals(0, w1.x(), 0);
        assertEquals(0, w1.y(), 0);
        assertGradient(0, 0, s.gradient(w1), "at (0, 0)");
        assertEquals(0, s.value(w1), 0);
    }

    @Test
    void aSlopeUndefinedBecauseAFunctionLeavesItsDomainStaysNaN() {
        // C = x^y at (−2, 2) is 4; ∂C/∂x = y·x^(y−1) = −4; ∂C/∂y = C·ln x has no value for x < 0
        FormulaSurface s = FormulaSurface.parse("x^y");
        assertEquals(4, s.value(-2, 2), 0);
        Vec2 g = s.gradient(-2, 2);
        assertEquals(-4, g.x(), 0);
        assertTrue(Double.isNaN(g.y()), "d/dy = 4 ln(-2)");
    }

    @Test
    void anInfiniteSlopeStaysInfinite() {
        // C = √x at 0: the slope 1/(2√x) is +∞
        Vec2 g = FormulaSurface.parse("sqrt(x)").gradient(0, 0);
        assertEquals(Double.POSITIVE_INFINITY, g.x());
    }

    @Test
    void thereIsNoGradientWhereTheFormulaIsNotFinite() {
        FormulaSurface pole = FormulaSurface.parse("1/x + y");
        assertEquals(Double.POSITIVE_INFINITY, pole.value(0, 1));
        assertTrue(Double.isNaN(pole.gradient(0, 1).x()) && Double.isNaN(pole.gradient(0, 1).y()));
        FormulaSurface log = FormulaSurface.parse("log(x) + y");
        assertTrue(Double.isNaN(log.gradient(-1, 0).x()) && Double.isNaN(log.gradient(-1, 0).y()));
    }

    @Test
    void batchesFollowTheSameRulesAsOnePoint() {
        FormulaSurface s = FormulaSurface.parse("sqrt(x^2 + y^2) + 1/(x - 2) + x^y");
        double[] xs = {0, 1, 2, -2, 0, 3, 0.5};
        double[] ys = {0, 1, 0, 2, 0, 4, -1};
        int n = xs.length;
        double[] v = new double[n];
        double[] gx = new double[n];
        double[] gy = new double[n];
        s.compiled().valuesAndGradients(xs, ys, v, gx, gy, n);
        double[] v2 = new double[n];
        double[] gx2 = new double[n];
        double[] gy2 = new double[n];
        s.compiled().valuesAndGradients(xs, ys, v2, gx2, gy2, n, s.compiled().newWorkspace());
        double[] one = new double[3];
        for (int i = 0; i < n; i++) {
            s.compiled().valueAndGradient(xs[i], ys[i], one);
            String at = "at (" + xs[i] + ", " + ys[i] + ")";
            assertEquals(Double.doubleToLongBits(one[1]), Double.doubleToLongBits(gx[i]), "d/dx " + at);
            assertEquals(Double.doubleToLongBits(one[2]), Double.doubleToLongBits(gy[i]), "d/dy " + at);
            assertEquals(Double.doubleToLongBits(one[1]), Double.doubleToLongBits(gx2[i]), "d/dx, workspace, " + at);
            assertEquals(Double.doubleToLongBits(one[2]), Double.doubleToLongBits(gy2[i]), "d/dy, workspace, " + at);
        }
        // at the origin: the cone's tip (0/0 → 0), 1/(x − 2) has slope −1/4, and x^y = 0^0 has
        // ∂/∂x = y·x^(y−1) = 0·0^(−1) = 0·∞, indeterminate → 0, and ∂/∂y = x^y·ln x = 1·(−∞) = −∞
        assertEquals(-0.25, gx[0], 0);
        assertEquals(Double.NEGATIVE_INFINITY, gy[0]);
        // at (2, 0) C is infinite: no gradient
        assertTrue(Double.isNaN(gx[2]) && Double.isNaN(gy[2]));
    }

    private static void assertGradient(double gx, double gy, Vec2 g, String what) {
        assertEquals(gx, g.x(), 0, "d/dx " + what);
        assertEquals(gy, g.y(), 0, "d/dy " + what);
    }
}
