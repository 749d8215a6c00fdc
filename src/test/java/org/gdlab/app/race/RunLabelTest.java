package org.gdlab.app.race;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gdlab.core.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

/** A raced run's chip tells runs apart by what differs: α, and the mini-batch and schedule when set. */
class RunLabelTest {

    @Test
    void aPlainRunShowsItsRuleAndAlpha() {
        assertEquals("gd  α = 0.0284", new RunModel(0, OptimizerKind.GD, 0.0284).label());
    }

    @Test
    void runsThatDifferOnlyInBatchOrScheduleGetDifferentLabels() {
        RunModel full = new RunModel(0, OptimizerKind.GD, 0.0284);
        full.batchProperty().set(0); // all the data
        RunModel mini = new RunModel(1, OptimizerKind.GD, 0.0284);
        mini.batchProperty().set(4);
        RunModel decaying = new RunModel(2, OptimizerKind.GD, 0.0284);
        decaying.batchProperty().set(4);
        decaying.scheduleProperty().set("inv:0.05");
        assertEquals("gd  α = 0.0284", full.label());
        assertEquals("gd  α = 0.0284  B = 4", mini.label());
        assertEquals("gd  α = 0.0284  B = 4  inv:0.05", decaying.label());
    }
}
