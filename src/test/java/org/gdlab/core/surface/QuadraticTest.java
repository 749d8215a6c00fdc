package org.gdlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.builtin.Quadratic;
import org.junit.jupiter.api.Test;

/**
 * The quadratic's Hessian is R(θ)ᵀ diag(1, κ) R(θ) with R(θ) = [[cosθ, sinθ], [-sinθ, cosθ]], computed here
 * by explicit matrix products. Entries are O(κ) and computed with a few roundings, so they agree to
 * 1e-12·κ; eigenvalues from the 2×2 characteristic polynomial lose up to √ε relative to κ in the
 * discriminant, so they are compared to 1e-7·κ.
 */
class QuadraticTest {

    @Test
    void hessianIsRotatedDiagonalWithEigenvaluesOneAndKappa() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            double kappa = Math.exp(rng.nextDouble(0, Math.log(1e6)));
            double theta = rng.nextDouble(-360, 360);
            Quadratic q = new Quadratic(kappa, theta);
            double t = Math.toRadians(theta);
            double[][] r = {{Math.cos(t), Math.sin(t)}, {-Math.sin(t), Math.cos(t)}};
            double[] d = {1, kappa};
            double[][] h = new double[2][2];
            for (int a = 0; a < 2; a++) {
                for (int b = 0; b < 2; b++) {
                    for (int k = 0; k < 2; k++) {
                        h[a][b] += r[k][a] * d[k] * r[k][b];
                    }
                }
            }
            double x = rng.nextDouble(-5, 5);
            double y = rng.nextDouble(-5, 5);
            Sym2 hs = q.hessian(x, y);
            double tol = 1e-12 * kappa;
            assertEquals(h[0][0], hs.xx(), tol);
            assertEquals(h[0][1], hs.xy(), tol);
            assertEquals(h[1][0], hs.xy(), tol);
            assertEquals(h[1][1], hs.yy(), tol);

            double half = hs.trace() / 2;
            double disc = Math.sqrt(Math.max(0, half * half - hs.determinant()));
            assertEquals(1, half - disc, 1e-7 * kappa);
            assertEquals(kappa, half + disc, 1e-7 * kappa);

            // ∇C = H w and C = ½ wᵀ H w for a quadratic form
            Vec2 g = q.gradient(x, y);
            Vec2 hw = hs.times(new Vec2(x, y));
            assertEquals(hw.x(), g.x(), 1e-12 * kappa * 10);
            assertEquals(hw.y(), g.y(), 1e-12 * kappa * 10);
            assertEquals(0.5 * new Vec2(x, y).dot(hw), q.value(x, y), 1e-12 * kappa * 50);
        }
    }

    @Test
    void defaultsAreKappaTenThetaZeroWithAxisAlignedHessian() {
        Quadratic q = new Quadratic();
        assertEquals(new Sym2(1, 0, 10), q.hessian(1, 2));
        assertEquals(0.5 * (9 + 10 * 16), q.value(3, 4), 0.0);
    }

    @Test
    void suggestedLearningRateIsBelowTheStabilityLimitTwoOverKappa() {
        for (double kappa : new double[] {1, 10, 1000, 1e6}) {
            Quadratic q = new Quadratic(kappa, 30);
            assertEquals(1.8 / kappa, q.description().suggestedLearningRate(), 0.0);
        }
    }
}
