package org.gdlab.app.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Memory;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.SurfaceCatalog;
import org.junit.jupiter.api.Test;

/** A racing run's path keeps the optimizer's state at every iterate. */
class RacePathTest {

    @Test
    void racePathRecordsTheStateAtEveryIterate() {
        RunConfig c = RunConfig.of(SurfaceCatalog.create("quadratic"), new Vec2(-4, 2), OptimizerKind.MOMENTUM, 0.05).withMaxSteps(50);
        RacePath p = RacePath.plan(c);
        for (int k = 1; k < p.size(); k++) {
            // heavy ball: w_k − w_{k−1} = −α b_k, so b_k = −(w_k − w_{k−1})/α (rounding of one subtraction and division)
            Vec2 b = p.state(k).vector("b");
            assertEquals(-(p.path().x(k) - p.path().x(k - 1)) / 0.05, b.x(), 1e-9 * (1 + Math.abs(b.x())));
            assertEquals(-(p.path().y(k) - p.path().y(k - 1)) / 0.05, b.y(), 1e-9 * (1 + Math.abs(b.y())));
        }
    }

    @Test
    void theStateAtEachIterateHoldsThatManyUpdates() {
        RunConfig c = RunConfig.of(SurfaceCatalog.create("himmelblau"), new Vec2(1, 1), OptimizerKind.ADAM, 0.1).withMaxSteps(20);
        RacePath p = RacePath.plan(c);
        assertEquals(21, p.size());
        for (int k = 0; k < p.size(); k++) {
            assertEquals(k, p.state(k).steps());
        }
        assertInstanceOf(Memory.None.class, p.memory(0), "Adam has no estimate before its first step");
        assertInstanceOf(Memory.Scaling.class, p.memory(1));
        assertEquals(p.state(20), p.state(99), "k is clamped into the path");
    }

    @Test
    void aDivergingRunKeepsAStateForEveryFiniteIterate() {
        // GD on the quadratic above 2/λmax: the iterate leaves the bound after a few dozen steps
        RunConfig c = RunConfig.of(SurfaceCatalog.create("quadratic"), new Vec2(-4, 2), OptimizerKind.MOMENTUM, 0.5);
        RacePath p = RacePath.plan(c);
        assertTrue(p.path().end() instanceof Diverged, "diverges");
        assertEquals(p.size() - 1, p.state(p.size() - 1).steps());
    }
}
