package org.gdlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.sim.Converged;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.testing.TestFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The step-length rules against their mathematics: conditions checked on every accepted step with that
 * step's own t, formulas worked by hand, and the textbook properties (right-angle zig-zag, finite
 * termination, BFGS and L-BFGS on Rosenbrock).
 */
class LineSearchRulesTest {

    /** C = ½(x² + 10y²): A = diag(1, 10), ∇C = (x, 10y). */
    private static final CostFunction BOWL = TestFunctions.quadratic(10, 0);
    private static final CostFunction ROTATED = TestFunctions.quadratic(10, 30);

    private static Trajectory run(CostFunction f, Vec2 start, OptimizerKind k, double lr, Hyperparameters h, int steps) {
        return Simulation.run(RunConfig.of(f, start, h, lr).withMaxSteps(steps).withTolerance(0));
    }

    private static Trajectory run(CostFunction f, Vec2 start, OptimizerKind k, double lr, int steps) {
        return run(f, start, k, lr, Hyperparameters.defaults(k), steps);
    }

    @Test
    void armijoTakesTheFirstHalvingThatDecreasesEnoughWorkedByHand() {
        // from (1, 1): g = (1, 10), |g|² = 101, C = 5.5; t = 1 → (0, −9), C = 405; t = 0.5 → (0.5, −4), C = 80.1;
        // t = 0.25 → (0.75, −1.5), C = 11.5; t = 0.125 → (0.875, −0.25), C = 0.695 ≤ 5.5 − 1e-4·0.125·101
        Trajectory t = run(BOWL, new Vec2(1, 1), OptimizerKind.ARMIJO, 1, 1);
        assertEquals(0.125, t.learningRate(0), 0);
        assertEquals(0.875, t.x(1), 1e-15);
        assertEquals(-0.25, t.y(1), 1e-15);
    }

