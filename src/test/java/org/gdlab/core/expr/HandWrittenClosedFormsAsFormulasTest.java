package org.gdlab.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.CostFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in surfaces of PRODUCT.md re-typed as formulas agree with hand-written Java closed forms in
 * value, gradient and Hessian at many points of [-5, 5]².
 *
 * <p>Tolerances: value and gradient are the same arithmetic in another order, so they agree to a few
 * ulps of the largest intermediate, bounded by 1e-11·(1 + |C| + |∇C|). Where the Hessian is not written
 * out by hand (Beale, Goldstein-Price, Ackley), it is compared with central differences of the hand-written
 * gradient, step h = 1e-5(1 + |w|): error O(h²·C'''') + O(ε|∇C|/h), below 1e-5·(1 + |H| + |∇C|).
 */
class HandWrittenClosedFormsAsFormulasTest {

    private static final double PI = Math.PI;

    /** Hand-written value, gradient and (optionally) Hessian of a built-in. */
    record Closed(String formula, Value value, Gradient gradient, Hessian hessian) implements CostFunction {
        @Override
        public double value(double x, double y) {
            return value.at(x, y);
        }

        @Override
        public Vec2 gradient(double x, double y) {
            return gradient.at(x, y);
        }

        @Override
        public Sym2 hessian(double x, double y) {
            if (hessian != null) {
                return hessian.at(x, y);
            }
            double hx = 1e-5 * (1 + Math.abs(x));
            double hy = 1e-5 * (1 + Math.abs(y));
            Vec2 gxp = gradient(x + hx, y);
            Vec2 gxm = gradient(x - hx, y);
            Vec2 gyp = gradient(x, y + hy);
            Vec2 gym = gradient(x, y - hy);
            double xy = 0.5 * ((gxp.y() - gxm.y()) / (2 * hx) + (gyp.x() - gym.x()) / (2 * hy));
            return new Sym2((gxp.x() - gxm.x()) / (2 * hx), xy, (gyp.y() - gym.y()) / (2 * hy));
        }

        @Override
        public String toString() {
            return formula;
        }
    }

    interface Value {
        double at(double x, double y);
    }

    interface Gradient {
        Vec2 at(double x, double y);
    }

    interface Hessian {
        Sym2 at(double x, double y);
    }

    static Stream<Arguments> builtIns() {
        return Stream.of(
                named("sphere", new Closed("x^2 + y^2", (x, y) -> x * x + y * y,
                        (x, y) -> new Vec2(2 * x, 2 * y), (x, y) -> new Sym2(2, 0, 2))),
                named("rosenbrock", new Closed("(1-x)^2 + 100(y-x^2)^2",
                        (x, y) -> sq(1 - x) + 100 * sq(y - x * x),
                        (x, y) -> new Vec2(-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)),
                        (x, y) -> new Sym2(2 - 400 * y + 1200 * x * x, -400 * x, 200))),
                named("banana", new Closed("(1-x)^2 + 20(3y-x^2)^2",
                        (x, y) -> sq(1 - x) + 20 * sq(3 * y - x * x),
                        (x, y) -> new Vec2(-2 * (1 - x) - 80 * x * (3 * y - x * x), 120 * (3 * y - x * x)),
                        (x, y) -> new Sym2(2 - 240 * y + 240 * x * x, -240 * x, 360))),
                named("himmelblau", new Closed("(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
                        (x, y) -> sq(x * x + y - 11) + sq(x + y * y - 7),
                        (x, y) -> new Vec2(4 * x * (x * x + y - 11) + 2 * (x + y * y - 7),
                                2 * (x * x + y - 11) + 4 * y * (x + y * y - 7)),
                        (x, y) -> new Sym2(12 * x * x + 4 * y - 42, 4 * x + 4 * y, 4 * x + 12 * y * y - 26))),
                named("beale", new Closed("(1.5 - x + x y)^2 + (2.25 - x + x y^2)^2 + (2.625 - x + x y^3)^2",
                        (x, y) -> sq(1.5 - x + x * y) + sq(2.25 - x + x * y * y) + sq(2.625 - x + x * y * y * y),
                        (x, y) -> {
                            double t1 = 1.5 - x + x * y;
                            double t2 = 2.25 - x + x * y * y;
                            double t3 = 2.625 - x + x * y * y * y;
                            return new Vec2(2 * t1 * (y - 1) + 2 * t2 * (y * y - 1) + 2 * t3 * (y * y * y - 1),
                                    2 * t1 * x + 4 * t2 * x * y + 6 * t3 * x * y * y);
                        }, null)),
                named("booth", new Closed("(x + 2y - 7)^2 + (2x + y - 5)^2",
                        (x, y) -> sq(x + 2 * y - 7) + sq(2 * x + y - 5),
                        (x, y) -> new Vec2(10 * x + 8 * y - 34, 8 * x + 10 * y - 38), (x, y) -> new Sym2(10, 8, 10))),
                named("matyas", new Closed("0.26(x^2 + y^2) - 0.48x y",
                        (x, y) -> 0.26 * (x * x + y * y) - 0.48 * x * y,
                        (x, y) -> new Vec2(0.52 * x - 0.48 * y, 0.52 * y - 0.48 * x),
                        (x, y) -> new Sym2(0.52, -0.48, 0.52))),
                named("three-hump camel", new Closed("2x^2 - 1.05x^4 + x^6/6 + x y + y^2",
                        (x, y) -> 2 * x * x - 1.05 * Math.pow(x, 4) + Math.pow(x, 6) / 6 + x * y + y * y,
                        (x, y) -> new Vec2(4 * x - 4.2 * x * x * x + Math.pow(x, 5) + y, x + 2 * y),
                        (x, y) -> new Sym2(4 - 12.6 * x * x + 5 * Math.pow(x, 4), 1, 2))),
                named("six-hump camel", new Closed("(4 - 2.1x^2 + x^4/3)x^2 + x y + (-4 + 4y^2)y^2",
                        (x, y) -> (4 - 2.1 * x * x + Math.pow(x, 4) / 3) * x * x + x * y + (-4 + 4 * y * y) * y * y,
                        (x, y) -> new Vec2(8 * x - 8.4 * x * x * x + 2 * Math.pow(x, 5) + y, x - 8 * y + 16 * y * y * y),
                        (x, y) -> new Sym2(8 - 25.2 * x * x + 10 * Math.pow(x, 4), 1, -8 + 48 * y * y))),
                named("goldstein-price", new Closed("(1 + (x+y+1)^2 (19 - 14x + 3x^2 - 14y + 6x y + 3y^2))"
                        + "(30 + (2x-3y)^2 (18 - 32x + 12x^2 + 48y - 36x y + 27y^2))",
                        HandWrittenClosedFormsAsFormulasTest::goldsteinPrice, HandWrittenClosedFormsAsFormulasTest::goldsteinPriceGradient,
                        null)),
                named("mccormick", new Closed("sin(x + y) + (x - y)^2 - 1.5x + 2.5y + 1",
                        (x, y) -> Math.sin(x + y) + sq(x - y) - 1.5 * x + 2.5 * y + 1,
                        (x, y) -> new Vec2(Math.cos(x + y) + 2 * (x - y) - 1.5, Math.cos(x + y) - 2 * (x - y) + 2.5),
                        (x, y) -> new Sym2(2 - Math.sin(x + y), -2 - Math.sin(x + y), 2 - Math.sin(x + y)))),
                named("rastrigin", new Closed("20 + x^2 - 10cos(2pi x) + y^2 - 10cos(2pi y)",
                        (x, y) -> 20 + x * x - 10 * Math.cos(2 * PI * x) + y * y - 10 * Math.cos(2 * PI * y),
                        (x, y) -> new Vec2(2 * x + 20 * PI * Math.sin(2 * PI * x), 2 * y + 20 * PI * Math.sin(2 * PI * y)),
                        (x, y) -> new Sym2(2 + 40 * PI * PI * Math.cos(2 * PI * x), 0,
                                2 + 40 * PI * PI * Math.cos(2 * PI * y)))),
                named("ackley", new Closed("-20exp(-0.2sqrt(0.5(x^2 + y^2))) - exp(0.5(cos(2pi x) + cos(2pi y))) + e + 20",
                        HandWrittenClosedFormsAsFormulasTest::ackley, HandWrittenClosedFormsAsFormulasTest::ackleyGradient, null)),
                named("styblinski-tang", new Closed("(x^4 - 16x^2 + 5x + y^4 - 16y^2 + 5y)/2",
                        (x, y) -> (Math.pow(x, 4) - 16 * x * x + 5 * x + Math.pow(y, 4) - 16 * y * y + 5 * y) / 2,
                        (x, y) -> new Vec2((4 * x * x * x - 32 * x + 5) / 2, (4 * y * y * y - 32 * y + 5) / 2),
                        (x, y) -> new Sym2((12 * x * x - 32) / 2, 0, (12 * y * y - 32) / 2))),
                named("saddle", new Closed("x^2 - y^2", (x, y) -> x * x - y * y,
                        (x, y) -> new Vec2(2 * x, -2 * y), (x, y) -> new Sym2(2, 0, -2))),
                named("monkey saddle", new Closed("x^3 - 3x y^2", (x, y) -> x * x * x - 3 * x * y * y,
                        (x, y) -> new Vec2(3 * x * x - 3 * y * y, -6 * x * y),
                        (x, y) -> new Sym2(6 * x, -6 * y, -6 * x))));
    }

    private static Arguments named(String name, Closed closed) {
        return Arguments.of(name, closed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void formulaAgreesWithTheHandWrittenSurface(String name, Closed closed) {
        FormulaSurface formula = FormulaSurface.parse(closed.formula());
        SplittableRandom random = new SplittableRandom(name.hashCode());
        for (int i = 0; i < 200; i++) {
            double x = random.nextDouble(-5, 5);
            double y = random.nextDouble(-5, 5);
            double f = closed.value(x, y);
            Vec2 g = closed.gradient(x, y);
            double tol = 1e-11 * (1 + Math.abs(f) + g.norm());
            String at = name + " at (" + x + ", " + y + ")";
            assertEquals(f, formula.value(x, y), tol, "value " + at);
            assertEquals(g.x(), formula.gradient(x, y).x(), tol, "d/dx " + at);
            assertEquals(g.y(), formula.gradient(x, y).y(), tol, "d/dy " + at);
            Sym2 h = closed.hessian(x, y);
            Sym2 hf = formula.hessian(x, y);
            double scale = 1 + Math.abs(h.xx()) + Math.abs(h.xy()) + Math.abs(h.yy()) + g.norm();
            double htol = (closed.hessian() == null ? 1e-5 : 1e-11) * scale;
            assertEquals(h.xx(), hf.xx(), htol, "d2/dx2 " + at);
            assertEquals(h.xy(), hf.xy(), htol, "d2/dxdy " + at);
            assertEquals(h.yy(), hf.yy(), htol, "d2/dy2 " + at);
        }
    }

    private static double sq(double v) {
        return v * v;
    }

    private static double goldsteinPrice(double x, double y) {
        double a = x + y + 1;
        double p = 19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y;
        double b = 2 * x - 3 * y;
        double q = 18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y;
        return (1 + a * a * p) * (30 + b * b * q);
    }

    private static Vec2 goldsteinPriceGradient(double x, double y) {
        double a = x + y + 1;
        double p = 19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y;
        double b = 2 * x - 3 * y;
        double q = 18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y;
        double bigA = 1 + a * a * p;
        double bigB = 30 + b * b * q;
        double dpx = -14 + 6 * x + 6 * y;
        double dAx = 2 * a * p + a * a * dpx;
        double dAy = dAx; // p is symmetric in its derivative: ∂p/∂y = -14 + 6x + 6y = ∂p/∂x
        double dBx = 4 * b * q + b * b * (-32 + 24 * x - 36 * y);
        double dBy = -6 * b * q + b * b * (48 - 36 * x + 54 * y);
        return new Vec2(dAx * bigB + bigA * dBx, dAy * bigB + bigA * dBy);
    }

    private static double ackley(double x, double y) {
        double r = Math.sqrt(0.5 * (x * x + y * y));
        return -20 * Math.exp(-0.2 * r) - Math.exp(0.5 * (Math.cos(2 * PI * x) + Math.cos(2 * PI * y))) + Math.E + 20;
    }

    private static Vec2 ackleyGradient(double x, double y) {
        double r = Math.sqrt(0.5 * (x * x + y * y));
        double a = 2 * Math.exp(-0.2 * r) / r;
        double c = Math.exp(0.5 * (Math.cos(2 * PI * x) + Math.cos(2 * PI * y)));
        return new Vec2(a * x + PI * Math.sin(2 * PI * x) * c, a * y + PI * Math.sin(2 * PI * y) * c);
    }
}
