package org.gdlab.core.optim;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.CostFunction;

/**
 * Adam as in torch.optim.Adam (no weight decay, not amsgrad), element-wise:
 * m ← β₁m + (1 − β₁)g; v ← β₂v + (1 − β₂)g²; with t = 1, 2, … the update's number,
 * Δw = −(α/(1 − β₁ᵗ)) · m / (√v/√(1 − β₂ᵗ) + ε) = −α m̂/(√v̂ + ε).
 *
 * @param beta1 β₁
 * @param beta2 β₂
 * @param eps ε
 */
record Adam(double beta1, double beta2, double eps) implements Optimizer {

    public OptimizerKind kind() {
        return OptimizerKind.ADAM;
    }

    public OptimizerState init() {
        return new OptimizerState.Adam(0, Vec2.ZERO, Vec2.ZERO);
    }

    public Update update(Vec2 g, OptimizerState state, double lr, Vec2 w, CostFunction f) {
        OptimizerState.Adam s = Optimizers.expect(OptimizerState.Adam.class, state, kind());
        int t = s.steps() + 1;
        Vec2 m = s.m().times(beta1).plus(g.times(1 - beta1));
        Vec2 v = new Vec2(beta2 * s.v().x() + (1 - beta2) * g.x() * g.x(),
                beta2 * s.v().y() + (1 - beta2) * g.y() * g.y());
        double stepSize = lr / (1 - Math.pow(beta1, t));
        double bc2Sqrt = Math.sqrt(1 - Math.pow(beta2, t));
        Vec2 delta = new Vec2(-stepSize * m.x() / (Math.sqrt(v.x()) / bc2Sqrt + eps),
                -stepSize * m.y() / (Math.sqrt(v.y()) / bc2Sqrt + eps));
        return new Update(delta, new OptimizerState.Adam(t, m, v));
    }
}
