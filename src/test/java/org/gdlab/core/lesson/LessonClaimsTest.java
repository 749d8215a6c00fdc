package org.gdlab.core.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.core.surface.StationaryPoint;
import org.gdlab.core.surface.Surface;
import org.junit.jupiter.api.Test;

/**
 * Each lesson's caption states a fact; each test runs the lesson's scenario with the core simulation and
 * checks it. The runs are deterministic (noise from a fixed seed), so the margins below only have to
 * separate behaviours that differ by orders of magnitude, not absorb randomness.
 */
class LessonClaimsTest {

    private static List<Trajectory> run(String id) {
        return Lessons.byId(id).scenario().runConfigs().stream().map(Simulation::run).toList();
    }

    private static Vec2 last(Trajectory t) {
        return t.point(t.size() - 1);
    }

    private static double tailMeanCost(Trajectory t, int n) {
        double sum = 0;
        for (int k = t.size() - n; k < t.size(); k++) {
            sum += t.cost(k);
        }
        return sum / n;
    }

    @Test
    void thereAreAtLeastTenLessonsWithDistinctIdsAndFullTexts() {
        List<String> ids = Lessons.ids();
        assertEquals(List.of("lr-too-small", "lr-too-large", "shrinking-steps", "zigzag-momentum", "cliff-clipping",
                "schedule-nonsmooth", "noisy-schedule", "saddle-point", "himmelblau-basins", "normalized-vs-gd",
                "size-is-not-distance", "step-size-rules", "exact-vs-cg", "bfgs-curvature", "feature-scaling", "batch-noise",
                "separable-growth"), ids);
        assertEquals(ids.size(), new HashSet<>(ids).size());
        for (Lesson l : Lessons.all()) {
            assertFalse(l.title().isBlank(), l.id());
            assertTrue(l.caption().length() > 80, l.id());
            assertFalse(l.tryThis().isBlank(), l.id());
            assertFalse(l.scenario().runs().isEmpty(), l.id());
        }
    }

