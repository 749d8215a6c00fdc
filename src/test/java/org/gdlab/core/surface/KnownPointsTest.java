package org.gdlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The known points each built-in lists: stationary (∇C ≈ 0), with the listed value, of the listed kind, and
 * agreeing with the minima of issue 2's table.
 *
 * <p>Tolerances: the listed coordinates are the exact roots rounded to double, i.e. off by about
 * ε·|w| ≤ 1e-15, which moves ∇C by ‖H‖·1e-15; evaluating ∇C rounds its terms, about ε·(sum of |terms|).
 * 1e-10·(1 + max|Hᵢⱼ|) bounds both with a wide margin. Values: 1e-12·(1 + |C|).
 */
class KnownPointsTest {

    static Stream<String> ids() {
        return SurfaceCatalog.ids().stream();
    }

    private static double maxEntry(Sym2 h) {
        return Math.max(Math.abs(h.xx()), Math.max(Math.abs(h.xy()), Math.abs(h.yy())));
    }

    @ParameterizedTest
    @MethodSource("ids")
    void everyKnownPointHasZeroGradientAndTheListedValue(String id) {
        Surface s = SurfaceCatalog.create(id);
        assertFalse(s.description().knownPoints().isEmpty(), id + " lists no known point");
        for (StationaryPoint p : s.description().knownPoints()) {
            Vec2 w = p.at();
            double gTol = 1e-10 * (1 + maxEntry(s.hessian(w)));
            assertTrue(s.gradient(w).norm() <= gTol,
                    () -> id + ": |∇C| at " + w + " is " + s.gradient(w).norm() + " > " + gTol);
            assertEquals(p.value(), s.value(w), 1e-12 * (1 + Math.abs(p.value())), id + ": C at " + w);
            assertTrue(s.description().view().contains(w.x(), w.y()), id + ": " + w + " outside the view");
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void everyKnownPointHasTheCurvatureOfItsKind(String id) {
        Surface s = SurfaceCatalog.create(id);
        for (StationaryPoint p : s.description().knownPoints()) {
            Sym2 h = s.hessian(p.at());
            String where = id + " " + p.kind() + " at " + p.at() + ", H = " + h;
            switch (p.kind()) {
                // valley: H = 0 by convention (a kink minimum), so only semidefiniteness can be asked for
                case GLOBAL_MINIMUM, LOCAL_MINIMUM -> assertTrue(h.trace() >= 0 && h.determinant() >= 0, where);
                case MAXIMUM -> assertTrue(h.xx() < 0 && h.determinant() > 0, where);
                // the monkey saddle is degenerate (H = 0), every other saddle is strict
                case SADDLE -> assertTrue(id.equals("monkey-saddle") ? h.determinant() == 0 : h.determinant() < 0,
                        where);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void noPointOfTheViewGridIsBelowTheGlobalMinimum(String id) {
        Surface s = SurfaceCatalog.create(id);
        List<StationaryPoint> global = s.description().knownPoints().stream()
                .filter(p -> p.kind() == StationaryPoint.Kind.GLOBAL_MINIMUM).toList();
        if (global.isEmpty()) {
            return; // saddle and monkey saddle are unbounded below
        }
        double min = global.get(0).value();
        ViewRect v = s.description().view();
        int n = 101;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = v.xMin() + i * v.width() / (n - 1);
                double y = v.yMin() + j * v.height() / (n - 1);
                assertTrue(s.value(x, y) >= min - 1e-12 * (1 + Math.abs(min)),
                        id + ": C(" + x + ", " + y + ") = " + s.value(x, y) + " < listed minimum " + min);
            }
        }
    }

    @Test
    void himmelblauLocalMaximumIsAMaximum() {
        Surface s = SurfaceCatalog.create("himmelblau");
        StationaryPoint max = s.description().knownPoints().stream()
                .filter(p -> p.kind() == StationaryPoint.Kind.MAXIMUM).findFirst().orElseThrow();
        assertEquals(-0.270845, max.at().x(), 1e-6);
        assertEquals(-0.923039, max.at().y(), 1e-6);
        Sym2 h = s.hessian(max.at());
        // negative definite: both eigenvalues below zero
        assertTrue(h.xx() < 0 && h.determinant() > 0, "H = " + h);
        double c = s.value(max.at());
        for (double a = 0; a < 2 * Math.PI; a += Math.PI / 8) {
            // a step of 1e-3 lowers C by about ½λ·1e-6 ≥ 1e-6 (|λ| ≥ 2 here), far above rounding (1e-13)
            double x = max.at().x() + 1e-3 * Math.cos(a);
            double y = max.at().y() + 1e-3 * Math.sin(a);
            assertTrue(s.value(x, y) < c, "C rises towards angle " + a);
        }
    }

    /** Issue 2's table of minima (six decimals); each must be a listed minimum within rounding. */
    @ParameterizedTest
    @CsvSource({
        "sphere, 0, 0", "quadratic, 0, 0", "rosenbrock, 1, 1", "banana, 1, 0.3333333333333333",
        "himmelblau, 3, 2", "himmelblau, -2.805118, 3.131313", "himmelblau, -3.779310, -3.283186",
        "himmelblau, 3.584428, -1.848127", "beale, 3, 0.5", "booth, 1, 3", "matyas, 0, 0",
        "three-hump-camel, 0, 0", "six-hump-camel, 0.089842, -0.712656", "six-hump-camel, -0.089842, 0.712656",
        "goldstein-price, 0, -1", "mccormick, -0.547198, -1.547198", "rastrigin, 0, 0", "ackley, 0, 0",
        "styblinski-tang, -2.903534, -2.903534"})
    void issueTableMinimaAreListed(String id, double x, double y) {
        Surface s = SurfaceCatalog.create(id);
        boolean listed = s.description().knownPoints().stream()
                .filter(p -> p.kind() == StationaryPoint.Kind.GLOBAL_MINIMUM)
                .anyMatch(p -> Math.abs(p.at().x() - x) <= 6e-7 && Math.abs(p.at().y() - y) <= 6e-7);
        assertTrue(listed, id + ": no global minimum listed within 6e-7 of (" + x + ", " + y + ")");
    }

    @Test
    void goldsteinPriceMinimumIsThree() {
        assertEquals(3.0, SurfaceCatalog.create("goldstein-price").value(0, -1), 0.0);
    }

    @ParameterizedTest
    @CsvSource({"saddle", "monkey-saddle"})
    void saddlesListASaddleAtTheOriginAndNoMinimum(String id) {
        SurfaceDescription d = SurfaceCatalog.create(id).description();
        assertTrue(d.minima().isEmpty());
        assertEquals(List.of(new StationaryPoint(Vec2.ZERO, 0, StationaryPoint.Kind.SADDLE)), d.knownPoints());
    }
}
