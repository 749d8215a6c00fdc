package org.gdlab.app.race;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
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
}
