package org.gdlab.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.SurfaceCatalog;
import org.junit.jupiter.api.Test;

/** The update panel's text writes the optimizer's rule and settings as the optimizer declares them. */
class UpdateTextTest {

    private static PlannedPath plan(OptimizerKind k, Hyperparameters h) {
        return PlannedPath.plan(RunConfig.of(SurfaceCatalog.create("sphere"), new Vec2(1, 2), k, 0.1).withHyper(h)
                .withMaxSteps(3), List.of());
    }

    @Test
    void adamShowsItsRuleAndItsThreeSettings() {
        String text = UpdateText.at(plan(OptimizerKind.ADAM, Hyperparameters.defaults(OptimizerKind.ADAM).with("beta1", 0.5)), 0);
        assertTrue(text.contains(OptimizerKind.ADAM.rule()), text);
        assertTrue(text.contains("with β1 = 0.5, β2 = 0.999, ε = 1e-8"), text);
    }

    @Test
    void momentumShowsMu() {
        String text = UpdateText.at(plan(OptimizerKind.MOMENTUM, Hyperparameters.defaults(OptimizerKind.MOMENTUM)), 1);
        assertTrue(text.contains("with μ = 0.9"), text);
    }

    @Test
    void normalizedGradientDescentHasNoSettingsToShow() {
        String text = UpdateText.at(plan(OptimizerKind.NORMALIZED, Hyperparameters.defaults(OptimizerKind.NORMALIZED)), 0);
        assertFalse(text.contains(" with "), text);
        assertFalse(text.contains("ε"), "ε is not a setting of normalized GD: " + text);
    }
}
