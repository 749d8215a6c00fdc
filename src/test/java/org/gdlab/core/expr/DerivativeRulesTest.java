package org.gdlab.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each differentiation rule against its closed form. Symbolic and closed forms evaluate the same
 * expression up to rounding, so the tolerance is a few ulps of the magnitude: 1e-12 relative.
 */
class DerivativeRulesTest {

    private static final double TOL = 1e-12;

    /** f(x) as a formula, f'(x) and f''(x) in Java, and points inside the domain. */
    static Stream<Arguments> oneVariableRules() {
        return Stream.of(
                rule("sin(x)", Math::cos, x -> -Math.sin(x)),
                rule("cos(x)", x -> -Math.sin(x), x -> -Math.cos(x)),
                rule("tan(x)", x -> 1 / (Math.cos(x) * Math.cos(x)), x -> 2 * Math.tan(x) / (Math.cos(x) * Math.cos(x))),
                rule("asin(x)", x -> 1 / Math.sqrt(1 - x * x), x -> x / Math.pow(1 - x * x, 1.5)),
                rule("acos(x)", x -> -1 / Math.sqrt(1 - x * x), x -> -x / Math.pow(1 - x * x, 1.5)),
                rule("atan(x)", x -> 1 / (1 + x * x), x -> -2 * x / ((1 + x * x) * (1 + x * x))),
                rule("sinh(x)", Math::cosh, Math::sinh),
                rule("cosh(x)", Math::sinh, Math::cosh),
                rule("tanh(x)", x -> 1 - Math.tanh(x) * Math.tanh(x),
                        x -> -2 * Math.tanh(x) * (1 - Math.tanh(x) * Math.tanh(x))),
                rule("exp(x)", Math::exp, Math::exp),
                rule("log(x)", x -> 1 / x, x -> -1 / (x * x)),
                rule("ln(x)", x -> 1 / x, x -> -1 / (x * x)),
                rule("log10(x)", x -> 1 / (x * Math.log(10)), x -> -1 / (x * x * Math.log(10))),
                rule("log2(x)", x -> 1 / (x * Math.log(2)), x -> -1 / (x * x * Math.log(2))),
                rule("sqrt(x)", x -> 0.5 / Math.sqrt(x), x -> -0.25 / Math.pow(x, 1.5)),
                rule("cbrt(x)", x -> 1 / (3 * Math.cbrt(x) * Math.cbrt(x)), x -> -2 / (9 * Math.pow(Math.cbrt(x), 5))),
                rule("x^3", x -> 3 * x * x, x -> 6 * x),
                rule("x^0.5", x -> 0.5 / Math.sqrt(x), x -> -0.25 / Math.pow(x, 1.5)),
                rule("2^x", x -> Math.pow(2, x) * Math.log(2), x -> Math.pow(2, x) * Math.log(2) * Math.log(2)),
                rule("x^x", x -> Math.pow(x, x) * (Math.log(x) + 1),
                        x -> Math.pow(x, x) * ((Math.log(x) + 1) * (Math.log(x) + 1) + 1 / x)),
                rule("pow(x, 3)", x -> 3 * x * x, x -> 6 * x),
                rule("1/x", x -> -1 / (x * x), x -> 2 / (x * x * x)),
                rule("x/(1+x)", x -> 1 / ((1 + x) * (1 + x)), x -> -2 / ((1 + x) * (1 + x) * (1 + x))),
                rule("x*sin(x)", x -> Math.sin(x) + x * Math.cos(x), x -> 2 * Math.cos(x) - x * Math.sin(x)),
                rule("-x^2", x -> -2 * x, x -> -2),
                rule("abs(x)", Math::signum, x -> 0),
                rule("sign(x)", x -> 0, x -> 0),
                rule("floor(x)", x -> 0, x -> 0),
                rule("ceil(x)", x -> 0, x -> 0),
                rule("exp(sin(x))", x -> Math.exp(Math.sin(x)) * Math.cos(x),
                        x -> Math.exp(Math.sin(x)) * (Math.cos(x) * Math.cos(x) - Math.sin(x))));
    }

