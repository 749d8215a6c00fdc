package org.gdlab.core.optim;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.CostFunction;

/** Plain gradient descent: Δw = −α g. */
record GradientDescent() implements Optimizer {

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
