package org.gdlab.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.schedule.Schedules;
import org.gdlab.core.surface.ViewRect;
import org.gdlab.core.testing.TestFunctions;
import org.junit.jupiter.api.Test;

class RunConfigTest {

    private final RunConfig base = RunConfig.of(TestFunctions.sphere(), new Vec2(1, 2), OptimizerKind.ADAGRAD, 0.1);

    @Test
    void ofChoosesTheDocumentedDefaults() {
        assertEquals(Hyperparameters.defaults(OptimizerKind.ADAGRAD), base.hyper());
        assertEquals(Schedules.constant(), base.schedule());
        assertEquals(0, base.clip());
        assertEquals(0, base.noise());
        assertEquals(1000, base.maxSteps());
        assertEquals(1e-8, base.tolerance());
        assertEquals(1e6, base.divergenceRadius());
    }

    @Test
    void withersReplaceOneField() {
        assertEquals(7, base.withMaxSteps(7).maxSteps());
        assertEquals(base.withMaxSteps(7).withMaxSteps(1000), base);
        assertEquals(OptimizerKind.ADAM, base.withOptimizer(OptimizerKind.ADAM).optimizer());
        assertEquals(1e-10, base.withOptimizer(OptimizerKind.ADAM).hyper().get("eps"));
        assertEquals(1e-8, base.withOptimizerDefaults(OptimizerKind.ADAM).hyper().get("eps"));
    }

    @Test
    void invalidFieldsAreRejectedWithOneLine() {
        assertEquals("the learning rate must be a finite number > 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> base.withLearningRate(-1)).getMessage());
        assertEquals("the number of steps must be ≥ 0, got -3",
                assertThrows(IllegalArgumentException.class, () -> base.withMaxSteps(-3)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> base.withStart(new Vec2(Double.NaN, 0)));
        assertThrows(IllegalArgumentException.class, () -> base.withNoise(-0.1));
        assertThrows(IllegalArgumentException.class, () -> base.withTolerance(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> base.withDivergenceRadius(0));
    }

    @Test
    void divergenceRadiusForAViewIsFarOutsideIt() {
        // farthest corner of [-5,5]² is at √50 ≈ 7.07: 1e4·√50
        assertEquals(1e4 * Math.sqrt(50), RunConfig.divergenceRadiusFor(ViewRect.square(5)), 1e-9);
        assertEquals(1e3, RunConfig.divergenceRadiusFor(ViewRect.square(0.01)));
    }
}
