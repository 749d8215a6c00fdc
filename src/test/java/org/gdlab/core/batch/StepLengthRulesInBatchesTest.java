package org.gdlab.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.basin.BasinListener;
import org.gdlab.core.basin.BasinMap;
import org.gdlab.core.basin.BasinMapper;
import org.gdlab.core.basin.BasinSpec;
import org.gdlab.core.basin.OutcomeKind;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Stopped;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.core.surface.ViewRect;
import org.gdlab.core.sweep.LearningRateSweep;
import org.gdlab.core.sweep.SweepPoint;
import org.gdlab.core.sweep.SweepResult;
import org.gdlab.core.sweep.SweepSpec;
import org.junit.jupiter.api.Test;

/** The α sweep and the basin map run the step-length rules, one run at a time, with the engine's ends. */
class StepLengthRulesInBatchesTest {

    private static final Surface HIMMELBLAU = SurfaceCatalog.create("himmelblau");

    @Test
    void theSweepOfArmijosFirstTrialGivesEachRunsOwnEndAndStopsWhereNoTrialCanSucceed() {
        RunConfig armijo = RunConfig.of(SurfaceCatalog.create("sphere"), new Vec2(3, 4), OptimizerKind.ARMIJO, 1)
                .withMaxSteps(50);
        SweepResult r = LearningRateSweep.run(new SweepSpec(armijo, 1e-3, 1e40, 12), 1, p -> { }, CancellationToken.none());
        assertTrue(r.complete());
        for (SweepPoint p : r.points()) {
            RunSummary one = RunKernel.summarize(armijo.withLearningRate(p.learningRate()), CancellationToken.none());
            assertEquals(one.end(), p.end(), "α = " + p.learningRate());
        }
        // α = 1e40: 60 halvings leave t ≈ 8.7e21, where C = 25(1 − 2t)² is far above 25: no step
        assertTrue(r.points().get(r.points().size() - 1).end() instanceof Stopped);
        assertFalse(LockstepKernel.steppedInLockstep(armijo.withFunction(org.gdlab.core.testing.TestFunctions.batched(
                SurfaceCatalog.create("sphere")))), "line searches run one at a time");
    }

    @Test
    void bfgsBasinMapOfHimmelblauFindsItsFourMinima() {
        RunConfig bfgs = RunConfig.of(HIMMELBLAU, Vec2.ZERO, OptimizerKind.BFGS, 1).withMaxSteps(200);
        BasinMap map = BasinMapper.compute(BasinSpec.of(HIMMELBLAU, bfgs, ViewRect.square(5), 12), 1,
                BasinListener.none(), CancellationToken.none());
        assertNotNull(map);
        long atKnownMinima = map.classes().stream().filter(c -> c.kind() == OutcomeKind.KNOWN_MINIMUM)
                .filter(c -> map.count(c.id()) > 0).count();
        assertEquals(4, atKnownMinima, "BFGS from a 12×12 grid of starts reaches all four of Himmelblau's minima");
    }
}
