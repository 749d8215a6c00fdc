package org.gdlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.testing.TestFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One step's line search replayed from the run's stored state: the accepted t is the row's, Armijo's
 * trials are α, ρα, ρ²α, … worked by hand, each rejected trial breaks the condition it was rejected by, and
 * BFGS's H after two exact steps on a quadratic is A⁻¹.
 */
class LineSearchTraceTest {

    /** C = ½(x² + 10y²). */
    private static final CostFunction BOWL = TestFunctions.quadratic(10, 0);

    private static Trajectory run(CostFunction f, Vec2 start, Hyperparameters h, double lr, int steps) {
        return Simulation.run(RunConfig.of(f, start, h, lr).withMaxSteps(steps).withTolerance(0),
                Collections.emptyNavigableMap(), true);
    }

    private static LineSearchTrace trace(Trajectory t, int k) {
        RunConfig c = t.config();
        return LineSearchTrace.replay(c.kernel(), t.state(k), c.function(), t.point(k), t.gradient(k),
                c.learningRate()).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(names = {"ARMIJO", "WOLFE", "EXACT", "CG", "BFGS", "LBFGS"})
    void theReplayedSearchAcceptsTheRowsStepLengthAndLandsOnTheNextIterate(OptimizerKind k) {
        Trajectory t = run(TestFunctions.rosenbrock(), new Vec2(-1.2, 1), Hyperparameters.defaults(k), 1, 40);
        // up to |∇C| ≈ 1e-8: beyond, the gradient is rounding noise
        for (int n = 0; n + 1 < t.size() && t.gradient(n).norm() > 1e-8; n++) {
            LineSearchTrace s = trace(t, n);
            assertEquals(t.learningRate(n), s.accepted(), 0, k.id() + " row " + n);
            LineSearchTrace.Trial a = s.acceptedTrial().orElseThrow();
            assertEquals(t.learningRate(n), a.t(), 0);
            assertEquals(t.point(n).plus(t.update(n)), a.point(s), k.id() + " row " + n);
            assertEquals(t.cost(n), s.cost0(), 0);
            assertTrue(s.slope0() < 0, "a descent direction");
            assertEquals(1, s.trials().stream().filter(LineSearchTrace.Trial::accepted).count());
        }
    }

    @Test
    void armijoTriesAlphaThenHalvesWorkedByHand() {
        // from (1, 1): g = (1, 10), d = −g, C = 5.5, φ'(0) = −101.
        // t = 1 → (0, −9): C = ½·10·81 = 405; t = ½ → (½, −4): C = ½(¼ + 160) = 80.125;
        // t = ¼ → (¾, −3/2): C = ½(9/16 + 22.5) = 11.53125; t = ⅛ → (⅞, −¼): C = ½(49/64 + 10/16) = 0.6953125
        Trajectory t = run(BOWL, new Vec2(1, 1), Hyperparameters.defaults(OptimizerKind.ARMIJO), 1, 1);
        LineSearchTrace s = trace(t, 0);
        assertEquals(new Vec2(-1, -10), s.d());
        assertEquals(-101, s.slope0(), 0);
        double[] ts = {1, 0.5, 0.25, 0.125};
        double[] costs = {405, 80.125, 11.53125, 0.6953125};
        assertEquals(4, s.trials().size());
        for (int i = 0; i < 4; i++) {
            LineSearchTrace.Trial r = s.trials().get(i);
            assertEquals(ts[i], r.t(), 0);
            assertEquals(costs[i], r.cost(), 1e-13);
            assertEquals(i == 3, r.accepted());
        }
        // φ'(1) = ∇C(0, −9)ᵀd = (0, −90)·(−1, −10) = 900
        assertEquals(900, s.trials().get(0).slope(), 1e-12);
    }

    @Test
    void armijoTrialsAreAlphaTimesPowersOfRhoAndTheRejectedOnesFailSufficientDecrease() {
        double rho = 0.3;
        double c1 = 0.2;
        Hyperparameters h = Hyperparameters.defaults(OptimizerKind.ARMIJO).with("shrink", rho).with("c1", c1);
        Trajectory t = run(TestFunctions.rosenbrock(), new Vec2(-1.2, 1), h, 2.5, 60);
        int rejected = 0;
        for (int n = 0; n + 1 < t.size(); n++) {
            LineSearchTrace s = trace(t, n);
            List<LineSearchTrace.Trial> trials = s.trials();
            double expected = 2.5;
            for (int i = 0; i < trials.size(); i++) {
                LineSearchTrace.Trial r = trials.get(i);
                assertEquals(expected, r.t(), 0, "row " + n + " trial " + i);
                expected *= rho;
                boolean decreases = r.cost() <= s.cost0() + c1 * r.t() * s.slope0();
                assertEquals(r.accepted(), decreases, "row " + n + " trial " + i);
                rejected += r.accepted() ? 0 : 1;
            }
        }
        assertTrue(rejected > 20, "the search backtracked: " + rejected);
    }

    @ParameterizedTest
    @EnumSource(names = {"WOLFE", "CG", "BFGS", "LBFGS"})
    void everyRejectedWolfeTrialBreaksSufficientDecreaseOrTheCurvatureConditionOrDoesNotImprove(OptimizerKind k) {
        Hyperparameters h = Hyperparameters.defaults(k);
        double c1 = h.get("c1");
        double c2 = h.get("c2");
        Trajectory t = run(TestFunctions.rosenbrock(), new Vec2(-1.2, 1), h, 1, 40);
        int rejected = 0;
        for (int n = 0; n + 1 < t.size() && t.gradient(n).norm() > 1e-8; n++) {
            LineSearchTrace s = trace(t, n);
            double best = s.cost0();
            for (LineSearchTrace.Trial r : s.trials()) {
                boolean decrease = r.cost() <= s.cost0() + c1 * r.t() * s.slope0();
                boolean curvature = Math.abs(r.slope()) <= c2 * Math.abs(s.slope0());
                if (r.accepted()) {
                    assertTrue(decrease && curvature, k.id() + " row " + n);
                } else {
                    rejected++;
                    // Algorithms 3.5/3.6 also set aside a trial that is no lower than the best so far
                    assertTrue(!decrease || !curvature || r.cost() >= best, k.id() + " row " + n + " t " + r.t());
                }
                if (decrease) {
                    best = Math.min(best, r.cost());
                }
            }
        }
        assertTrue(rejected > 0, k.id() + " rejected some trial");
    }

    @ParameterizedTest
    @EnumSource(names = {"GD", "POLYAK", "BB", "NEWTON"})
    void aRuleWithoutLineSearchHasNoTrace(OptimizerKind k) {
        Hyperparameters h = k == OptimizerKind.POLYAK ? Hyperparameters.defaults(k).with("cstar", 0) : Hyperparameters.defaults(k);
        Trajectory t = run(BOWL, new Vec2(1, 1), h, 0.01, 3);
        RunConfig c = t.config();
        assertFalse(LineSearchTrace.replay(c.kernel(), t.state(1), c.function(), t.point(1), t.gradient(1), 0.01)
                .isPresent());
    }

    @Test
    void bfgsWithExactLineSearchHasLearntTheInverseHessianAfterTwoSteps() {
        // C = ½wᵀAw with A = R diag(1, 10) Rᵀ, R the rotation by 30°: A⁻¹ = u uᵀ + v vᵀ/10, u = (c, s), v = (−s, c)
        double c = Math.cos(Math.toRadians(30));
        double s = Math.sin(Math.toRadians(30));
        Sym2 inverse = new Sym2(c * c + s * s / 10, s * c - s * c / 10, s * s + c * c / 10);
        Hyperparameters h = Hyperparameters.defaults(OptimizerKind.BFGS).with("line_search", 1);
        Trajectory t = run(TestFunctions.quadratic(10, 30), new Vec2(-4, 3), h, 1, 2);
        assertEquals(3, t.size());
        Sym2 h0 = trace(t, 0).inverseHessianApproximation().orElseThrow();
        assertEquals(new Sym2(1, 0, 1), h0, "H₀ = I");
        Sym2 h2 = trace(t, 2).inverseHessianApproximation().orElseThrow();
        assertEquals(inverse.xx(), h2.xx(), 1e-9);
        assertEquals(inverse.xy(), h2.xy(), 1e-9);
        assertEquals(inverse.yy(), h2.yy(), 1e-9);
        // after one step it is not there yet
        Sym2 h1 = trace(t, 1).inverseHessianApproximation().orElseThrow();
        assertTrue(Math.abs(h1.xx() - inverse.xx()) + Math.abs(h1.yy() - inverse.yy()) > 1e-3);
        assertEquals(OptimizerKind.BFGS, trace(t, 0).kind());
    }
}
