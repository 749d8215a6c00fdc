package org.gdlab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.junit.jupiter.api.Test;

/** (H + δI)⁻¹g against hand-solved 2×2 systems; Cholesky on these well-conditioned systems is exact to ~1e-15. */
class NewtonDirectionTest {

    @Test
    void positiveDefiniteHessianIsNotShifted() {
        // [[2, 1], [1, 2]] d = (3, 3) → d = (1, 1); λmin = 1 ≥ D = 1e-3
        NewtonDirection d = NewtonDirection.of(new Sym2(2, 1, 2), new Vec2(3, 3), 1e-3);
        assertEquals(0, d.shift());
        assertEquals(1, d.direction().x(), 1e-15);
        assertEquals(1, d.direction().y(), 1e-15);
    }

    @Test
    void indefiniteHessianIsShiftedToTheMargin() {
        // diag(2, −2), D = 1: δ = 1 − (−2) = 3, H + δI = diag(5, 1); g = (5, 1) → d = (1, 1)
        NewtonDirection d = NewtonDirection.of(new Sym2(2, 0, -2), new Vec2(5, 1), 1);
        assertEquals(3, d.shift(), 1e-15);
        assertEquals(1, d.direction().x(), 1e-15);
        assertEquals(1, d.direction().y(), 1e-15);
    }

    @Test
    void singularHessianWithZeroMarginGivesNaNNotAnException() {
        NewtonDirection d = NewtonDirection.of(Sym2.ZERO, new Vec2(1, 0), 0);
        assertTrue(Double.isNaN(d.direction().x()));
    }
}
