package org.gdlab.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.testing.TestFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How runs diverge: the step, the reason, the sentence, and that no non-finite row is kept. */
class DivergenceTest {

    /** C = −x on x ≤ 2 (so GD walks right by α per step); beyond 2 the cost is NaN. */
    private static final CostFunction NAN_COST_BEYOND_2 = TestFunctions.of(
            (x, y) -> x <= 2 ? -x : Double.NaN, (x, y) -> new Vec2(-1, 0), (x, y) -> Sym2.ZERO);

    /** C = −x everywhere, but the gradient is NaN beyond x = 2. */
    private static final CostFunction NAN_GRADIENT_BEYOND_2 = TestFunctions.of(
            (x, y) -> -x, (x, y) -> x <= 2 ? new Vec2(-1, 0) : new Vec2(Double.NaN, 0), (x, y) -> Sym2.ZERO);

    private static void assertAllRowsFinite(Trajectory t) {
        for (int k = 0; k < t.size(); k++) {
            StepRecord r = t.step(k);
            assertEquals(k, r.step());
            assertTrue(r.w().isFinite() && Double.isFinite(r.cost()) && r.gradient().isFinite()
                    && Double.isFinite(r.learningRate()) && r.update().isFinite(), "row " + k + " finite: " + r);
        }
    }

    @ParameterizedTest(name = "θ = {0}°")
    @ValueSource(doubles = {0, 30})
    void gdDivergesJustAboveTwoOverLambdaMax(double theta) {
        // ½(u² + κv²): λmax = κ = 10, so GD is stable iff α < 2/κ = 0.2; at 1.01·0.2 the error along v
        // grows by |1 − 1.01·2| = 1.02 per step and leaves |w| ≤ 1e6 after ≈ 700–750 steps
        double kappa = 10;
        RunConfig c = RunConfig.of(TestFunctions.quadratic(kappa, theta), new Vec2(1, 1), OptimizerKind.GD,
                1.01 * 2 / kappa).withMaxSteps(5000);
        Trajectory t = Simulation.run(c);
        Diverged d = assertInstanceOf(Diverged.class, t.end());
        assertEquals(DivergenceReason.LEFT_BOUNDS, d.reason());
        assertEquals(t.size(), d.step());
        assertAllRowsFinite(t);
    }

    @ParameterizedTest(name = "θ = {0}°")
    @ValueSource(doubles = {0, 30})
    void gdConvergesJustBelowTwoOverLambdaMax(double theta) {
        // at 0.99·2/κ the worst factor is |1 − 1.98| = 0.98: |∇C| < 1e-8 after ≈ 1100 steps
        double kappa = 10;
        RunConfig c = RunConfig.of(TestFunctions.quadratic(kappa, theta), new Vec2(1, 1), OptimizerKind.GD,
                0.99 * 2 / kappa).withMaxSteps(5000);
        Trajectory t = Simulation.run(c);
        assertInstanceOf(Converged.class, t.end());
        assertTrue(t.point(t.size() - 1).norm() < 1e-8);
    }

    @Test
    void overflowingCostEndsTheRunWithoutAnInfiniteRow() {
        // C = x⁴, α = 1 from x = 10: x ← x − 4x³ gives x₁ = −3990 and x₂ = −3990 + 4·3990³ = 254084792010 (both
        // exact in double), x₃ ≈ −6.6e34, and the step from x₃ lands near 1.1e105, where x⁴ overflows
        CostFunction quartic = TestFunctions.quarticBowl();
        RunConfig c = RunConfig.of(quartic, new Vec2(10, 0), OptimizerKind.GD, 1)
                .withEscapeBound(Double.POSITIVE_INFINITY);
        Trajectory t = Simulation.run(c);
        Diverged d = assertInstanceOf(Diverged.class, t.end());
        assertEquals(4, d.step());
        assertEquals(DivergenceReason.NON_FINITE_COST, d.reason());
        assertEquals(4, t.size());
        assertAllRowsFinite(t);
        assertEquals(-3990, t.x(1));
        assertEquals(254084792010.0, t.x(2));
        // the last kept row still shows the step that was attempted: Δx = −α·4x₃³, and C there is +∞
        double x3 = t.x(3);
        assertEquals(-4 * x3 * x3 * x3, t.update(3).x(), 0, "the GD step from x₃, the same product in the same order");
        double landed = x3 + t.update(3).x();
        assertTrue(Double.isFinite(landed) && landed > 1e104, "a finite iterate far out: " + landed);
        assertEquals(Double.POSITIVE_INFINITY, quartic.value(landed, 0));
    }

