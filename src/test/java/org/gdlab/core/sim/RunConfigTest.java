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
        assertEquals(0, base.warmup());
        assertEquals(0L, base.seed());
        assertEquals(1e6, base.escapeBound(), "a cost function without a view");
    }

    @Test
    void withersReplaceOneField() {
        assertEquals(7, base.withMaxSteps(7).maxSteps());
        assertEquals(base.withMaxSteps(7).withMaxSteps(1000), base);
        assertEquals(OptimizerKind.ADAM, base.withOptimizer(OptimizerKind.ADAM).optimizer());
        assertEquals(1e-8, base.withOptimizer(OptimizerKind.ADAM).hyper().get("eps"), "Adagrad's default eps is not a choice");
        assertEquals(1e-6, base.withHyper(base.hyper().with("eps", 1e-6)).withOptimizer(OptimizerKind.ADAM).hyper().get("eps"));
        assertEquals(1e-8, base.withOptimizerDefaults(OptimizerKind.ADAM).hyper().get("eps"));
    }

    @Test
    void invalidFieldsAreRejectedWithOneLine() {
        assertEquals("the learning rate α must be a finite number > 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> base.withLearningRate(-1)).getMessage());
        assertEquals("the number of steps must be 0 or more, got -3",
                assertThrows(IllegalArgumentException.class, () -> base.withMaxSteps(-3)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> base.withStart(new Vec2(Double.NaN, 0)));
        assertThrows(IllegalArgumentException.class, () -> base.withNoise(-0.1));
        assertThrows(IllegalArgumentException.class, () -> base.withTolerance(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> base.withEscapeBound(0));
    }

    @Test
    void theEscapeBoundIsFarOutsideTheSurfacesDefaultViewAndIgnoresTheZoom() {
        // the quadratic's default view is [-5,5]²; its farthest corner is at √50 ≈ 7.07: 1e4·√50 = 7.07e4
        org.gdlab.core.surface.Surface q = org.gdlab.core.surface.SurfaceCatalog.create("quadratic");
        assertEquals(ViewRect.square(5), q.description().view());
        assertEquals(1e4 * Math.sqrt(50), RunConfig.escapeBoundFor(q), 1e-9);
        assertEquals(1e4 * Math.sqrt(50), RunConfig.defaults(q).escapeBound(), 1e-9);
        // a new surface brings its own bound
        org.gdlab.core.surface.Surface r = org.gdlab.core.surface.SurfaceCatalog.create("rosenbrock");
        ViewRect v = r.description().view();
        double corner = Math.hypot(Math.max(Math.abs(v.xMin()), Math.abs(v.xMax())),
                Math.max(Math.abs(v.yMin()), Math.abs(v.yMax())));
        assertEquals(Math.max(1e3, 1e4 * corner), RunConfig.defaults(q).onSurface(r).escapeBound(), 1e-9);
    }

    @Test
    void aClipOfZeroMeansNoneAndANegativeClipIsRefused() {
        assertEquals(false, base.withClip(0).clips());
        assertEquals(true, base.withClip(0.5).clips());
        assertEquals("the clip must be a finite number ≥ 0 (0: none), got -1.0",
                assertThrows(IllegalArgumentException.class, () -> base.withClip(-1)).getMessage());
    }
}
