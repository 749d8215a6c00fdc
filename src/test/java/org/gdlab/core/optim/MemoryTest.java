package org.gdlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.gdlab.core.math.Vec2;
import org.junit.jupiter.api.Test;

/** What each optimizer keeps in memory, as the plot draws it. */
class MemoryTest {

    @Test
    void momentumCoastsByMinusAlphaMuTimesTheVelocity() {
        Hyperparameters h = Hyperparameters.defaults(OptimizerKind.MOMENTUM);
        Memory m = OptimizerState.of(OptimizerKind.MOMENTUM, 3, 2, -4).memory(h, 0.1);
        Memory.Velocity v = assertInstanceOf(Memory.Velocity.class, m);
        assertEquals(new Vec2(2, -4), v.buffer());
        assertEquals(-0.1 * 0.9 * 2, v.coast().x(), 1e-15);
        assertEquals(0.1 * 0.9 * 4, v.coast().y(), 1e-15);
    }

    @Test
    void nesterovCoastsLikeMomentum() {
        Hyperparameters h = Hyperparameters.defaults(OptimizerKind.NESTEROV).with("momentum", 0.5);
        Memory.Velocity v = assertInstanceOf(Memory.Velocity.class,
                OptimizerState.of(OptimizerKind.NESTEROV, 1, 1, 0).memory(h, 0.2));
        assertEquals(-0.2 * 0.5, v.coast().x(), 1e-15);
    }

    @Test
    void adamsEffectiveRateUsesTheBiasCorrectedSecondMoment() {
        Hyperparameters h = Hyperparameters.defaults(OptimizerKind.ADAM);
        Memory m = OptimizerState.of(OptimizerKind.ADAM, 1, 0, 0, 0.004, 0.001).memory(h, 0.01);
        Vec2 eta = assertInstanceOf(Memory.Scaling.class, m).effectiveRate();
        // v̂ = v/(1 − 0.999) = (4, 1): η = 0.01/(√v̂ + 1e-8)
        assertEquals(0.01 / (2 + 1e-8), eta.x(), 1e-12);
        assertEquals(0.01 / (1 + 1e-8), eta.y(), 1e-12);
        assertInstanceOf(Memory.None.class, OptimizerState.initial(OptimizerKind.ADAM).memory(h, 0.01),
                "before its first step Adam has no estimate of v");
    }

    @Test
    void adagradsRateShrinksWithTheSumOfSquaredGradients() {
        Hyperparameters h = Hyperparameters.defaults(OptimizerKind.ADAGRAD);
        Vec2 eta = ((Memory.Scaling) OptimizerState.of(OptimizerKind.ADAGRAD, 2, 16, 100).memory(h, 0.5)).effectiveRate();
        assertEquals(0.5 / 4, eta.x(), 1e-9, "ε = 1e-10 is far below the tolerance");
        assertEquals(0.5 / 10, eta.y(), 1e-9);
    }

    @Test
    void rmspropsRateUsesTheAverageOfSquaredGradients() {
        Hyperparameters h = Hyperparameters.defaults(OptimizerKind.RMSPROP);
        Vec2 eta = ((Memory.Scaling) OptimizerState.of(OptimizerKind.RMSPROP, 2, 0.25, 4).memory(h, 0.1)).effectiveRate();
        // √v = (0.5, 2), ε = 1e-8: η = 0.1/(√v + ε), each one rounding of a sum and a quotient
        assertEquals(0.1 / (0.5 + 1e-8), eta.x(), 1e-16);
        assertEquals(0.1 / (2 + 1e-8), eta.y(), 1e-16);
    }

    @Test
    void gradientDescentNormalizedAndNewtonKeepNothing() {
        for (OptimizerKind k : new OptimizerKind[] {OptimizerKind.GD, OptimizerKind.NORMALIZED, OptimizerKind.NEWTON}) {
            assertInstanceOf(Memory.None.class, OptimizerState.initial(k).memory(Hyperparameters.defaults(k), 0.1), k.id());
        }
    }
}