    @Test
    void everyArmijoStepDecreasesEnoughAndItsPredecessorTrialDidNot() {
        double rho = 0.5;
        double c1 = 1e-4;
        CostFunction f = TestFunctions.rosenbrock();
        Trajectory t = run(f, new Vec2(-1.2, 1), OptimizerKind.ARMIJO, 1, 300);
        for (int k = 0; k + 1 < t.size(); k++) {
            double step = t.learningRate(k);
            Vec2 g = t.gradient(k);
            double gg = g.dot(g);
            // the row's own t: w_{k+1} = w_k − t·g and sufficient decrease
            assertEquals(t.update(k), new Vec2(step * -g.x(), step * -g.y()), "row " + k);
            assertTrue(t.cost(k + 1) <= t.cost(k) - c1 * step * gg, "sufficient decrease at row " + k);
            if (step < 1) {
                double bigger = step / rho;
                Vec2 w = t.point(k).minus(g.times(bigger));
                assertTrue(f.value(w) > t.cost(k) - c1 * bigger * gg, "t/ρ was rejected at row " + k);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"WOLFE", "CG", "BFGS", "LBFGS"})
    void everyAcceptedStepSatisfiesTheStrongWolfeConditions(OptimizerKind k) {
        CostFunction f = TestFunctions.rosenbrock();
        Hyperparameters h = Hyperparameters.defaults(k);
        double c1 = h.get("c1");
        double c2 = h.get("c2");
        // to |∇C| < 1e-8 (beyond, the gradient is rounding noise and no direction is a descent one)
        Trajectory t = Simulation.run(RunConfig.of(f, new Vec2(-1.2, 1), h, 1).withMaxSteps(200));
        assertTrue(t.size() > 10);
        for (int n = 0; n + 1 < t.size(); n++) {
            double step = t.learningRate(n);
            Vec2 d = t.update(n).times(1 / step);
            double slope0 = t.gradient(n).dot(d);
            assertTrue(slope0 < 0, k.id() + ": a descent direction at row " + n);
            assertTrue(t.cost(n + 1) <= t.cost(n) + c1 * step * slope0 * (1 - 1e-12), k.id() + " decrease, row " + n);
            double slope = f.gradient(t.point(n).plus(t.update(n))).dot(d);
            assertTrue(Math.abs(slope) <= c2 * Math.abs(slope0) * (1 + 1e-9), k.id() + " curvature, row " + n);
        }
    }

    @Test
    void exactLineSearchOnAQuadraticTakesGtgOverGtAgAndTurnsAtRightAngles() {
        Trajectory t = run(ROTATED, new Vec2(-4, 3), OptimizerKind.EXACT, 1, 20);
        org.gdlab.core.math.Sym2 a = ROTATED.hessian(0, 0);
        for (int k = 0; k + 1 < t.size(); k++) {
            Vec2 g = t.gradient(k);
            assertEquals(g.dot(g) / g.dot(a.times(g)), t.learningRate(k), 1e-12 * t.learningRate(k), "t at row " + k);
            Vec2 next = t.gradient(k + 1);
            assertTrue(Math.abs(g.dot(next)) <= 1e-9 * g.norm() * next.norm(), "right angle at row " + k);
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"CG", "BFGS", "LBFGS"})
    void withExactLineSearchTheMinimumOfA2dQuadraticIsReachedInTwoSteps(OptimizerKind k) {
        for (String beta : k == OptimizerKind.CG ? new String[] {"fr", "pr"} : new String[] {"-"}) {
            Hyperparameters h = Hyperparameters.defaults(k).with("line_search", 1);
            if (k == OptimizerKind.CG) {
                h = h.with("beta", beta.equals("fr") ? 0 : 1);
            }
            Trajectory t = run(ROTATED, new Vec2(-4, 3), k, 1, h, 2);
            assertEquals(3, t.size());
            assertTrue(t.gradient(2).norm() < 1e-10 * t.gradient(0).norm(), k.id() + " " + beta + ": " + t.gradient(2));
            // while steepest descent with exact steps is still far off after two
            Trajectory sd = run(ROTATED, new Vec2(-4, 3), OptimizerKind.EXACT, 1, 2);
            assertTrue(sd.gradient(2).norm() > 1e-2 * sd.gradient(0).norm());
        }
    }

    @Test
    void barzilaiBorweinStepsWorkedByHand() {
        // w₀ = (1, 1), g₀ = (1, 10), t₀ = α = 0.01: w₁ = (0.99, 0.9), g₁ = (0.99, 9); s = (−0.01, −0.1),
        // y = (−0.01, −1): sᵀs = 0.0101, sᵀy = 0.1001, yᵀy = 1.0001. From then on s = −t·g and y = As, so
        // t₂ = g₁ᵀg₁/g₁ᵀAg₁ (BB1) and g₁ᵀAg₁/g₁ᵀA²g₁ (BB2), with g₁ᵀg₁ = 81.9801, g₁ᵀAg₁ = 810.9801, g₁ᵀA²g₁ = 8100.9801
        Trajectory bb1 = run(BOWL, new Vec2(1, 1), OptimizerKind.BB, 0.01, 3);
        assertEquals(0.01, bb1.learningRate(0), 0);
        assertEquals(0.0101 / 0.1001, bb1.learningRate(1), 1e-12);
        assertEquals(81.9801 / 810.9801, bb1.learningRate(2), 1e-12);
        Hyperparameters two = Hyperparameters.defaults(OptimizerKind.BB).with("bb", 2);
        Trajectory bb2 = run(BOWL, new Vec2(1, 1), OptimizerKind.BB, 0.01, two, 3);
        assertEquals(0.1001 / 1.0001, bb2.learningRate(1), 1e-12);
        assertEquals(810.9801 / 8100.9801, bb2.learningRate(2), 1e-12);
    }

    @Test
    void barzilaiBorweinFallsBackToAlphaWhenSTyIsNotPositive() {
        // the saddle x² − y² from (0, 1): g₀ = (0, −2), w₁ = (0, 1.02); s = (0, 0.02), y = (0, −0.04), sᵀy < 0
        Trajectory t = run(TestFunctions.saddle(), new Vec2(0, 1), OptimizerKind.BB, 0.01, 2);
        assertEquals(1.02, t.y(1), 1e-15);
        assertEquals(0.01, t.learningRate(1), 0);
    }

    @Test
    void theAlphaHintSaysAlphaDoesNotApplyToExactAndPolyak() {
        for (OptimizerKind k : new OptimizerKind[] {OptimizerKind.EXACT, OptimizerKind.POLYAK}) {
            RunConfig c = RunConfig.of(org.gdlab.core.surface.SurfaceCatalog.create("sphere"), new Vec2(3, 4), k, 1);
            String words = org.gdlab.core.explain.AlphaHint.words(c,
                    org.gdlab.core.explain.Explainer.explain(Simulation.run(c)));
            assertTrue(words.startsWith("α does not apply to " + k.id() + ": it computes its own step length"), words);
        }
    }

    @Test
    void polyakStepWorkedByHand() {
        // C* = 0 given: t₀ = C(w₀)/|g₀|² = 5.5/101; w₁ = (1 − t₀, 1 − 10t₀), t₁ = C(w₁)/|∇C(w₁)|²
        Hyperparameters h = Hyperparameters.defaults(OptimizerKind.POLYAK).with("cstar", 0);
        Trajectory t = run(BOWL, new Vec2(1, 1), OptimizerKind.POLYAK, 1, h, 2);
        double t0 = 5.5 / 101;
        assertEquals(t0, t.learningRate(0), 1e-15);
        double x1 = 1 - t0;
        double y1 = 1 - 10 * t0;
        double t1 = 0.5 * (x1 * x1 + 10 * y1 * y1) / (x1 * x1 + 100 * y1 * y1);
        assertEquals(t1, t.learningRate(1), 1e-14);
    }

    @Test
    void polyakTakesTheBuiltInSurfacesKnownMinimumValueAsCstar() {
        // Goldstein–Price's minimum value is 3: t₀ = (C(w₀) − 3)/|g₀|²
        org.gdlab.core.surface.Surface s = org.gdlab.core.surface.SurfaceCatalog.create("goldstein-price");
        RunConfig c = RunConfig.of(s, new Vec2(0.5, 0.5), OptimizerKind.POLYAK, 1).withMaxSteps(1);
        assertEquals(3, c.cstar(), 1e-12);
        Trajectory t = Simulation.run(c);
        Vec2 g = s.gradient(0.5, 0.5);
        assertEquals((s.value(0.5, 0.5) - 3) / g.dot(g), t.learningRate(0), 1e-12 * t.learningRate(0));
    }

    @Test
    void bfgsRescalesHZeroOnceThenUpdatesIt() {
        // N&W 6.20 then 6.17: H₁ = (I − ρsyᵀ)γI(I − ρysᵀ) + ρssᵀ with γ = sᵀy/yᵀy, ρ = 1/sᵀy; d₁ = −H₁g₁
        Trajectory t = run(ROTATED, new Vec2(-4, 3), OptimizerKind.BFGS, 1, 2);
        Vec2 s = t.point(1).minus(t.point(0));
        Vec2 y = t.gradient(1).minus(t.gradient(0));
        Vec2 expected = inverseHessianOnePair(s, y, s.dot(y) / y.dot(y)).times(t.gradient(1)).times(-1);
        Vec2 actual = t.update(1).times(1 / t.learningRate(1));
        assertEquals(expected.x(), actual.x(), 1e-12 * expected.norm());
        assertEquals(expected.y(), actual.y(), 1e-12 * expected.norm());
        Vec2 unscaled = inverseHessianOnePair(s, y, 1).times(t.gradient(1)).times(-1);
        assertTrue(unscaled.minus(actual).norm() > 1e-3 * actual.norm(), "without 6.20 the direction differs");
    }

    @Test
    void lbfgsUsesGammaOfTheNewestPairAtEveryStep() {
        // m = 1: d_k = −H g_k with H from the newest pair alone and H⁰ = γ_k I, γ_k = s_{k−1}ᵀy_{k−1}/y_{k−1}ᵀy_{k−1} (7.20)
        Hyperparameters h = Hyperparameters.defaults(OptimizerKind.LBFGS).with("memory", 1);
        Trajectory t = run(TestFunctions.rosenbrock(), new Vec2(-1.2, 1), OptimizerKind.LBFGS, 1, h, 5);
        for (int k = 1; k < 5; k++) {
            Vec2 s = t.point(k).minus(t.point(k - 1));
            Vec2 y = t.gradient(k).minus(t.gradient(k - 1));
            Vec2 expected = inverseHessianOnePair(s, y, s.dot(y) / y.dot(y)).times(t.gradient(k)).times(-1);
            Vec2 actual = t.update(k).times(1 / t.learningRate(k));
            assertEquals(expected.x(), actual.x(), 1e-9 * expected.norm(), "step " + k);
            assertEquals(expected.y(), actual.y(), 1e-9 * expected.norm(), "step " + k);
        }
    }

    /** (I − ρsyᵀ)γI(I − ρysᵀ) + ρssᵀ, written out entry by entry. */
    private static org.gdlab.core.math.Sym2 inverseHessianOnePair(Vec2 s, Vec2 y, double gamma) {
        double rho = 1 / s.dot(y);
        double[][] m = {{1 - rho * s.x() * y.x(), -rho * s.x() * y.y()}, {-rho * s.y() * y.x(), 1 - rho * s.y() * y.y()}};
        double[][] h = new double[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                // (M γI Mᵀ)_ij = γ Σ_l M_il M_jl
                h[i][j] = gamma * (m[i][0] * m[j][0] + m[i][1] * m[j][1]);
            }
        }
        double[] sv = {s.x(), s.y()};
        return new org.gdlab.core.math.Sym2(h[0][0] + rho * sv[0] * sv[0], h[0][1] + rho * sv[0] * sv[1],
                h[1][1] + rho * sv[1] * sv[1]);
    }

