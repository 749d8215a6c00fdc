package org.gdlab.core.optim;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.CostFunction;

/**
 * RMSprop as in torch.optim.RMSprop (not centered, no momentum): v ← ρ v + (1 − ρ) g²;
 * Δw = −α g / (√v + ε), element-wise.
 *
 * @param rho ρ (PyTorch's alpha)
 * @param eps ε
 */
record RmsProp(double rho, double eps) implements Optimizer {

    public OptimizerKind kind() {
        return OptimizerKind.RMSPROP;
    }

    public OptimizerState init() {
        return new OptimizerState.Rmsprop(0, Vec2.ZERO);
    }

    public Update update(Vec2 g, OptimizerState state, double lr, Vec2 w, CostFunction f) {
        OptimizerState.Rmsprop s = Optimizers.expect(OptimizerState.Rmsprop.class, state, kind());
        Vec2 v0 = s.squareAverage();
        Vec2 v = new Vec2(rho * v0.x() + (1 - rho) * g.x() * g.x(), rho * v0.y() + (1 - rho) * g.y() * g.y());
        Vec2 delta = new Vec2(-lr * g.x() / (Math.sqrt(v.x()) + eps), -lr * g.y() / (Math.sqrt(v.y()) + eps));
        return new Update(delta, new OptimizerState.Rmsprop(s.steps() + 1, v));
    }
}