    private static Arguments rule(String formula, DoubleUnaryOperator d1, DoubleUnaryOperator d2) {
        return Arguments.of(formula, d1, d2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneVariableRules")
    void firstAndSecondDerivativeMatchTheClosedForm(String formula, DoubleUnaryOperator d1, DoubleUnaryOperator d2) {
        FormulaSurface s = FormulaSurface.parse(formula);
        for (double x : new double[] {0.1, 0.37, 0.5, 0.9, 1.3, 2.7}) {
            boolean inUnitInterval = formula.startsWith("asin") || formula.startsWith("acos");
            if (inUnitInterval && x >= 1) {
                continue;
            }
            Vec2 g = s.gradient(x, 0.25);
            Sym2 h = s.hessian(x, 0.25);
            assertClose(d1.applyAsDouble(x), g.x(), formula + " d/dx at " + x);
            assertEquals(0, g.y(), formula + " d/dy");
            assertClose(d2.applyAsDouble(x), h.xx(), formula + " d2/dx2 at " + x);
            assertEquals(0, h.xy(), formula + " d2/dxdy");
            assertEquals(0, h.yy(), formula + " d2/dy2");
        }
    }

    @Test
    void productAndQuotientRulesInTwoVariables() {
        FormulaSurface s = FormulaSurface.parse("x^2 y / (1 + y^2)");
        double x = 0.7;
        double y = -1.3;
        double q = 1 + y * y;
        assertClose(2 * x * y / q, s.gradient(x, y).x(), "d/dx");
        assertClose(x * x * (1 - y * y) / (q * q), s.gradient(x, y).y(), "d/dy");
        assertClose(2 * y / q, s.hessian(x, y).xx(), "d2/dx2");
        assertClose(2 * x * (1 - y * y) / (q * q), s.hessian(x, y).xy(), "d2/dxdy");
        assertClose(x * x * (2 * y * y * y - 6 * y) / (q * q * q), s.hessian(x, y).yy(), "d2/dy2");
    }

    @Test
    void hypotAndAtan2() {
        double x = 0.6;
        double y = -0.8;
        FormulaSurface h = FormulaSurface.parse("hypot(x, y)");
        assertClose(x, h.gradient(x, y).x(), "hypot d/dx");
        assertClose(y, h.gradient(x, y).y(), "hypot d/dy");
        assertClose(y * y, h.hessian(x, y).xx(), "hypot d2/dx2 = y^2/r^3");
        assertClose(-x * y, h.hessian(x, y).xy(), "hypot d2/dxdy");
        FormulaSurface a = FormulaSurface.parse("atan2(y, x)");
        assertClose(-y, a.gradient(x, y).x(), "atan2 d/dx = -y/r^2");
        assertClose(x, a.gradient(x, y).y(), "atan2 d/dy = x/r^2");
        assertClose(2 * x * y, a.hessian(x, y).xx(), "atan2 d2/dx2 = 2xy/r^4");
    }

    @ParameterizedTest(name = "{0} at ({1}, {2}): ({3}, {4})")
    @CsvSource({
        // min/max: the active branch, the mean of both at a tie
        "'min(x, y)', 1, 2, 1, 0",
        "'min(x, y)', 2, 1, 0, 1",
        "'min(x, y)', 1, 1, 0.5, 0.5",
        "'max(x, y)', 1, 2, 0, 1",
        "'max(x, y)', 2, 1, 1, 0",
        "'max(x, y)', 1, 1, 0.5, 0.5",
        "'max(0, x)', 0, 0, 0.5, 0",
        // abs: sign(u), 0 at the kink
        "'abs(x)', 0, 0, 0, 0",
        "'abs(x - y)', 1, 3, -1, 1",
        // jumps: 0
        "'floor(x) + ceil(y) + sign(x y)', 0.5, 0.5, 0, 0",
    })
    void kinksFollowTheDocumentedConvention(String formula, double x, double y, double gx, double gy) {
        Vec2 g = FormulaSurface.parse(formula).gradient(x, y);
        assertEquals(gx, g.x(), 0, "d/dx");
        assertEquals(gy, g.y(), 0, "d/dy");
    }

    @ParameterizedTest(name = "{0}: d/dx = {1}, d/dy = {2}")
    @CsvSource(delimiter = '|', value = {
        "(1-x)^2 + 100(y-x^2)^2 | -2(1 - x) - 400(y - x^2)*x | 200(y - x^2)",
        "x^2 + y^2 | 2x | 2y",
        "3x + 2y + 1 | 3 | 2",
        "x*y | y | x",
        "sin(x)cos(y) | cos(x)*cos(y) | -sin(x)*sin(y)",
        "sqrt(x^2 + y^2) | x/sqrt(x^2 + y^2) | y/sqrt(x^2 + y^2)",
        "exp(-x^2) | -2exp(-x^2)*x | 0",
        "1/x | -1/x^2 | 0",
        "x/y | 1/y | -x/y^2",
        "log(x) | 1/x | 0",
        "x^3 y^2 | 3x^2*y^2 | 2x^3*y",
        "2x + 3x | 5 | 0",
    })
    void derivativeTextIsSimplifiedForStudents(String formula, String dx, String dy) {
        FormulaSurface s = FormulaSurface.parse(formula);
        assertEquals(dx, s.derivativeXText());
        assertEquals(dy, s.derivativeYText());
    }

    @Test
    void undefinedPointsGiveNaNOrInfinityNotExceptions() {
        FormulaSurface s = FormulaSurface.parse("log(x) + sqrt(y) + 1/(x - 1)");
        assertEquals(true, Double.isNaN(s.value(-1, 1)));
        assertEquals(true, Double.isNaN(s.value(2, -1)));
        assertEquals(true, Double.isInfinite(s.value(1, 1)));
        assertEquals(false, s.gradient(-1, -1).isFinite());
        assertEquals(false, s.hessian(1, 1).isFinite());
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, TOL * Math.max(1, Math.abs(expected)), what);
    }
}
