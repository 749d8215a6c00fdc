package org.gdlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.testing.TestFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OptimizerStateTest {

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void initialStateHasNoStepsAndBelongsToTheKind(OptimizerKind k) {
        Optimizer o = Optimizers.create(k);
        assertEquals(k, o.kind());
        assertEquals(0, o.init().steps());
        assertEquals(k, o.init().kind());
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void updateIsPureSameInputsSameOutputs(OptimizerKind k) {
        Optimizer o = Optimizers.create(k);
        OptimizerState s = o.init();
        Update a = o.update(new Vec2(2, -4), s, 0.1, new Vec2(1, -2), TestFunctions.sphere());
        Update b = o.update(new Vec2(2, -4), s, 0.1, new Vec2(1, -2), TestFunctions.sphere());
        assertEquals(a, b);
        assertEquals(1, a.state().steps());
    }

    @Test
    void momentumBufferSurvivesAChangeOfLearningRateAndMomentum() {
        // b₁ = (2, −4) with α = 0.1; then α = 0.5 and μ = 0.5 on g = (1, 1):
        // b₂ = 0.5·(2, −4) + (1, 1) = (2, −1); Δw = −0.5·(2, −1) = (−1, 0.5)
        Optimizer first = Optimizers.create(OptimizerKind.MOMENTUM, Hyperparameters.defaults(OptimizerKind.MOMENTUM));
        Update u1 = first.update(new Vec2(2, -4), first.init(), 0.1, Vec2.ZERO, TestFunctions.sphere());
        Optimizer retuned = Optimizers.create(OptimizerKind.MOMENTUM,
                Hyperparameters.defaults(OptimizerKind.MOMENTUM).with("momentum", 0.5));
        Update u2 = retuned.update(new Vec2(1, 1), u1.state(), 0.5, Vec2.ZERO, TestFunctions.sphere());
        assertEquals(new Vec2(-1, 0.5), u2.delta());
        assertEquals(OptimizerState.of(OptimizerKind.MOMENTUM, 2, 2, -1), u2.state());
    }

    @Test
    void adamBiasCorrectionCounterContinuesAcrossHyperparameterChanges() {
        Optimizer a = Optimizers.create(OptimizerKind.ADAM);
        OptimizerState s = a.update(new Vec2(1, 1), a.init(), 0.1, Vec2.ZERO, TestFunctions.sphere()).state();
        Optimizer b = Optimizers.create(OptimizerKind.ADAM, Hyperparameters.defaults(OptimizerKind.ADAM).with("beta1", 0.5));
        OptimizerState s2 = b.update(new Vec2(1, 1), s, 0.1, Vec2.ZERO, TestFunctions.sphere()).state();
        assertEquals(2, s2.steps());
        // m = 0.5·(0.1) + 0.5·1 = 0.55 (exact in binary to 1 ulp)
        assertEquals(0.55, s2.get("m.x"), 1e-15);
    }

    @Test
    void normalizedTakesNoStepOnAZeroGradient() {
        Optimizer o = Optimizers.create(OptimizerKind.NORMALIZED);
        assertEquals(Vec2.ZERO, o.update(Vec2.ZERO, o.init(), 0.1, Vec2.ZERO, TestFunctions.sphere()).delta());
    }

    @Test
    void aStateOfAnotherKindIsRejectedWithAClearMessage() {
        Optimizer adam = Optimizers.create(OptimizerKind.ADAM);
        OptimizerState gd = Optimizers.create(OptimizerKind.GD).init();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> adam.update(Vec2.ZERO, gd, 0.1, Vec2.ZERO, TestFunctions.sphere()));
        assertEquals("the adam optimizer cannot continue from a state of gd", e.getMessage());
    }

    @Test
    void defaultsFollowPyTorch() {
        Hyperparameters h = Hyperparameters.defaults(OptimizerKind.ADAM);
        assertEquals(Map.of("beta1", 0.9, "beta2", 0.999, "eps", 1e-8), h.values());
        assertEquals(0.9, Hyperparameters.defaults(OptimizerKind.MOMENTUM).get("momentum"));
        assertEquals(0.99, Hyperparameters.defaults(OptimizerKind.RMSPROP).get("alpha"));
        assertEquals(1e-8, Hyperparameters.defaults(OptimizerKind.RMSPROP).get("eps"));
        assertEquals(1e-3, Hyperparameters.defaults(OptimizerKind.NEWTON).get("damping"));
        assertEquals(1e-10, Hyperparameters.defaults(OptimizerKind.ADAGRAD).get("eps"));
        assertEquals(1.0, OptimizerKind.NEWTON.defaultLearningRate());
    }

    @Test
    void hyperparametersOutOfRangeAreRejected() {
        Hyperparameters h = Hyperparameters.defaults(OptimizerKind.ADAM);
        assertEquals("β1 must be in [0, 1)",
                assertThrows(IllegalArgumentException.class, () -> h.with("beta1", 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> h.with("eps", -1));
        Hyperparameters m = Hyperparameters.defaults(OptimizerKind.MOMENTUM);
        assertThrows(IllegalArgumentException.class, () -> m.with("momentum", Double.NaN));
        Hyperparameters r = Hyperparameters.defaults(OptimizerKind.RMSPROP);
        assertThrows(IllegalArgumentException.class, () -> r.with("alpha", 1.5));
        Hyperparameters n = Hyperparameters.defaults(OptimizerKind.NEWTON);
        assertThrows(IllegalArgumentException.class, () -> n.with("damping", -0.1));
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void idsRoundTrip(OptimizerKind k) {
        assertSame(k, OptimizerKind.fromId(k.id()));
        assertSame(k, OptimizerKind.fromId(" " + k.id().toUpperCase(java.util.Locale.ROOT) + " "));
    }

    @Test
    void unknownOptimizerNamesTheClosestAndTheValidIds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OptimizerKind.fromId("adm"));
        assertEquals("unknown optimizer 'adm' (did you mean 'adam'?); valid: gd, momentum, nesterov, adagrad, "
                + "rmsprop, adam, normalized, newton, armijo, wolfe, exact, polyak, bb, cg, bfgs, lbfgs", e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OptimizerKind.fromId("levenberg"))
                .getMessage().startsWith("unknown optimizer 'levenberg'; valid: gd,"));
    }
}
