package org.gdlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.builtin.Quadratic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in's analytic gradient against central differences of its value, and its analytic Hessian
 * against central differences of its gradient, at 200 seeded random points of its view.
 *
 * <p>Error budget of a central difference (f(w+h) - f(w-h))/2h: truncation h²|f'''|/6 plus rounding about
 * ε·max|f|/h. With h = 1e-5 (1e-7 on the cliff, whose edges bend on the scale δ = 0.01) the truncation is
 * below 1e-7·max(1, |exact|) for every surface here: the largest third derivatives relative to the first
 * are Rastrigin's (2π)² ≈ 40 and the cliff's (1/δ)² = 10⁴, times h² = 1e-10 resp. 1e-14. The tolerance
 * 1e-6·max(1, |exact|) leaves a factor 10 for that, and 100·ε·max(1, |f(w±h)|)/h covers rounding (the
 * values of Goldstein-Price reach 10⁶ in its view). Ackley is skipped within r &lt; 0.05 of its cone tip,
 * where its derivatives vary like 1/r; the valley within 10⁻³ of its kink lines.
 */
class BuiltinDerivativesTest {

    private static final int POINTS = 200;
    private static final double EPS = Math.ulp(1.0);

    static Stream<Arguments> surfaces() {
        Stream<Arguments> builtins = SurfaceCatalog.ids().stream()
                .map(id -> Arguments.of(id, SurfaceCatalog.create(id)));
        Stream<Arguments> quadratics = Stream.of(
                Arguments.of("quadratic κ=1000 θ=30", new Quadratic(1000, 30)),
                Arguments.of("quadratic κ=1 θ=-45", new Quadratic(1, -45)),
                Arguments.of("quadratic κ=1e6 θ=117", new Quadratic(1e6, 117)));
        return Stream.concat(builtins, quadratics);
    }

    private static double step(String id) {
        return id.equals("cliff") ? 1e-5 * 0.01 : 1e-5;
    }

    /** Points where C is not differentiable, or where its derivatives vary on scales below h. */
    private static boolean nearKink(String id, double x, double y) {
        return switch (id) {
            case "ackley" -> Math.hypot(x, y) < 0.05;
            case "valley" -> Math.abs(x) < 1e-3 || Math.abs(y - 0.5 * x) < 1e-3;
            default -> false;
        };
    }

    private static double tolerance(double exact, double fPlus, double fMinus, double h) {
        double scale = Math.max(1, Math.max(Math.abs(fPlus), Math.abs(fMinus)));
        return 1e-6 * Math.max(1, Math.abs(exact)) + 100 * EPS * scale / h;
    }

    private static void check(String what, double exact, double fPlus, double fMinus, double h, double x, double y) {
        double fd = (fPlus - fMinus) / (2 * h);
        double tol = tolerance(exact, fPlus, fMinus, h);
        assertTrue(Math.abs(exact - fd) <= tol,
                () -> what + " at (" + x + ", " + y + "): analytic " + exact + ", central difference " + fd
                        + ", tolerance " + tol);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void gradientMatchesCentralDifferencesOfValue(String id, Surface s) {
        SplittableRandom rng = new SplittableRandom(20240611L + id.hashCode());
        ViewRect v = s.description().view();
        double h = step(id);
        int checked = 0;
        while (checked < POINTS) {
            double x = rng.nextDouble(v.xMin(), v.xMax());
            double y = rng.nextDouble(v.yMin(), v.yMax());
            if (nearKink(id, x, y)) {
                continue;
            }
            Vec2 g = s.gradient(x, y);
            check(id + " ∂C/∂x", g.x(), s.value(x + h, y), s.value(x - h, y), h, x, y);
            check(id + " ∂C/∂y", g.y(), s.value(x, y + h), s.value(x, y - h), h, x, y);
            checked++;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void hessianMatchesCentralDifferencesOfGradient(String id, Surface s) {
        SplittableRandom rng = new SplittableRandom(987654321L + id.hashCode());
        ViewRect v = s.description().view();
        double h = step(id);
        int checked = 0;
        while (checked < POINTS) {
            double x = rng.nextDouble(v.xMin(), v.xMax());
            double y = rng.nextDouble(v.yMin(), v.yMax());
            if (nearKink(id, x, y)) {
                continue;
            }
            Sym2 hs = s.hessian(x, y);
            Vec2 gxp = s.gradient(x + h, y);
            Vec2 gxm = s.gradient(x - h, y);
            Vec2 gyp = s.gradient(x, y + h);
            Vec2 gym = s.gradient(x, y - h);
            check(id + " ∂²C/∂x²", hs.xx(), gxp.x(), gxm.x(), h, x, y);
            check(id + " ∂²C/∂x∂y (from ∂C/∂y)", hs.xy(), gxp.y(), gxm.y(), h, x, y);
            check(id + " ∂²C/∂y∂x (from ∂C/∂x)", hs.xy(), gyp.x(), gym.x(), h, x, y);
            check(id + " ∂²C/∂y²", hs.yy(), gyp.y(), gym.y(), h, x, y);
            checked++;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void valueGradientAndHessianAreFiniteEverywhereInTheViewIncludingKinks(String id, Surface s) {
        SplittableRandom rng = new SplittableRandom(42L + id.hashCode());
        ViewRect v = s.description().view();
        for (int i = 0; i < POINTS; i++) {
            double x = rng.nextDouble(v.xMin(), v.xMax());
            double y = rng.nextDouble(v.yMin(), v.yMax());
            assertFinite(s, id, x, y);
        }
        assertFinite(s, id, 0, 0);
        assertFinite(s, id, 1e-310, -1e-310);
        assertFinite(s, id, v.centerX(), v.centerY());
        for (StationaryPoint p : s.description().knownPoints()) {
            assertFinite(s, id, p.at().x(), p.at().y());
        }
    }

    private static void assertFinite(Surface s, String id, double x, double y) {
        assertTrue(Double.isFinite(s.value(x, y)), () -> id + " value at (" + x + ", " + y + ")");
        assertTrue(s.gradient(x, y).isFinite(), () -> id + " gradient at (" + x + ", " + y + ")");
        assertTrue(s.hessian(x, y).isFinite(), () -> id + " Hessian at (" + x + ", " + y + ")");
    }
}
