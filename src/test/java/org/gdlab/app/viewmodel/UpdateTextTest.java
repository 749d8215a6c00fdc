package org.gdlab.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.SurfaceCatalog;
import org.junit.jupiter.api.Test;

class UpdateTextTest {

    private static PlannedPath plan(OptimizerKind k, Hyperparameters h, int steps) {
        RunConfig c = RunConfig.of(SurfaceCatalog.create("sphere"), new Vec2(1, 2), k, 0.1).withHyper(h).withMaxSteps(steps);
        return PlannedPath.plan(c, List.of());
    }

    @Test
    void everyStepsTextHasTheSameNumberOfLinesSoThePanelKeepsItsHeight() {
        PlannedPath p = plan(OptimizerKind.GD, Hyperparameters.defaults(OptimizerKind.GD), 3);
        for (int k = 0; k < p.size(); k++) {
            assertEquals(UpdateText.lines(OptimizerKind.GD), UpdateText.at(p, k).split("\n", -1).length, "step " + k);
        }
        assertTrue(UpdateText.at(p, p.size() - 1).contains("last iterate"));
    }

    @Test
    void gradientDescentsStepIsWrittenOutWithItsNumbers() {
        // sphere C = x² + y²: ∇C(1, 2) = (2, 4); w₁ = (1, 2) − 0.1·(2, 4) = (0.8, 1.6)
        String t = UpdateText.at(plan(OptimizerKind.GD, Hyperparameters.defaults(OptimizerKind.GD), 3), 0);
        assertTrue(t.contains("w_{k+1} = w_k − α ∇C(w_k)"), t);
        assertTrue(t.contains("= (0.8000, 1.600)"), t);
    }

    @Test
    void anotherOptimizerShowsItsDeclaredRuleAndHyperparameters() {
        Hyperparameters h = Hyperparameters.defaults(OptimizerKind.MOMENTUM).with("momentum", 0.5);
        String t = UpdateText.at(plan(OptimizerKind.MOMENTUM, h, 3), 0);
        for (String statement : OptimizerKind.MOMENTUM.rule().split(";\\s*")) {
            assertTrue(t.contains("\n  " + statement.strip() + "\n"), t);
        }
        assertTrue(t.contains("μ = 0.5"), t);
    }
}