    @Test
    void anUpdateIsSkippedWhenSTyIsNotPositiveEnough() {
        // the previous iterate and gradient make y = 0: sᵀy = 0 ≤ 1e-10·|s|·|y|, so H stays I (not rescaled)
        UpdateKernel bfgs = OptimizerKind.BFGS.definition().kernel().apply(Hyperparameters.defaults(OptimizerKind.BFGS));
        double[] state = {0, 0, 1, 0, 1, 0, 0, 1, 0, 0};
        double[] dx = new double[1];
        double[] dy = new double[1];
        bfgs.update(1, 1, new double[] {1}, new double[] {0}, new double[] {1}, new double[] {1}, new double[] {0},
                state, dx, dy, BOWL);
        assertEquals(1, state[2], 0);
        assertEquals(0, state[3], 0);
        assertEquals(1, state[4], 0);
        assertEquals(0, state[9], 0, "not rescaled either");
        assertEquals(0, dy[0], 0, "the step is along −g");
        UpdateKernel lbfgs = OptimizerKind.LBFGS.definition().kernel().apply(Hyperparameters.defaults(OptimizerKind.LBFGS));
        double[] ls = new double[lbfgs.stateSize()];
        ls[4] = 1;
        lbfgs.update(1, 1, new double[] {1}, new double[] {0}, new double[] {1}, new double[] {1}, new double[] {0},
                ls, dx, dy, BOWL);
        assertEquals(0, ls[6], 0, "no pair stored");
    }

