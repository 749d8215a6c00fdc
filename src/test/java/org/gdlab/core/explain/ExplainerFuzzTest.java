package org.gdlab.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.Converged;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.DivergenceReason;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Stopped;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.core.surface.ViewRect;
import org.junit.jupiter.api.Test;

/**
 * Seeded random runs (every built-in surface, random κ and θ for the quadratic, every optimizer, α from 1e-6 to
 * 1e6 on a log scale, starts anywhere in the view, some with noise or a schedule): whatever reason the
 * explainer gives must agree with the trajectory itself, checked here from the rows.
 */
class ExplainerFuzzTest {

    private static final int RUNS = 600;

    @Test
    void everyReasonIsConsistentWithTheTrajectory() {
        SplittableRandom random = new SplittableRandom(12);
        Map<Reason, Integer> seen = new EnumMap<>(Reason.class);
        List<String> ids = SurfaceCatalog.ids();
        for (int i = 0; i < RUNS; i++) {
            RunConfig c = draw(random, ids);
            Trajectory t = Simulation.run(c);
            Outcome o = Explainer.explain(t);
            String what = "run " + i + ": " + ((Surface) c.function()).description().id() + " " + c.optimizer().id()
                    + " α=" + c.learningRate() + " from " + c.start() + ", " + c.maxSteps() + " steps\n" + o.sentence();
            seen.merge(o.reason(), 1, Integer::sum);
            check(t, o, what);
        }
        // the seed draws every reason but non_finite (no built-in surface is undefined anywhere in its plane)
        // and below_cstar (C* is the surface's own minimum value here, so C never falls below it)
        for (Reason r : Reason.values()) {
            if (r != Reason.NON_FINITE && r != Reason.BELOW_CSTAR) {
                assertTrue(seen.getOrDefault(r, 0) > 0, "the fuzz draws " + r + ": " + seen);
            }
        }
    }

    private static RunConfig draw(SplittableRandom r, List<String> ids) {
        String id = ids.get(r.nextInt(ids.size()));
        Surface s = id.equals("quadratic")
                ? SurfaceCatalog.create(id, Map.of("kappa", Math.pow(10, 4 * r.nextDouble()), "theta", 90 * r.nextDouble()))
                : SurfaceCatalog.create(id);
        ViewRect v = s.description().view();
        Vec2 start = r.nextInt(4) == 0 ? s.description().suggestedStart()
                : new Vec2(v.xMin() + v.width() * r.nextDouble(), v.yMin() + v.height() * r.nextDouble());
        OptimizerKind k = OptimizerKind.values()[r.nextInt(OptimizerKind.values().length)];
        double lr = Math.pow(10, -6 + 12 * r.nextDouble());
        if (k.hyperparameter("cstar").isPresent() && Double.isNaN(RunConfig.knownMinimumValue(s))) {
            k = OptimizerKind.GD;
        }
        RunConfig c = RunConfig.of(s, start, k, lr).withMaxSteps(1 + r.nextInt(1500));
        boolean deterministic = k.choosesStepLength();
        if (r.nextInt(8) == 0 && !deterministic) {
            c = c.withNoise(r.nextDouble()).withSeed(r.nextLong());
        }
        if (r.nextInt(8) == 0 && !deterministic) {
            c = c.withSchedule("inv:0.05");
        }
        return c;
    }

