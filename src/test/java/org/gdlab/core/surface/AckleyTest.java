package org.gdlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.junit.jupiter.api.Test;

class AckleyTest {

    private final Surface ackley = SurfaceCatalog.create("ackley");

    @Test
    void atTheConeTipGradientIsZeroAndHessianIsTheCosineTermOnly() {
        assertEquals(Vec2.ZERO, ackley.gradient(0, 0));
        double k = 2 * Math.PI * Math.PI * Math.E;
        Sym2 h = ackley.hessian(0, 0);
        // the same three roundings as the implementation's π²·exp(1)·2: a few ulps of 53.7
        assertEquals(k, h.xx(), 1e-13);
        assertEquals(0, h.xy(), 0.0);
        assertEquals(k, h.yy(), 1e-13);
        assertEquals(0, ackley.value(0, 0), 1e-14);
    }

    @Test
    void nearTheTipTheConeGradientHasLengthTwoRootTwoAndEverythingStaysFinite() {
        for (double r : new double[] {1e-320, 1e-300, 1e-200, 1e-8}) {
            for (double a = 0; a < 2 * Math.PI; a += 0.7) {
                double x = r * Math.cos(a);
                double y = r * Math.sin(a);
                assertTrue(ackley.gradient(x, y).isFinite() && ackley.hessian(x, y).isFinite(),
                        "not finite at (" + x + ", " + y + ")");
            }
        }
        // |∇T₁| = 2√2·exp(-0.2r) from every side of the tip; ∇T₂ is O(r) there
        assertEquals(2 * Math.sqrt(2), ackley.gradient(1e-9, 0).norm(), 1e-7);
        assertEquals(2 * Math.sqrt(2), ackley.gradient(-3e-10, 4e-10).norm(), 1e-7);
    }
}