    @Test
    void unknownLessonIdNamesTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lessons.byId("lr-too-big"));
        assertTrue(e.getMessage().startsWith("unknown lesson 'lr-too-big'; valid: lr-too-small, lr-too-large"), e.getMessage());
    }

    @Test
    void tooSmallRateIsStillFarAfterTheStepLimitWhileTheGoodRateArrivesWithinThirtySteps() {
        List<Trajectory> t = run("lr-too-small");
        // α = 0.005 on x² + y²: |w_k| = 5 · 0.99^k, so 5 · 0.99^100 ≈ 1.83 after 100 steps
        assertEquals(5 * Math.pow(0.99, 100), last(t.get(0)).norm(), 1e-9);
        // α = 0.1: |w_k| = 5 · 0.8^k, 0.0062 after 30 steps
        assertTrue(t.get(1).point(30).norm() < 0.01);
    }

    @Test
    void rateAboveTwoOverLambdaMaxDivergesAndBelowConverges() {
        Scenario s = Lessons.byId("lr-too-large").scenario();
        Surface f = s.createSurface();
        double lambdaMax = LocalCurvature.at(f, s.start()).lambdaMax();
        assertEquals(10, lambdaMax, 1e-9); // κ = 10 quadratic: the Hessian's eigenvalues are 1 and 10 exactly
        assertTrue(s.runs().get(0).config().learningRate() < 2 / lambdaMax);
        assertTrue(s.runs().get(1).config().learningRate() > 2 / lambdaMax);
        List<Trajectory> t = run("lr-too-large");
        assertTrue(t.get(0).cost(t.get(0).size() - 1) < 1e-10, "α = 0.18 converges: factor 0.8 per step");
        assertInstanceOf(Diverged.class, t.get(1).end(), "α = 0.22 grows by 1.2 per step");
    }

    @Test
    void stepsShrinkWithTheGradientAtConstantRate() {
        Trajectory t = run("shrinking-steps").get(0);
        double previous = Double.POSITIVE_INFINITY;
        for (int k = 0; k < t.size() - 1; k++) {
            double step = t.update(k).norm();
            assertEquals(0.1 * t.gradient(k).norm(), step, 1e-12 * (1 + step)); // step = α|∇C|, α constant
            assertTrue(step < previous, "step " + k + " is shorter than the one before");
            previous = step;
        }
        assertTrue(t.update(t.size() - 2).norm() < 0.01 * t.update(0).norm());
    }

    @Test
    void momentumReachesTheMinimumFarSoonerThanZigZaggingGd() {
        List<Trajectory> t = run("zigzag-momentum");
        Trajectory gd = t.get(0);
        Trajectory momentum = t.get(1);
        // GD zig-zags: the across-valley coordinate y changes sign from step to step (factor 1 − 25α = −0.875)
        for (int k = 0; k < 10; k++) {
            assertTrue(gd.y(k) * gd.y(k + 1) < 0, "zig-zag at step " + k);
        }
        // contraction per step: GD 0.925 along the floor, momentum at most 0.8 (eigenvalues of the heavy-ball map)
        double gdCost = gd.cost(gd.size() - 1);
        double momentumCost = momentum.cost(momentum.size() - 1);
        assertTrue(momentumCost < 1e-3 * gdCost, momentumCost + " vs " + gdCost);
    }

    @Test
    void clippingTamesTheCliffWhilePlainGdIsThrownOutOfTheView() {
        Scenario s = Lessons.byId("cliff-clipping").scenario();
        List<Trajectory> t = run("cliff-clipping");
        Trajectory plain = t.get(0);
        Trajectory clipped = t.get(1);
        double widest = 0;
        for (int k = 0; k < plain.size(); k++) {
            widest = Math.max(widest, Math.abs(plain.x(k)));
        }
        assertTrue(widest > 2 * s.view().width(), "thrown farther than twice the view's width: " + widest);
        for (int k = 0; k < clipped.size(); k++) {
            assertTrue(s.view().contains(clipped.x(k), clipped.y(k)), "clipped run stays in view at step " + k);
            assertTrue(clipped.update(k).norm() <= 0.1 + 1e-12, "clipped step ≤ α");
        }
        assertTrue(clipped.cost(clipped.size() - 1) < 1e-3);
        assertTrue(clipped.cost(clipped.size() - 1) < plain.cost(plain.size() - 1));
    }

    @Test
    void decayingScheduleSettlesLowerInTheValleyThanConstantRate() {
        List<Trajectory> t = run("schedule-nonsmooth");
        double constant = tailMeanCost(t.get(0), 50);
        double decaying = tailMeanCost(t.get(1), 50);
        assertTrue(constant > 0.5, "constant α chatters: " + constant);
        assertTrue(decaying < 0.1 * constant, decaying + " vs " + constant);
    }

    @Test
    void decayingScheduleAveragesTheNoiseAway() {
        List<Trajectory> t = run("noisy-schedule");
        double constant = tailMeanCost(t.get(0), 100);
        double decaying = tailMeanCost(t.get(1), 100);
        assertTrue(decaying < 0.1 * constant, decaying + " vs " + constant);
    }

    @Test
    void gdSlowsNearTheSaddleThenLeavesAlongY() {
        Trajectory t = run("saddle-point").get(0);
        double smallest = Double.POSITIVE_INFINITY;
        int at = 0;
        for (int k = 0; k < t.size(); k++) {
            double g = t.gradient(k).norm();
            if (g < smallest) {
                smallest = g;
                at = k;
            }
        }
        assertTrue(smallest < 0.15 * t.gradient(0).norm(), "the gradient nearly vanishes near the saddle");
        assertTrue(t.point(at).norm() < 0.3, "where it is smallest, the point is near (0, 0)");
        assertTrue(Math.abs(last(t).y()) > 1, "then it slides off along y");
        assertTrue(at > 5 && at < t.size() - 5, "the slow part is in the middle of the run");
    }

    @Test
    void himmelblauRunsFromNearbyStartsEndInFourDifferentMinima() {
        Scenario s = Lessons.byId("himmelblau-basins").scenario();
        List<StationaryPoint> minima = s.createSurface().description().minima();
        assertEquals(4, minima.size());
        Set<Integer> reached = new HashSet<>();
        for (Trajectory t : run("himmelblau-basins")) {
            Vec2 end = last(t);
            for (int m = 0; m < minima.size(); m++) {
                if (end.minus(minima.get(m).at()).norm() < 1e-4) { // converged runs: |∇C| < 1e-8 near a minimum
                    reached.add(m);
                }
            }
        }
        assertEquals(Set.of(0, 1, 2, 3), reached);
    }

    @Test
    void normalizedGdStepsAreAlwaysAlphaLongAndItHopsAroundWhileGdConverges() {
        List<Trajectory> t = run("normalized-vs-gd");
        Trajectory gd = t.get(0);
        Trajectory normalized = t.get(1);
        for (int k = 0; k < normalized.size() - 1; k++) {
            assertEquals(0.3, normalized.update(k).norm(), 1e-12);
        }
        assertTrue(gd.cost(gd.size() - 1) < 1e-10);
        assertTrue(last(normalized).norm() > 0.01, "normalized GD cannot settle closer than about α");
        assertTrue(normalized.end() instanceof org.gdlab.core.sim.MaxSteps);
    }

    @Test
    void armijoAndExactLineSearchBeatTheFixedRateAndExactTurnsAtRightAngles() {
        List<Trajectory> t = run("step-size-rules");
        Trajectory gd = t.get(0);
        Trajectory armijo = t.get(1);
        Trajectory exact = t.get(2);
        // the fixed α = 0.15 is below 2/λmax = 2/10 for the caption's claim of stability
        assertTrue(0.15 < 2.0 / 10);
        for (int k = 0; k + 1 < armijo.size(); k++) {
            double step = armijo.learningRate(k);
            // t = 1, 1/2, 1/4, …: a power of two, and the cost fell by at least c₁·t·|g|²
            assertEquals(0, Math.getExponent(step) - Math.log(step) / Math.log(2), 1e-12, "armijo t at row " + k);
            assertTrue(armijo.cost(k + 1) <= armijo.cost(k) - 1e-4 * step * armijo.gradient(k).dot(armijo.gradient(k)));
        }
        for (int k = 0; k + 1 < exact.size(); k++) {
            double cos = exact.gradient(k).dot(exact.gradient(k + 1))
                    / (exact.gradient(k).norm() * exact.gradient(k + 1).norm());
            assertEquals(0, cos, 1e-9, "right angle at row " + k);
        }
        int fixed = steps(gd);
        assertTrue(fixed < Integer.MAX_VALUE, "the fixed α converges too, more slowly");
        assertTrue(steps(armijo) < fixed, "armijo " + steps(armijo) + " against " + fixed);
        assertTrue(steps(exact) < fixed, "exact " + steps(exact) + " against " + fixed);
    }

    /** @return the steps a run took to converge, or MAX_VALUE when it did not */
    private static int steps(Trajectory t) {
        return t.end() instanceof org.gdlab.core.sim.Converged c ? c.step() : Integer.MAX_VALUE;
    }

    @Test
    void conjugateGradientReachesTheMinimumInTwoStepsWhileExactSteepestDescentZigZags() {
        List<Trajectory> t = run("exact-vs-cg");
        Trajectory exact = t.get(0);
        Trajectory cg = t.get(1);
        for (int k = 0; k + 1 < exact.size(); k++) {
            double cos = exact.gradient(k).dot(exact.gradient(k + 1))
                    / (exact.gradient(k).norm() * exact.gradient(k + 1).norm());
            assertEquals(0, cos, 1e-9, "right angle at row " + k);
        }
        assertTrue(steps(exact) > 10 && steps(exact) < Integer.MAX_VALUE, "exact: " + steps(exact));
        assertEquals(2, steps(cg));
        // d₁ᵀHd₀ = 0 with H the quadratic's constant Hessian; d_k = Δw_k / t_k
        org.gdlab.core.math.Sym2 h = cg.config().function().hessian(0, 0);
        org.gdlab.core.math.Vec2 d0 = cg.update(0).times(1 / cg.learningRate(0));
        org.gdlab.core.math.Vec2 d1 = cg.update(1).times(1 / cg.learningRate(1));
        assertEquals(0, d1.dot(h.times(d0)) / (d1.norm() * h.times(d0).norm()), 1e-9);
    }

    @Test
    void bfgsStartsWithACircleRescalesItAndHasTheTrueInverseHessianAtStepTwo() {
        Trajectory t = Simulation.run(Lessons.byId("bfgs-curvature").scenario().runConfigs().get(0),
                java.util.Collections.emptyNavigableMap(), true);
        org.gdlab.core.sim.RunConfig c = t.config();
        java.util.function.IntFunction<org.gdlab.core.math.Sym2> h = k -> org.gdlab.core.optim.LineSearchTrace
                .replay(c.kernel(), t.state(k), c.function(), t.point(k), t.gradient(k), c.learningRate()).orElseThrow()
                .inverseHessianApproximation().orElseThrow();
        // "At step 0 H = I … and d = −∇C"
        assertEquals(new org.gdlab.core.math.Sym2(1, 0, 1), h.apply(0));
        assertEquals(t.gradient(0).times(-t.learningRate(0)), t.update(0));
        // "after one step … H·y = s": s = w₁ − w₀, y = A·s for the quadratic's A = Rᵀ diag(1, 10) R, θ = 30°
        double co = Math.cos(Math.toRadians(30));
        double si = Math.sin(Math.toRadians(30));
        org.gdlab.core.math.Sym2 a = new org.gdlab.core.math.Sym2(co * co + 10 * si * si, (1 - 10) * si * co,
                si * si + 10 * co * co);
        Vec2 s = t.update(0);
        Vec2 y = a.times(s);
        org.gdlab.core.math.Sym2 h1 = h.apply(1);
        assertEquals(0, h1.times(y).minus(s).norm(), 1e-12 * s.norm(), "the secant equation");
        // "still wrong across it": H₁ is not yet A⁻¹
        assertTrue(Math.abs(h1.xx() - (co * co + si * si / 10)) > 0.1, "H₁ = " + h1);
        // "at step 2 … H = (∇²C)⁻¹": A⁻¹ = u uᵀ + v vᵀ/10 with u = (cos θ, sin θ), v = (−sin θ, cos θ)
        org.gdlab.core.math.Sym2 h2 = h.apply(2);
        assertEquals(co * co + si * si / 10, h2.xx(), 1e-9);
        assertEquals(si * co - si * co / 10, h2.xy(), 1e-9);
        assertEquals(si * si + co * co / 10, h2.yy(), 1e-9);
        // "d points at the minimum, and t = 1 lands there": w₃ is the minimum (0, 0), the run converged at step 3
        assertEquals(1, t.learningRate(2), 0);
        assertTrue(t.point(3).norm() < 1e-8 * t.point(0).norm(), "w₃ = " + t.point(3));
        assertEquals(3, steps(t));
    }

    @Test
    void gdStepsScaleWithTheGradientNormalizedStepsDoNotAndArmijoConvergesSoonest() {
        List<Trajectory> t = run("size-is-not-distance");
        Trajectory gd = t.get(0);
        Trajectory normalized = t.get(1);
        Trajectory armijo = t.get(2);
        for (int k = 0; k + 1 < gd.size(); k++) {
            assertEquals(0.1 * gd.gradient(k).norm(), gd.update(k).norm(), 1e-12 * gd.gradient(k).norm());
        }
        for (int k = 0; k + 1 < normalized.size(); k++) {
            assertEquals(0.3, normalized.update(k).norm(), 1e-12);
        }
        assertTrue(normalized.end() instanceof org.gdlab.core.sim.MaxSteps, "normalized GD cannot settle");
        for (int k = 0; k + 1 < armijo.size(); k++) {
            double step = armijo.learningRate(k);
            double gg = armijo.gradient(k).dot(armijo.gradient(k));
            assertTrue(armijo.cost(k + 1) <= armijo.cost(k) - 1e-4 * step * gg, "sufficient decrease at row " + k);
        }
        assertTrue(steps(gd) < Integer.MAX_VALUE, "GD converges too");
        assertTrue(steps(armijo) * 2 < steps(gd), "armijo " + steps(armijo) + " against GD " + steps(gd));
    }

    /**
     * scales unscaled: eigenvalues of H = mean of x·xᵀ, the crawl along w1 (contraction 1 − αλmin per step,
     * αλmin = λmin/λmax ≈ 3.5e-7) and the loss after 1000 steps; standardized: κ and the steps to converge.
     */
    @Test
    void featureScalingTurnsAThreeMillionConditionNumberIntoEightAndAHalf() {
        Lesson lesson = Lessons.byId("feature-scaling");
        Surface s = lesson.scenario().surface().create();
        LocalCurvature c = LocalCurvature.at(s, Vec2.ZERO);
        assertEquals(0.126, c.lambdaMin(), 0.0005);
        assertEquals(3.6e5, c.lambdaMax(), 0.05e5);
        assertTrue(c.conditionNumber() > 2.8e6 && c.conditionNumber() < 3.0e6, "κ = " + c.conditionNumber());
        assertEquals(5.5e-6, 2 / c.lambdaMax(), 0.05e-6);
        assertTrue(c.lambdaMin() / c.lambdaMax() < 1e-6, "each step moves less than a millionth along w1");
        Trajectory t = run("feature-scaling").get(0);
        assertEquals(1000, t.size() - 1);
        assertEquals(3.88, t.cost(0), 0.005);
        assertEquals(0.579, t.cost(1000), 0.0005);
        double best = s.description().minima().get(0).value();
        assertEquals(0.0053, best, 0.00005);
        assertTrue(t.cost(1000) > 100 * best && t.cost(1000) < 110 * best, "100 times the best fit's loss");

        org.gdlab.core.data.DataCost scaled = new org.gdlab.core.data.DataSpec(
                org.gdlab.core.data.BuiltinDatasets.load("scales"), org.gdlab.core.data.Model.LINEAR2, true, 0).cost();
        LocalCurvature sc = LocalCurvature.at(scaled, Vec2.ZERO);
        assertEquals(8.5, sc.conditionNumber(), 0.05);
        Trajectory st = Simulation.run(org.gdlab.core.sim.RunConfig.defaults(scaled));
        assertInstanceOf(org.gdlab.core.sim.Converged.class, st.end());
        assertTrue(st.size() - 1 <= 130, "converged at step " + (st.size() - 1));
    }

    @Test
    void batchNoiseHelpsEarlyHurtsWithAConstantRateAndADecayingRateSettlesIt() {
        List<Trajectory> t = run("batch-noise");
        org.gdlab.core.data.Dataset d = org.gdlab.core.data.BuiltinDatasets.load("noisy-line");
        int n = d.size();
        assertEquals(40, n);
        // J(0, 0) = (1/2N) Σ yᵢ²; J* from the normal equations, by hand
        double j0 = 0;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            j0 += d.y(i) * d.y(i) / (2 * n);
            mx += d.x1(i) / n;
            my += d.y(i) / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (d.x1(i) - mx) * (d.y(i) - my);
            sxx += (d.x1(i) - mx) * (d.x1(i) - mx);
        }
        double w = sxy / sxx;
        double b = my - w * mx;
        double jStar = 0;
        for (int i = 0; i < n; i++) {
            double r = w * d.x1(i) + b - d.y(i);
            jStar += r * r / (2 * n);
        }
        assertEquals(48.1, j0, 0.05);
        assertEquals(10.73, jStar, 0.005);
        assertEquals(4, t.get(1).config().batch());
        assertEquals(10.95, t.get(1).cost(2), 0.005, "B = 4 after 2 steps (8 points read)");
        assertEquals(10.93, t.get(0).cost(2), 0.005, "full batch after 2 steps (80 points read)");
        assertTrue(t.get(1).cost(2) < 1.002 * t.get(0).cost(2), "within 0.2 %");
        double constant = tailMeanCost(t.get(1), 100);
        double decaying = tailMeanCost(t.get(2), 100);
        assertEquals(13.5, constant, 0.05);
        assertEquals(0.26, constant / jStar - 1, 0.005);
        assertEquals(10.84, decaying, 0.005);
        assertEquals(0.01, decaying / jStar - 1, 0.0015);
    }

    @Test
    void separableLogisticWeightGrowsLikeLogKAndAPenaltyStopsIt() {
        Trajectory t = run("separable-growth").get(0);
        assertEquals(3.87, t.x(100), 0.005);
        assertEquals(6.30, t.x(1000), 0.005);
        assertEquals(8.98, t.x(10_000), 0.005);
        double first = t.x(1000) - t.x(100);
        double second = t.x(10_000) - t.x(1000);
        assertEquals(2.6, (first + second) / 2, 0.05, "about 2.6 per tenfold of steps");
        assertTrue(Math.abs(second - first) < 0.15 * first, "equal growth per decade: like log k");
        assertEquals(1.4e-4, t.cost(10_000), 0.05e-4);
        org.gdlab.core.data.DataCost scaled = (org.gdlab.core.data.DataCost) t.config().function();
        assertEquals(org.gdlab.core.data.NoOptimum.SEPARABLE, scaled.optimum().reason());
        org.gdlab.core.data.DataCost penalised = new org.gdlab.core.data.DataSpec(
                org.gdlab.core.data.BuiltinDatasets.load("separable"), org.gdlab.core.data.Model.LOGISTIC, false, 0.01).cost();
        assertEquals(2.76, penalised.optimum().at().x(), 0.005);
        Trajectory p = Simulation.run(org.gdlab.core.sim.RunConfig.of(penalised, Vec2.ZERO,
                org.gdlab.core.optim.OptimizerKind.GD, 1).withMaxSteps(10_000));
        assertInstanceOf(org.gdlab.core.sim.Converged.class, p.end());
        assertEquals(427, p.size() - 1);
    }
}
