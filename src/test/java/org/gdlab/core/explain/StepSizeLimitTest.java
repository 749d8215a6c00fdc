package org.gdlab.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.testing.TestFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The step-size limits on the quadratic ½(u² + κv²) with κ = 10 (λ = 1, 10): their closed forms, and that a
 * run 2% below the limit stays bounded while one 2% above it diverges.
 */
class StepSizeLimitTest {

    private static final CostFunction Q = TestFunctions.quadratic(10, 30);

    private static Hyperparameters hyper(OptimizerKind k, String name, double v) {
        return name.isEmpty() ? Hyperparameters.defaults(k) : Hyperparameters.defaults(k).with(name, v);
    }

    private static StepSizeLimit limit(Hyperparameters h) {
        return StepSizeLimit.of(h, LocalCurvature.at(Q, Vec2.ZERO)).orElseThrow();
    }

    @ParameterizedTest(name = "{0} {1} = {2}: limit {3}")
    @CsvSource({
        "gd, '', 0, 0.2",                    // 2/λmax
        "momentum, momentum, 0, 0.2",        // 2(1 + 0)/10
        "momentum, momentum, 0.5, 0.3",      // 2·1.5/10
        "momentum, momentum, 0.9, 0.38",     // 2·1.9/10
        "nesterov, momentum, 0, 0.2",        // 2/(1·10)
        "nesterov, momentum, 0.5, 0.15",     // 2·1.5/(2·10)
        "nesterov, momentum, 0.9, 0.1357142857142857", // 3.8/28
        "newton, damping, 0.001, 2",         // δ = max(0, 0.001 − 1) = 0: 2(10 + 0)/10
        "newton, damping, 2, 2.2"})          // δ = 2 − 1 = 1: 2(10 + 1)/10
    void theLimitIsTheClosedFormAndSeparatesBoundedFromDivergingRuns(String id, String name, double value,
            double expected) {
        OptimizerKind k = OptimizerKind.fromId(id);
        Hyperparameters h = hyper(k, name, value);
        StepSizeLimit l = limit(h);
        assertEquals(expected, l.limit(), 1e-14, "λmax = 10 from the eigen-solve, within rounding");
        RunConfig below = RunConfig.of(Q, new Vec2(1, 1), k, 0.98 * l.limit()).withHyper(h).withMaxSteps(20_000);
        Trajectory t = Simulation.run(below);
        assertFalse(t.end() instanceof Diverged, "2% below the limit stays bounded: " + t.end());
        Trajectory above = Simulation.run(below.withLearningRate(1.02 * l.limit()));
        assertInstanceOf(Diverged.class, above.end(), "2% above the limit the error along λmax grows");
        assertEquals(Reason.STEP_TOO_LARGE, Explainer.explain(above).reason());
    }

    @Test
    void rulesThatScaleOrNormalizeTheirStepsHaveNoLimit() {
        for (OptimizerKind k : new OptimizerKind[] {OptimizerKind.ADAGRAD, OptimizerKind.RMSPROP, OptimizerKind.ADAM,
                OptimizerKind.NORMALIZED}) {
            assertFalse(StepSizeLimit.exists(k), k.id());
            assertTrue(StepSizeLimit.of(Hyperparameters.defaults(k), LocalCurvature.at(Q, Vec2.ZERO)).isEmpty(), k.id());
        }
    }

    @Test
    void noLimitWhereNothingCurvesUpOrTheHessianIsNotFinite() {
        Hyperparameters gd = Hyperparameters.defaults(OptimizerKind.GD);
        assertTrue(StepSizeLimit.of(gd, LocalCurvature.of(new Sym2(-2, 0, -1))).isEmpty(), "a dome: λmax < 0");
        assertTrue(StepSizeLimit.of(gd, LocalCurvature.of(Sym2.ZERO)).isEmpty(), "flat: λmax = 0");
        assertTrue(StepSizeLimit.of(gd, LocalCurvature.of(new Sym2(Double.NaN, 0, 1))).isEmpty(), "NaN");
        // the saddle x² − y² curves up along x: λmax = 2, so GD has the limit 1 there
        assertEquals(1, StepSizeLimit.of(gd, LocalCurvature.of(new Sym2(2, 0, -2))).orElseThrow().limit(), 1e-15);
    }

    @Test
    void theFormulaIsWrittenWithItsValueAndHyperparameters() {
        assertEquals("2/λmax = 0.200", limit(Hyperparameters.defaults(OptimizerKind.GD))
                .formulaWithValue(Hyperparameters.defaults(OptimizerKind.GD)));
        Hyperparameters m = Hyperparameters.of(OptimizerKind.MOMENTUM, Map.of("momentum", 0.9));
        assertEquals("2(1+μ)/λmax = 0.380 (μ = 0.900)", limit(m).formulaWithValue(m));
    }
}
