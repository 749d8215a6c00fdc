package org.gdlab.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.LineSearchTrace;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.testing.TestFunctions;
import org.junit.jupiter.api.Test;

/**
 * The slice chart's data on C = ½(x² + 10y²) from w = (1, 1), worked by hand: d = −∇C = (−1, −10),
 * φ(0) = 5.5, φ'(0) = −101, φ''= dᵀAd = 1 + 10·100 = 1001, so φ(t) = 5.5 − 101t + 500.5t², the Armijo line is
 * 5.5 − c₁·101·t and |φ'(t)| = |−101 + 1001t| ≤ c₂·101 exactly for t ∈ [(1 − c₂)·101/1001, (1 + c₂)·101/1001].
 */
class SliceDataTest {

    private static final CostFunction BOWL = TestFunctions.quadratic(10, 0);

    private static LineSearchTrace trace(OptimizerKind k, Hyperparameters h) {
        Trajectory t = Simulation.run(RunConfig.of(BOWL, new Vec2(1, 1), h, 1).withMaxSteps(3).withTolerance(0),
                Collections.emptyNavigableMap(), true);
        return LineSearchTrace.replay(t.config().kernel(), t.state(0), BOWL, t.point(0), t.gradient(0), 1).orElseThrow();
    }

    @Test
    void theCurveTheArmijoLineAndTheBandAreTheQuadraticsWorkedByHand() {
        double c1 = 1e-4;
        double c2 = 0.9;
        LineSearchTrace s = trace(OptimizerKind.WOLFE, Hyperparameters.defaults(OptimizerKind.WOLFE));
        SliceData d = SliceData.of(s, c1, c2, BOWL);
        assertEquals(5.5, d.armijoLine(0), 1e-15);
        assertEquals(5.5 - c1 * 101 * 0.7, d.armijoLine(0.7), 1e-13);
        for (int i = 0; i < d.ts().length; i += 37) {
            double t = d.ts()[i];
            assertEquals(5.5 - 101 * t + 500.5 * t * t, d.costs()[i], 1e-12 * (1 + d.costs()[i]), "φ(" + t + ")");
        }
        assertEquals(1, d.band().size());
        assertEquals((1 - c2) * 101 / 1001, d.band().get(0)[0], 1e-12);
        assertEquals((1 + c2) * 101 / 1001, d.band().get(0)[1], 1e-12);
        assertTrue(d.tMax() >= s.trials().stream().mapToDouble(LineSearchTrace.Trial::t).max().orElseThrow());
    }

    @Test
    void aSmallerC2NarrowsTheBandAboutTheMinimumAlongTheLine() {
        // the minimum of φ is at t* = 101/1001; c₂ = 0.1 leaves [0.9t*, 1.1t*]
        LineSearchTrace s = trace(OptimizerKind.CG, Hyperparameters.defaults(OptimizerKind.CG));
        SliceData d = SliceData.of(s, 1e-4, 0.1, BOWL);
        double star = 101.0 / 1001;
        assertEquals(0.9 * star, d.band().get(0)[0], 1e-12);
        assertEquals(1.1 * star, d.band().get(0)[1], 1e-12);
    }

    @Test
    void withoutC2ThereIsNoBand() {
        LineSearchTrace s = trace(OptimizerKind.ARMIJO, Hyperparameters.defaults(OptimizerKind.ARMIJO));
        SliceData d = SliceData.of(s, 1e-4, Double.NaN, BOWL);
        assertTrue(d.band().isEmpty());
        // Armijo's trials 1, ½, ¼, ⅛: the slice reaches past the first
        assertEquals(1.25, d.tMax(), 0);
    }
}
