package org.gdlab.app.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.optim.OptimizerState;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.SurfaceCatalog;
import org.junit.jupiter.api.Test;

/** What each optimizer keeps in memory, as the plot draws it. */
class MemoryTest {

    @Test
    void momentumCoastsByMinusAlphaMuTimesTheVelocity() {
        Hyperparameters h = Hyperparameters.defaults(OptimizerKind.MOMENTUM);
        Memory m = Memory.of(new OptimizerState.Momentum(3, new Vec2(2, -4)), h, 0.1);
        Memory.Velocity v = assertInstanceOf(Memory.Velocity.class, m);
        assertEquals(-0.1 * 0.9 * 2, v.coast().x(), 1e-15);
        assertEquals(0.1 * 0.9 * 4, v.coast().y(), 1e-15);
    }

    @Test
    void adamsEffectiveRateUsesTheBiasCorrectedSecondMoment() {
        Hyperparameters h = Hyperparameters.defaults(OptimizerKind.ADAM);
        Memory m = Memory.of(new OptimizerState.Adam(1, Vec2.ZERO, new Vec2(0.004, 0.001)), h, 0.01);
        Vec2 eta = assertInstanceOf(Memory.Scaling.class, m).effectiveRate();
        // v̂ = v/(1 − 0.999) = (4, 1): η = 0.01/(√v̂ + 1e-8)
        assertEquals(0.01 / (2 + 1e-8), eta.x(), 1e-12);
        assertEquals(0.01 / (1 + 1e-8), eta.y(), 1e-12);
        assertInstanceOf(Memory.None.class, Memory.of(new OptimizerState.Adam(0, Vec2.ZERO, Vec2.ZERO), h, 0.01),
                "before its first step Adam has no estimate of v");
    }

    @Test
    void adagradsRateShrinksWithTheSumOfSquaredGradients() {
        Hyperparameters h = Hyperparameters.defaults(OptimizerKind.ADAGRAD);
        Vec2 eta = ((Memory.Scaling) Memory.of(new OptimizerState.Adagrad(2, new Vec2(16, 100)), h, 0.5)).effectiveRate();
        assertEquals(0.5 / 4, eta.x(), 1e-9, "ε = 1e-10 is far below the tolerance");
        assertEquals(0.5 / 10, eta.y(), 1e-9);
    }

    @Test
    void gradientDescentKeepsNothing() {
        assertInstanceOf(Memory.None.class, Memory.of(new OptimizerState.Gd(4), Hyperparameters.defaults(OptimizerKind.GD), 0.1));
    }

    @Test
    void racePathRecordsTheStateAtEveryIterate() {
        RunConfig c = RunConfig.of(SurfaceCatalog.create("quadratic"), new Vec2(-4, 2), OptimizerKind.MOMENTUM, 0.05).withMaxSteps(50);
        RacePath p = RacePath.plan(c);
        for (int k = 1; k < p.size(); k++) {
            // heavy ball: w_k − w_{k−1} = −α b_k, so b_k = −(w_k − w_{k−1})/α (rounding of one subtraction and division)
            Vec2 b = ((OptimizerState.Momentum) p.state(k)).buffer();
            assertEquals(-(p.path().x(k) - p.path().x(k - 1)) / 0.05, b.x(), 1e-9 * (1 + Math.abs(b.x())));
            assertEquals(-(p.path().y(k) - p.path().y(k - 1)) / 0.05, b.y(), 1e-9 * (1 + Math.abs(b.y())));
        }
    }
}
