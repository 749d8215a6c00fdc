package org.gdlab.core.optim;

import java.util.List;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.CostFunction;

/** Plain gradient descent: Δw = −α g. No hyperparameters. */
record GradientDescent() implements Optimizer {

    /** Registered as {@link OptimizerKind#GD}; proposed α = 0.01. */
    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("gd", "Gradient descent", 0.01,
            "w ← w − α∇C", List.of(), h -> new GradientDescent());

    public OptimizerKind kind() {
        return OptimizerKind.GD;
    }

    public OptimizerState init() {
        return new OptimizerState.Gd(0);
    }

    public Update update(Vec2 g, OptimizerState state, double lr, Vec2 w, CostFunction f) {
        OptimizerState.Gd s = Optimizers.expect(OptimizerState.Gd.class, state, kind());
        return new Update(g.times(-lr), new OptimizerState.Gd(s.steps() + 1));
    }
}
