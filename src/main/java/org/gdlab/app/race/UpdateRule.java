package org.gdlab.app.race;

import org.gdlab.core.optim.OptimizerKind;

/** The update rule of each optimizer in one line, as captions on the plot and in the legend. */
public final class UpdateRule {

    private UpdateRule() {
    }

    /** @return the rule of k in one line, with g = ∇C and element-wise operations, as k declares it */
    public static String caption(OptimizerKind k) {
        return k.rule();
    }
}
