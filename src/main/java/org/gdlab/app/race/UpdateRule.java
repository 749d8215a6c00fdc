package org.gdlab.app.race;

import org.gdlab.core.optim.OptimizerKind;

/** The update rule of each optimizer in one line, as captions on the plot and in the legend. */
public final class UpdateRule {

    private UpdateRule() {
    }

    /** @return the rule of k in one line, with g = ∇C and element-wise operations */
    public static String caption(OptimizerKind k) {
        return switch (k) {
            case GD -> "w ← w − α∇C";
            case MOMENTUM -> "b ← μb + ∇C;  w ← w − αb";
            case NESTEROV -> "b ← μb + ∇C;  w ← w − α(∇C + μb)";
            case ADAGRAD -> "s ← s + ∇C²;  w ← w − α∇C/(√s + ε)";
            case RMSPROP -> "v ← ρv + (1−ρ)∇C²;  w ← w − α∇C/(√v + ε)";
            case ADAM -> "m ← β₁m + (1−β₁)∇C;  v ← β₂v + (1−β₂)∇C²;  w ← w − α m̂/(√v̂ + ε)";
            case NORMALIZED -> "w ← w − α∇C/|∇C|";
            case NEWTON -> "w ← w − α(H + δI)⁻¹∇C";
        };
    }
}
