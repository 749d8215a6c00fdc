package org.gdlab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.testing.TestFunctions;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Curvature against closed forms. A symmetric 2×2 [[a, b], [b, c]] has eigenvalues
 * (a + c)/2 ∓ √(((a − c)/2)² + b²). EJML's symmetric QR solver is backward stable: eigenvalues accurate to
 * a few ulps of ‖H‖, so tolerances are 1e-12·max(1, ‖H‖).
 */
class LocalCurvatureTest {

    private static final double TOL = 1e-12;

    private static void assertVec(Vec2 expected, Vec2 actual) {
        assertEquals(expected.x(), actual.x(), TOL, "x of " + actual);
        assertEquals(expected.y(), actual.y(), TOL, "y of " + actual);
    }

    @Test
    void diagonalBowl() {
        LocalCurvature c = LocalCurvature.of(new Sym2(10, 0, 1));
        assertEquals(1, c.lambdaMin(), TOL);
        assertEquals(10, c.lambdaMax(), TOL);
        assertVec(new Vec2(0, 1), c.eigenvectorMin());
        assertVec(new Vec2(1, 0), c.eigenvectorMax());
        assertEquals(10, c.conditionNumber(), TOL);
        assertEquals(PointKind.MINIMUM, c.kind());
        assertEquals(0.2, c.maxStableLearningRate().getAsDouble(), TOL);
        assertEquals(2.0 / 11, c.optimalLearningRate().getAsDouble(), TOL);
    }

    @Test
    void offDiagonalMatrixHasDiagonalEigenvectors() {
        // [[2, 1], [1, 2]]: λ = 1 with (1, −1)/√2 and λ = 3 with (1, 1)/√2 (sign convention x > 0)
        LocalCurvature c = LocalCurvature.of(new Sym2(2, 1, 2));
        double r = Math.sqrt(0.5);
        assertEquals(1, c.lambdaMin(), TOL);
        assertEquals(3, c.lambdaMax(), TOL);
        assertVec(new Vec2(r, -r), c.eigenvectorMin());
        assertVec(new Vec2(r, r), c.eigenvectorMax());
        assertEquals(3, c.conditionNumber(), TOL);
    }

    @ParameterizedTest(name = "θ = {0}°")
    @ValueSource(doubles = {0, 30, 45, 100})
    void rotatedQuadraticHasEigenvaluesOneAndKappa(double theta) {
        double kappa = 25;
        LocalCurvature c = LocalCurvature.at(TestFunctions.quadratic(kappa, theta), new Vec2(0.3, -0.7));
        double tol = TOL * kappa;
        assertEquals(1, c.lambdaMin(), tol);
        assertEquals(kappa, c.lambdaMax(), tol);
        assertEquals(kappa, c.conditionNumber(), tol);
        assertEquals(2 / kappa, c.maxStableLearningRate().getAsDouble(), tol);
        assertEquals(2 / (1 + kappa), c.optimalLearningRate().getAsDouble(), tol);
        // eigenvector of λ = 1 is ±(cos θ, sin θ): check alignment, |cos of the angle| = 1
        double t = Math.toRadians(theta);
        assertEquals(1, Math.abs(c.eigenvectorMin().dot(new Vec2(Math.cos(t), Math.sin(t)))), tol);
        assertEquals(0, c.eigenvectorMin().dot(c.eigenvectorMax()), tol);
        assertTrue(c.eigenvectorMin().x() >= 0);
    }

    @Test
    void saddleHasAStableRateButNoOptimalOne() {
        LocalCurvature c = LocalCurvature.of(new Sym2(2, 0, -2));
        assertEquals(-2, c.lambdaMin(), TOL);
        assertEquals(2, c.lambdaMax(), TOL);
        assertEquals(PointKind.SADDLE, c.kind());
        assertEquals(1, c.conditionNumber(), TOL);
        assertEquals(1, c.maxStableLearningRate().getAsDouble(), TOL);
        assertEquals(OptionalDouble.empty(), c.optimalLearningRate());
    }

