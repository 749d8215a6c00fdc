package org.gdlab.core.contour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.gdlab.core.expr.FormulaSurface;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.surface.ViewRect;
import org.junit.jupiter.api.Test;

class ScalarGridTest {

    /** C = x + 10y, NaN where x &lt; −1: simple enough to check every sample exactly. */
    static final CostFunction PLANE_WITH_HOLE = new CostFunction() {
        @Override
        public double value(double x, double y) {
            return x < -1 ? Double.NaN : x + 10 * y;
        }

        @Override
        public Vec2 gradient(double x, double y) {
            return new Vec2(1, 10);
        }

        @Override
        public Sym2 hessian(double x, double y) {
            return new Sym2(0, 0, 0);
        }
    };

    @Test
    void samplesLieOnTheLatticeWithRowZeroAtYMin() {
        ViewRect view = new ViewRect(-2, 2, 0, 1);
        ScalarGrid g = ScalarGrid.sample(PLANE_WITH_HOLE, view, 5, 3);
        assertEquals(-2, g.x(0));
        assertEquals(2, g.x(4));
        assertEquals(0.5, g.y(1));
        assertEquals(1, g.y(2));
        assertTrue(Double.isNaN(g.value(0, 0)));
        assertEquals(-1 + 10 * 0.5, g.value(1, 1), 1e-15);
        assertEquals(2 + 10, g.values()[2 * 5 + 4], 1e-15);
        assertEquals(-1, g.min(), 1e-15);
        assertEquals(12, g.max(), 1e-15);
        assertEquals(g.x(3), g.worldX(3), 1e-15);
        assertEquals(0.25, g.worldY(0.5), 1e-15);
    }

    @Test
    void parallelSamplingIsDeterministicAndMatchesSequentialEvaluation() {
        ViewRect view = new ViewRect(-3, 5, -2, 2);
        ScalarGrid a = ScalarGrid.sample(PLANE_WITH_HOLE, view, 301, 207);
        ScalarGrid b = ScalarGrid.sample(PLANE_WITH_HOLE, view, 301, 207);
        assertArrayEquals(a.values(), b.values());
        for (int j = 0; j < 207; j += 13) {
            for (int i = 0; i < 301; i += 7) {
                assertEquals(PLANE_WITH_HOLE.value(a.x(i), a.y(j)), a.value(i, j));
            }
        }
    }

    @Test
    void eachRowIsOneBatchCallAndEqualsPointwiseEvaluationBitForBit() {
        // a compiled formula evaluates a row's points together; the grid must still hold exactly value(x, y)
        FormulaSurface f = FormulaSurface.parse("(1-x)^2 + 100(y-x^2)^2 + sin(3x)log(y + 1.5) + sqrt(x)");
        AtomicInteger calls = new AtomicInteger();
        CostFunction counted = new CostFunction() {
            @Override
            public double value(double x, double y) {
                throw new AssertionError("the grid evaluates rows, not points");
            }

            @Override
            public Vec2 gradient(double x, double y) {
                return f.gradient(x, y);
            }

            @Override
            public Sym2 hessian(double x, double y) {
                return f.hessian(x, y);
            }

            @Override
            public void values(double[] xs, double[] ys, double[] out, int n) {
                calls.incrementAndGet();
                f.values(xs, ys, out, n);
            }
        };
        ViewRect view = new ViewRect(-2, 2, -2.5, 3);
        ScalarGrid g = ScalarGrid.sample(counted, view, 301, 173);
        assertEquals(173, calls.get());
        for (int j = 0; j < 173; j++) {
            for (int i = 0; i < 301; i++) {
                assertEquals(Double.doubleToLongBits(f.value(g.x(i), g.y(j))), Double.doubleToLongBits(g.value(i, j)),
                        "at column " + i + ", row " + j);
            }
        }
    }

    @Test
    void aFormulaSurfaceSampledWithWorkspacesEqualsPointwiseEvaluationBitForBit() {
        // FormulaSurface is a BatchEvaluator.Source: each chunk of rows reuses one workspace (rows of 301
        // points cross a block boundary, so the workspace's input copies are used too)
        FormulaSurface f = FormulaSurface.parse("(1-x)^2 + 100(y-x^2)^2 + sin(3x)log(y + 1.5) + sqrt(x)");
        ViewRect view = new ViewRect(-2, 2, -2.5, 3);
        ScalarGrid g = ScalarGrid.sample(f, view, 301, 173);
        for (int j = 0; j < 173; j++) {
            for (int i = 0; i < 301; i++) {
                assertEquals(Double.doubleToLongBits(f.value(g.x(i), g.y(j))), Double.doubleToLongBits(g.value(i, j)),
                        "at column " + i + ", row " + j);
            }
        }
    }

    @Test
    void minAndMaxOfAnAllNanGridAreNan() {
        ScalarGrid g = new ScalarGrid(ViewRect.square(1), 2, 2, new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN});
        assertTrue(Double.isNaN(g.min()));
        assertTrue(Double.isNaN(g.max()));
    }

    @Test
    void badShapesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ScalarGrid(ViewRect.square(1), 1, 2, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> new ScalarGrid(ViewRect.square(1), 2, 2, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> ScalarGrid.sample(PLANE_WITH_HOLE, ViewRect.square(1), 2, 0));
    }
}