    @Test
    void bfgsAndLbfgsSolveRosenbrockFromTheClassicStartInFewSteps() {
        // published BFGS runs from (−1.2, 1) take about 35 iterations
        for (OptimizerKind k : new OptimizerKind[] {OptimizerKind.BFGS, OptimizerKind.LBFGS}) {
            RunConfig c = RunConfig.of(TestFunctions.rosenbrock(), new Vec2(-1.2, 1), k, 1).withTolerance(1e-8);
            Trajectory t = Simulation.run(c);
            Converged end = assertInstanceOf(Converged.class, t.end(), k.id());
            assertTrue(end.step() < (k == OptimizerKind.BFGS ? 60 : 80), k.id() + " took " + end.step());
            assertEquals(1, t.x(t.size() - 1), 1e-6);
            assertEquals(1, t.y(t.size() - 1), 1e-6);
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"ARMIJO", "WOLFE", "EXACT", "POLYAK", "BB"})
    void theFirstFiveStepAlongMinusTheGradientByTheirRowsLr(OptimizerKind k) {
        Hyperparameters h = k == OptimizerKind.POLYAK ? Hyperparameters.defaults(k).with("cstar", 0)
                : Hyperparameters.defaults(k);
        Trajectory t = run(ROTATED, new Vec2(-4, 3), k, k == OptimizerKind.BB ? 0.01 : 1, h, 30);
        for (int n = 0; n + 1 < t.size(); n++) {
            double step = t.learningRate(n);
            Vec2 g = t.gradient(n);
            assertEquals(new Vec2(step * -g.x(), step * -g.y()), t.update(n), k.id() + " row " + n);
            assertEquals(t.point(n).plus(t.update(n)), t.point(n + 1), k.id() + " row " + n);
        }
    }
}
