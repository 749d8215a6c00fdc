package org.gdlab.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simplifier's powers of √, |·| and hypot, and its cancellations, make derivatives smooth where C is
 * smooth without ever giving a derivative where C has no value.
 *
 * <p>Tolerances: 2x, x·y and the like are exact in floating point (a product by 2, one rounding compared
 * with the same rounding), so those comparisons use 0; a sum of two or three rounded terms is within a few
 * ulps, so 1e-14 relative.
 */
class SimplificationKeepsTheDomainTest {

    private static final double[] GRID = {-2.5, -1, -0.3, 0, 0.7, 1, 3};

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqrt(x^2+y^2)^2", "hypot(x,y)^2", "pow(hypot(x, y), 2)", "abs(x)^2 + abs(y)^2"})
    void squaresOfTheDistanceDifferentiateLikeTheSumOfSquares(String formula) {
        // C = x² + y² wherever it is defined, and it is defined everywhere: ∇C = (2x, 2y), H = 2I
        FormulaSurface s = FormulaSurface.parse(formula);
        assertEquals("2x", s.derivativeXText());
        assertEquals("2y", s.derivativeYText());
        for (double x : GRID) {
            for (double y : GRID) {
                Vec2 g = s.gradient(x, y);
                assertEquals(2 * x, g.x(), 0, formula + " d/dx at " + x + ", " + y);
                assertEquals(2 * y, g.y(), 0, formula + " d/dy at " + x + ", " + y);
                Sym2 h = s.hessian(x, y);
                assertEquals(2, h.xx(), 0, formula + " d2/dx2 at " + x + ", " + y);
                assertEquals(0, h.xy(), 0, formula + " d2/dxdy at " + x + ", " + y);
                assertEquals(2, h.yy(), 0, formula + " d2/dy2 at " + x + ", " + y);
            }
        }
    }

    @Test
    void evenPowersOfHypotAndAbsAreExpanded() {
        // hypot(x, y)^4 = (x² + y²)²: ∂/∂x = 4x(x² + y²); |y|^4 = y^4: ∂/∂y = 4y³
        FormulaSurface s = FormulaSurface.parse("hypot(x, y)^4 + abs(y)^4");
        for (double x : GRID) {
            for (double y : GRID) {
                double r2 = x * x + y * y;
                Vec2 g = s.gradient(x, y);
                assertClose(4 * x * r2, g.x(), "d/dx at " + x + ", " + y);
                assertClose(4 * y * r2 + 4 * y * y * y, g.y(), "d/dy at " + x + ", " + y);
            }
        }
        assertEquals("4(x^2 + y^2)*x", FormulaSurface.parse("hypot(x, y)^4").derivativeXText());
    }

    @Test
    void theSquaredRootOfSomethingNonNegativeIsThatThing() {
        assertEquals("x", FormulaSurface.parse("sqrt(0.5(x^2 + y^2))^2").derivativeXText());
        assertEquals("exp(x)", FormulaSurface.parse("sqrt(exp(x))^2").derivativeXText());
        assertEquals("2x", FormulaSurface.parse("sqrt(x^2 + 1)^2").derivativeXText());
    }

    @Test
    void theSquaredRootOfSomethingThatMayBeNegativeStaysUndefinedWhereTheRootIs() {
        // √x² = x only for x ≥ 0: for x < 0 neither C nor its derivative may have a value
        FormulaSurface s = FormulaSurface.parse("sqrt(x)^2");
        assertEquals("sqrt(x)/sqrt(x)", s.derivativeXText());
        assertTrue(Double.isNaN(s.value(-1, 0)));
        assertTrue(Double.isNaN(Evaluate.at(s.derivativeX(), -1, 0)), "the derivative formula at x = -1");
        assertTrue(Double.isNaN(s.gradient(-1, 0).x()));
        assertTrue(Double.isNaN(s.gradient(-1, 0).y()));
        assertGradient(1, 0, s.gradient(4, 0), "at x = 4: √4/√4 = 2/2 = 1 exactly");
        FormulaSurface t = FormulaSurface.parse("sqrt(x - y)^2");
        assertTrue(Double.isNaN(Evaluate.at(t.derivativeY(), 0, 1)), "the derivative formula at x < y");
    }