    @Test
    void leavingTheBoundIsReportedWithTheBoundAndTheDistance() {
        // as above, without the infinite bound: x₂ = 254084792010 is beyond the bound 1e6 of a function without a view
        RunConfig c = RunConfig.of(TestFunctions.quarticBowl(), new Vec2(10, 0), OptimizerKind.GD, 1);
        Trajectory t = Simulation.run(c);
        assertEquals(new Diverged(2, DivergenceReason.LEFT_BOUNDS,
                "the iterate left |w| ≤ 1.00e6 at step 2 (|w| = 2.54e11)"), t.end());
        assertEquals(2, t.size());
        assertAllRowsFinite(t);
    }

    @Test
    void undefinedCostIsReportedAsNaN() {
        // x = 0, 0.5, 1, 1.5, 2 are fine; x₅ = 2.5 has a NaN cost
        Trajectory t = Simulation.run(RunConfig.of(NAN_COST_BEYOND_2, Vec2.ZERO, OptimizerKind.GD, 0.5));
        assertEquals(new Diverged(5, DivergenceReason.NON_FINITE_COST, "the cost is undefined (NaN) at step 5"),
                t.end());
        assertEquals(5, t.size());
        assertEquals(2, t.x(4));
        assertAllRowsFinite(t);
    }

    @Test
    void undefinedGradientIsReported() {
        Trajectory t = Simulation.run(RunConfig.of(NAN_GRADIENT_BEYOND_2, Vec2.ZERO, OptimizerKind.GD, 0.5));
        assertEquals(new Diverged(5, DivergenceReason.NON_FINITE_GRADIENT,
                "the gradient is undefined (NaN) at step 5"), t.end());
        assertAllRowsFinite(t);
    }

    @Test
    void overflowingIterateIsReportedAndTheLastRowTakesNoStep() {
        // ∇C = (−1e300, 0), α = 1e10: x₁ = 0 + 1e310 = ∞
        CostFunction steep = TestFunctions.of((x, y) -> -1e300 * Math.min(x, 1), (x, y) -> new Vec2(-1e300, 0),
                (x, y) -> Sym2.ZERO);
        Trajectory t = Simulation.run(RunConfig.of(steep, Vec2.ZERO, OptimizerKind.GD, 1e10));
        assertEquals(new Diverged(1, DivergenceReason.NON_FINITE_ITERATE,
                "the iterate overflowed to infinity at step 1"), t.end());
        assertEquals(1, t.size());
        assertEquals(Vec2.ZERO, t.update(0));
        assertAllRowsFinite(t);
    }

    @Test
    void aStartOutsideTheBoundKeepsNoRow() {
        Trajectory t = Simulation.run(RunConfig.of(TestFunctions.sphere(), new Vec2(3, 4), OptimizerKind.GD, 0.1)
                .withEscapeBound(4));
        assertEquals(0, t.size());
        assertEquals(new Diverged(0, DivergenceReason.LEFT_BOUNDS, "the iterate left |w| ≤ 4.00 at step 0 (|w| = 5.00)"),
                t.end());
    }

    @Test
    void boundsPrintWithThreeSignificantDigitsAndNeverAsTenToAPower() {
        assertEquals("1.00e6", DivergenceMessages.compact(1e6));
        assertEquals("2.50e7", DivergenceMessages.compact(2.5e7));
        assertEquals("7.07e4", DivergenceMessages.compact(1e4 * Math.hypot(5, 5)));
        assertEquals("12.5", DivergenceMessages.compact(12.5));
        // 9,999,950 rounds up to the next power of ten: its mantissa is 1.00, not 10
        assertEquals("1.00e7", DivergenceMessages.compact(9_999_950));
    }
}
