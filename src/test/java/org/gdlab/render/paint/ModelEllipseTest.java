package org.gdlab.render.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.gdlab.core.math.Sym2;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The ellipses of {@link SearchDirectionOverlay}: every point u of the true model's ellipse has uᵀPu = 1, every
 * point of the BFGS ellipse (P = H_k) has uᵀP⁻¹u = 1 with P⁻¹ written out by hand; no ellipse where P is not
 * positive definite.
 */
class ModelEllipseTest {

    private static final SplittableRandom RANDOM = new SplittableRandom(17);

    @RepeatedTest(20)
    void thePointsLieOnTheLevelSetOfPOrOfItsInverse() {
        // P = Rᵀ diag(a, b) R, a, b ∈ [0.01, 100], a random rotation
        double a = Math.pow(10, RANDOM.nextDouble(-2, 2));
        double b = Math.pow(10, RANDOM.nextDouble(-2, 2));
        double th = RANDOM.nextDouble(0, Math.PI);
        double c = Math.cos(th);
        double s = Math.sin(th);
        Sym2 p = new Sym2(a * c * c + b * s * s, (a - b) * s * c, a * s * s + b * c * c);
        double det = p.xx() * p.yy() - p.xy() * p.xy();
        Sym2 inverse = new Sym2(p.yy() / det, -p.xy() / det, p.xx() / det);
        for (double[] u : SearchDirectionOverlay.unitEllipse(p, true)) {
            assertEquals(1, quadratic(p, u), 1e-9);
        }
        for (double[] u : SearchDirectionOverlay.unitEllipse(p, false)) {
            assertEquals(1, quadratic(inverse, u), 1e-9);
        }
    }

    @Test
    void aMatrixThatIsNotPositiveDefiniteHasNoEllipse() {
        assertNull(SearchDirectionOverlay.unitEllipse(new Sym2(2, 0, -2), true));
        assertNull(SearchDirectionOverlay.unitEllipse(new Sym2(1, 2, 1), false));
        assertFalse(SearchDirectionOverlay.positiveDefinite(new Sym2(0, 0, 1)));
        assertTrue(SearchDirectionOverlay.positiveDefinite(new Sym2(1, 0.5, 1)));
    }

    private static double quadratic(Sym2 m, double[] u) {
        return u[0] * (m.xx() * u[0] + m.xy() * u[1]) + u[1] * (m.xy() * u[0] + m.yy() * u[1]);
    }
}
