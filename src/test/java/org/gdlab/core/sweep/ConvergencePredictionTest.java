package org.gdlab.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConvergencePredictionTest {

    private static final Vec2 START = new Vec2(-4.5, 2);
    private static final double EPS = 1e-6;

    private static Surface quadratic(double kappa, double theta) {
        return SurfaceCatalog.create("quadratic", Map.of("kappa", kappa, "theta", theta));
    }

    @Test
    void contractionFactorIsTheClosedFormForTheQuadratic() {
        for (double kappa : new double[] {1, 4, 10, 100}) {
            Surface q = quadratic(kappa, 25);
            double optimal = 2 / (1 + kappa);
            ConvergencePrediction p = ConvergencePrediction.forGd(q.hessian(0, 0), Vec2.ZERO, START, optimal, EPS);
            // eigenvalues 1 and κ from a 2×2 eigen-solve: relative error ~1e-15, so 1e-12 is ample
            assertEquals((kappa - 1) / (kappa + 1), p.contractionFactor(), 1e-12, "κ = " + kappa);
            for (double lr : new double[] {0.1 / kappa, 1 / kappa, 1.9 / kappa, 2.5 / kappa}) {
                double closed = Math.max(Math.abs(1 - lr), Math.abs(1 - lr * kappa));
                ConvergencePrediction at = ConvergencePrediction.forGd(q.hessian(0, 0), Vec2.ZERO, START, lr, EPS);
                assertEquals(closed, at.contractionFactor(), 1e-12);
                assertEquals(LocalCurvature.at(q, Vec2.ZERO).contractionFactor(lr), at.contractionFactor(), 1e-15);
            }
        }
    }

    @Test
    void predictedStepsFollowTheClosedForm() {
        assertEquals(0, ConvergencePrediction.predictedSteps(0.5, 1e-7, 1e-6));
        assertEquals(1, ConvergencePrediction.predictedSteps(0, 1, 1e-6));
        assertEquals(Double.POSITIVE_INFINITY, ConvergencePrediction.predictedSteps(1, 1, 1e-6));
        assertEquals(Double.POSITIVE_INFINITY, ConvergencePrediction.predictedSteps(1.5, 1, 1e-6));
        // 0.5^20 = 9.5e-7 ≤ 1e-6 < 0.5^19
        assertEquals(20, ConvergencePrediction.predictedSteps(0.5, 1, 1e-6));
        assertEquals(0.5, ConvergencePrediction.contractionFactor(1.5, 1, 1));
    }

    @Test
    void aboveTwoOverLambdaMaxGdIsPredictedNotToConverge() {
        ConvergencePrediction p = ConvergencePrediction.forGd(quadratic(10, 0).hessian(0, 0), Vec2.ZERO, START, 0.21, EPS);
        assertFalse(p.converges());
        assertTrue(p.contractionFactor() > 1);
    }

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (double kappa : new double[] {1, 3, 10, 100}) {
            for (double theta : new double[] {0, 30, -75}) {
                for (double c : new double[] {0.3, 1.0, 1.5, 1.9}) {
                    b.add(Arguments.of(kappa, theta, c / kappa));
                }
                b.add(Arguments.of(kappa, theta, 2 / (1 + kappa)));
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "κ = {0}, θ = {1}°, α = {2}")
    @MethodSource("cases")
    void predictedStepsMatchTheMeasuredStepsInTheWorstDirection(double kappa, double theta, double lr) {
        Surface q = quadratic(kappa, theta);
        Sym2 h = q.hessian(0, 0);
        ConvergencePrediction p = ConvergencePrediction.forGd(h, Vec2.ZERO, START, lr, EPS);
        assertTrue(p.converges());
        int predicted = (int) p.predictedSteps();
        Trajectory t = Simulation.run(RunConfig.of(q, START, OptimizerKind.GD, lr).withTolerance(0).withMaxSteps(predicted + 10));
        int measured = p.measuredSteps(t).orElseThrow();
        // |P e_k| = ρ^k d exactly in real arithmetic; the iterates' rounding (≤ k·1e-16 relative) can move
        // the crossing only when log(ε/d)/log ρ is within that of an integer: then by one step
        assertEquals(predicted, measured, 1, "ρ = " + p.contractionFactor());
    }
}
