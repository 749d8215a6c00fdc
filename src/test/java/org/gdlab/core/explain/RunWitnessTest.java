package org.gdlab.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.StepRecord;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.core.testing.TestFunctions;
import org.junit.jupiter.api.Test;

/** What the explainer keeps of a streamed run: row 0, the last 65 rows, the length of the path. */
class RunWitnessTest {

    @Test
    void streamedAndStoredRunsLeaveTheSameWitness() {
        // C = x + y with α = 1: every step is (−1, −1), so after 200 steps the path is 200·√2 long
        RunConfig c = RunConfig.of(TestFunctions.of((x, y) -> x + y, (x, y) -> new Vec2(1, 1),
                (x, y) -> org.gdlab.core.math.Sym2.ZERO), Vec2.ZERO, OptimizerKind.GD, 1).withMaxSteps(200);
        RunWitness streamed = new RunWitness();
        Simulation.stream(c, streamed);
        Trajectory t = Simulation.run(c);
        RunWitness stored = RunWitness.of(t);
        for (RunWitness w : List.of(streamed, stored)) {
            assertEquals(201, w.rows());
            assertEquals(0, w.first().step());
            assertEquals(200, w.last().step());
            List<StepRecord> tail = w.tail();
            assertEquals(RunWitness.TAIL + 1, tail.size());
            assertEquals(200 - RunWitness.TAIL, tail.get(0).step());
            assertEquals(new Vec2(-200, -200), w.last().w());
            assertEquals(200 * Math.sqrt(2), w.travelled(), 1e-10);
        }
        assertEquals(Explainer.explain(c, t.end(), streamed), Explainer.explain(t));
    }

    @Test
    void anEmptyRunHasNoRows() {
        RunWitness w = new RunWitness();
        assertEquals(0, w.rows());
        assertNull(w.first());
        assertNull(w.last());
        assertEquals(List.of(), w.tail());
    }
}