    @Test
    void domeHasNoStableRate() {
        LocalCurvature c = LocalCurvature.of(new Sym2(-1, 0, -3));
        assertEquals(PointKind.MAXIMUM, c.kind());
        assertEquals(3, c.conditionNumber(), TOL);
        assertEquals(OptionalDouble.empty(), c.maxStableLearningRate());
        assertEquals(OptionalDouble.empty(), c.optimalLearningRate());
    }

    @Test
    void zeroHessianIsDegenerateWithInfiniteConditionNumber() {
        LocalCurvature c = LocalCurvature.of(Sym2.ZERO);
        assertEquals(PointKind.DEGENERATE, c.kind());
        assertEquals(Double.POSITIVE_INFINITY, c.conditionNumber());
        assertEquals(OptionalDouble.empty(), c.maxStableLearningRate());
    }

    @Test
    void flatDirectionIsDegenerateAndGivesInfiniteConditionNumber() {
        // [[1, 1], [1, 1]]: λ = 0 and 2, exactly singular
        LocalCurvature c = LocalCurvature.of(new Sym2(1, 1, 1));
        assertEquals(0, c.lambdaMin(), TOL);
        assertEquals(2, c.lambdaMax(), TOL);
        assertEquals(PointKind.DEGENERATE, c.kind());
        assertTrue(c.conditionNumber() > 1e12, "κ = 2/|λmin| with λmin ≈ 0 (or ∞ if exactly 0)");
        assertEquals(1, c.maxStableLearningRate().getAsDouble(), TOL);
    }

    @Test
    void tinyButClearCurvatureIsNotDegenerate() {
        assertEquals(PointKind.MINIMUM, LocalCurvature.of(new Sym2(1e-6, 0, 1)).kind());
        assertEquals(PointKind.DEGENERATE, LocalCurvature.of(new Sym2(1e-10, 0, 1)).kind());
    }

    @Test
    void nonFiniteHessianGivesNaNsAndNoRates() {
        LocalCurvature c = LocalCurvature.of(new Sym2(Double.NaN, 0, 1));
        assertEquals(PointKind.DEGENERATE, c.kind());
        assertTrue(Double.isNaN(c.lambdaMin()) && Double.isNaN(c.conditionNumber()));
        assertEquals(OptionalDouble.empty(), c.maxStableLearningRate());
    }

    @Test
    void contractionFactorIsTheWorstOfOneMinusAlphaLambda() {
        LocalCurvature c = LocalCurvature.of(new Sym2(1, 0, 10));
        assertEquals(0.9, c.contractionFactor(0.1), TOL);          // max(|1 − 0.1|, |1 − 1|)
        assertEquals(1.5, c.contractionFactor(0.25), TOL);         // max(0.75, |1 − 2.5|)
        assertEquals(9.0 / 11, c.contractionFactor(2.0 / 11), TOL); // optimal: (κ − 1)/(κ + 1)
        assertEquals(1, c.contractionFactor(0.2), TOL);            // at 2/λmax: |1 − 2| = 1, the edge of stability
    }

    @RepeatedTest(50)
    void randomSymmetricMatricesMatchTheClosedForm(RepetitionInfo info) {
        SplittableRandom r = new SplittableRandom(1000 + info.getCurrentRepetition());
        double a = r.nextDouble(-10, 10);
        double b = r.nextDouble(-10, 10);
        double cc = r.nextDouble(-10, 10);
        double mid = (a + cc) / 2;
        double rad = Math.hypot((a - cc) / 2, b);
        LocalCurvature c = LocalCurvature.of(new Sym2(a, b, cc));
        double tol = 1e-12 * Math.max(1, Math.abs(mid) + rad);
        assertEquals(mid - rad, c.lambdaMin(), tol);
        assertEquals(mid + rad, c.lambdaMax(), tol);
        // H v = λ v for both unit eigenvectors
        Sym2 h = c.hessian();
        for (int i = 0; i < 2; i++) {
            Vec2 v = i == 0 ? c.eigenvectorMin() : c.eigenvectorMax();
            double l = i == 0 ? c.lambdaMin() : c.lambdaMax();
            assertEquals(1, v.norm(), 1e-14);
            Vec2 residual = h.times(v).minus(v.times(l));
            assertEquals(0, residual.norm(), tol);
        }
    }
}
