package org.gdlab.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.core.testing.TestFunctions;
import org.junit.jupiter.api.Test;

/** The words next to the α slider: local, only for rules with a limit, and no verdict the run does not show. */
class AlphaHintTest {

    private static String words(RunConfig c) {
        return AlphaHint.words(c, Explainer.explain(Simulation.run(c)));
    }

    @Test
    void onRosenbrockAStartAboveTheLocalLimitIsSaidWithoutPredictingADivergenceThatDoesNotHappen() {
        // at (−1.5, 2): H = [[1902, 600], [600, 200]], λmax ≈ 2092, 2/λmax ≈ 9.56e-4; α = 1e-3 is 1.05× that,
        // yet the run does not diverge (the curvature is smaller along the valley it reaches)
        Surface s = SurfaceCatalog.create("rosenbrock");
        RunConfig c = RunConfig.of(s, new Vec2(-1.5, 2), OptimizerKind.GD, 1e-3);
        String w = words(c);
        assertEquals("α is 1.0× the stability limit 2/λmax = 9.56e-4 at the start; this run does not diverge.", w);
        assertFalse(w.contains("grow"), w);
    }

    @Test
    void aDivergingRunAboveTheLimitIsSaidToDiverge() {
        RunConfig c = RunConfig.of(SurfaceCatalog.create("quadratic"), new Vec2(-4.5, 2), OptimizerKind.GD, 0.25);
        // κ = 10: 2/λmax = 0.2, α = 0.25 = 1.25×; the run diverges at step 26
        assertEquals("α is 1.3× the stability limit 2/λmax = 0.200 at the start: this run diverges at step 26, "
                + "step too large.", words(c));
    }

    @Test
    void rulesWithoutALimitAreSaidToHaveNone() {
        Surface q = SurfaceCatalog.create("quadratic");
        RunConfig adam = RunConfig.of(q, new Vec2(-4.5, 2), OptimizerKind.ADAM, 0.5);
        assertEquals("Adam has no stability limit of this kind: its steps are scaled per coordinate.", words(adam));
        // ½(u² + 10v²): the Hessian's eigenvalues are 1 and 10 everywhere; the reason is said once, under the slider
        assertEquals("at the start: λmax = 10.0, λmin = 1.00", AlphaHint.stabilityLine(adam));
        RunConfig normalized = adam.withOptimizer(OptimizerKind.NORMALIZED);
        assertEquals("Normalized GD has no stability limit: every step is α long.", words(normalized));
        assertTrue(AlphaHint.atStart(adam).isEmpty() && AlphaHint.atStart(normalized).isEmpty());
    }

    @Test
    void momentumNamesItsOwnLimit() {
        RunConfig c = RunConfig.of(SurfaceCatalog.create("quadratic"), new Vec2(-4.5, 2), OptimizerKind.MOMENTUM, 0.19);
        // μ = 0.9: 2(1 + μ)/λmax = 0.38, α = 0.19 is half of it
        assertEquals("α is 0.50× the stability limit 2(1+μ)/λmax = 0.380 (μ = 0.900) at the start.", words(c));
        assertEquals("at the start: λmax = 10.0, stability limit of momentum 2(1+μ)/λmax = 0.380 (μ = 0.900)",
                AlphaHint.stabilityLine(c));
    }

    @Test
    void aHessianThatIsNotANumberIsSaidSoNotAsLambdaMaxNaN() {
        RunConfig c = RunConfig.of(TestFunctions.of((x, y) -> x * x, (x, y) -> new Vec2(2 * x, 0),
                (x, y) -> new Sym2(Double.NaN, 0, 0)), new Vec2(1, 0), OptimizerKind.GD, 0.1);
        String line = AlphaHint.stabilityLine(c);
        assertEquals("at the start the Hessian is not a finite number, so it sets no stability limit", line);
        assertFalse(words(c).contains("NaN"), words(c));
    }

    @Test
    void whereNothingCurvesUpThereIsNoLimit() {
        // the monkey saddle x³ − 3xy² has H = 0 at the origin
        RunConfig c = RunConfig.of(SurfaceCatalog.create("monkey-saddle"), new Vec2(0, 0), OptimizerKind.GD, 0.1);
        assertEquals("at the start: λmax = 0 ≤ 0: the surface does not curve up there, so curvature sets no "
                + "stability limit", AlphaHint.stabilityLine(c));
    }
}