    @Test
    void aFactorIsCancelledWhereTheFormulaIsUndefinedAtItsZerosAnyway() {
        // x·y/x = y except at x = 0, where C = 0/0 has no value: the gradient has none there either
        FormulaSurface s = FormulaSurface.parse("x*y/x");
        assertEquals("0", s.derivativeXText());
        assertEquals("1", s.derivativeYText());
        assertTrue(Double.isNaN(s.value(0, 0.5)));
        assertTrue(Double.isNaN(s.gradient(0, 0.5).x()), "d/dx at x = 0");
        assertTrue(Double.isNaN(s.gradient(0, 0.5).y()), "d/dy at x = 0");
        assertGradient(0, 1, s.gradient(2, 0.5), "at (2, 0.5)");
        // x³/x = x² except at x = 0; x·ln x is undefined at x = 0, so its derivative ln x + x/x is ln x + 1
        FormulaSurface cube = FormulaSurface.parse("x^3/x");
        assertEquals("2x", cube.derivativeXText());
        assertTrue(Double.isNaN(cube.gradient(0, 1).x()));
        assertEquals("log(x) + 1", FormulaSurface.parse("x*log(x)").derivativeXText());
    }

    @Test
    void aFactorThatIsNeverZeroIsCancelled() {
        // x² + 1 ≥ 1: (x² + 1)·y/(x² + 1) = y everywhere
        FormulaSurface s = FormulaSurface.parse("(x^2 + 1)*y/(x^2 + 1)");
        assertEquals("0", s.derivativeXText());
        assertEquals("1", s.derivativeYText());
        assertGradient(0, 1, s.gradient(0, 3), "at (0, 3)");
    }

    @Test
    void aFactorThatMayBeZeroWhereTheFormulaIsDefinedIsNotCancelled() {
        // C = √x³ is defined at x = 0, where √x = 0: √x²/√x must not become √x there
        FormulaSurface s = FormulaSurface.parse("sqrt(x)^3");
        assertTrue(s.derivativeXText().endsWith("/sqrt(x)"), s.derivativeXText());
        assertClose(1.5 * 2, s.gradient(4, 0).x(), "d/dx at x = 4: 1.5·√4");
    }

    @Test
    void theGradientIsNeverDefinedWhereTheFormulaIsNot() {
        RandomFormulas gen = new RandomFormulas(61L, false);
        SplittableRandom points = new SplittableRandom(62L);
        double[] special = {0, 1, -1, 0.5, -2};
        int undefined = 0;
        for (int i = 0; i < 3000; i++) {
            FormulaSurface s = FormulaSurface.parse(Printer.print(gen.next(4)));
            for (int k = 0; k < 4; k++) {
                double x = k < 2 ? special[points.nextInt(special.length)] : points.nextDouble(-3, 3);
                double y = k % 2 == 0 ? special[points.nextInt(special.length)] : points.nextDouble(-3, 3);
                if (Double.isFinite(s.value(x, y))) {
                    continue;
                }
                undefined++;
                Vec2 g = s.gradient(x, y);
                assertTrue(Double.isNaN(g.x()) && Double.isNaN(g.y()), s.text() + " at (" + x + ", " + y + "): " + g);
                double[] out = new double[3];
                s.compiled().valueAndGradient(x, y, out);
                assertTrue(Double.isNaN(out[1]) && Double.isNaN(out[2]), s.text());
            }
        }
        assertFalse(undefined < 500, "only " + undefined + " undefined points were tried");
    }

    private static void assertGradient(double gx, double gy, Vec2 g, String what) {
        assertEquals(gx, g.x(), 0, "d/dx " + what);
        assertEquals(gy, g.y(), 0, "d/dy " + what);
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-14 * Math.max(1, Math.abs(expected)), what);
    }
}