    private static void check(Trajectory t, Outcome o, String what) {
        assertTrue(o.sentence().startsWith(o.headline() + ": ") && o.sentence().endsWith("."), what);
        assertFalse(o.sentence().contains("Infinity") || o.sentence().contains("without converging"), what);
        int n = t.size() - 1;
        assertEquals(t.end() instanceof Diverged, o.status() == Status.DIVERGED, what);
        assertEquals(t.end() instanceof Converged, o.status() == Status.CONVERGED, what);
        assertEquals(t.end() instanceof Stopped, o.status() == Status.STOPPED, what);
        assertEquals(t.end().step(), o.step(), what);
        switch (o.reason()) {
            case CONVERGED -> assertTrue(t.gradient(n).norm() < t.config().tolerance(), what);
            // near a minimum with Hessian eigenvalues λmin … λmax, |∇C|² ≤ 2λmax(C − C*) and C(w₀) − C* ≤
            // |∇C(w₀)|²/(2λmin) on the local model, so C − C* ≤ 1e-12(C(w₀) − C*) gives |∇C| ≤ 1e-6·√κ·|∇C(w₀)|:
            // at most 1e-4 of it for the κ ≤ 1e4 drawn here; the other way in is |∇C| ≤ 1e-6·|∇C(w₀)| itself
            // (or, at a listed minimum's kink where ∇C never vanishes, C is exactly C* there: Polyak and line
            // searches can land on the kink of the valley)
            case REACHED_MINIMUM -> assertTrue(t.gradient(n).norm() <= 1e-3 * t.gradient(0).norm()
                    || t.config().optimizer().choosesStepLength()
                            && t.cost(n) - RunConfig.knownMinimumValue(t.config().function())
                                    <= 1e-12 * (t.cost(0) - RunConfig.knownMinimumValue(t.config().function())),
                    "|∇C| is small against the start: " + what);
            case OSCILLATING -> {
                // the last iterates repeat within a bounded set: they double back over at least twice its size
                int from = Math.max(0, n - RunWitness.TAIL);
                double travelled = 0;
                double diameter = 0;
                for (int k = from; k <= n; k++) {
                    if (k > from) {
                        travelled += t.point(k).minus(t.point(k - 1)).norm();
                    }
                    for (int j = from; j < k; j++) {
                        diameter = Math.max(diameter, t.point(k).minus(t.point(j)).norm());
                    }
                }
                assertTrue(n - from >= 8 && travelled > 0 && diameter <= travelled / 2, what);
            }
            case STILL_DESCENDING -> assertTrue(t.cost(n) < t.cost(Math.max(0, n - RunWitness.TAIL)),
                    "the cost was still falling: " + what);
            case STALLED -> {
                double fall = t.cost(Math.max(0, n - RunWitness.TAIL)) - t.cost(n);
                assertTrue(fall <= 1e-9 * Math.max(Math.abs(t.cost(n)), Math.max(t.cost(0) - t.cost(n), Double.MIN_NORMAL)),
                        "the cost barely moved: " + what);
            }
            case STEP_TOO_LARGE -> assertTrue(StepSizeLimit.exists(t.config().optimizer()),
                    "only rules with a step-size limit: " + what);
            case UNBOUNDED_BELOW -> {
                if (t.end() instanceof Diverged d && d.reason() == DivergenceReason.UNBOUNDED_ALONG_LINE) {
                    // exact line search along d = −∇C(w_n): C keeps falling out to t = 1e10
                    CostFunction f = t.config().function();
                    Vec2 g = t.gradient(n);
                    double far = f.value(t.point(n).minus(g.times(1e10)));
                    double half = f.value(t.point(n).minus(g.times(5e9)));
                    assertTrue(t.config().optimizer() == OptimizerKind.EXACT && far < half && half < t.cost(n), what);
                    return;
                }
                // the cost is falling at the end: over the last kept step, or to −∞ where the refused step landed
                Vec2 landed = t.point(n).plus(t.update(n));
                boolean toMinusInfinity = t.config().function().value(landed) == Double.NEGATIVE_INFINITY;
                assertTrue(toMinusInfinity || (n >= 1 && t.cost(n) < t.cost(n - 1)), "falling at the end: " + what);
                assertTrue(t.cost(n) < t.cost(0) || toMinusInfinity, what);
            }
            case NON_FINITE -> {
                Vec2 landed = n < 0 ? t.config().start() : t.point(n).plus(t.update(n));
                double c = t.config().function().value(landed);
                assertTrue(!Double.isFinite(c) || !t.config().function().gradient(landed).isFinite(), what);
            }
            case LEFT_BOUND -> assertTrue(t.end() instanceof Diverged, what);
            // the rule found no step from the last row: it chooses its own step length, and no step was kept
            case LINE_SEARCH_FAILED, BELOW_CSTAR -> {
                assertTrue(t.config().optimizer().choosesStepLength() && t.end() instanceof Stopped, what);
                assertEquals(Vec2.ZERO, t.update(n), what);
            }
            default -> throw new AssertionError(o.reason());
        }
    }
}
