package org.gdlab.core.optim;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.CostFunction;

/**
 * Adagrad as in torch.optim.Adagrad (lr_decay 0, initial accumulator 0): s ← s + g²;
 * Δw = −α g / (√s + ε), element-wise.
 *
 * @param eps ε
 */
record Adagrad(double eps) implements Optimizer {

    public OptimizerKind kind() {
        return OptimizerKind.ADAGRAD;
    }

    public OptimizerState init() {
        return new OptimizerState.Adagrad(0, Vec2.ZERO);
    }

    public Update update(Vec2 g, OptimizerState state, double lr, Vec2 w, CostFunction f) {
        OptimizerState.Adagrad s = Optimizers.expect(OptimizerState.Adagrad.class, state, kind());
        Vec2 sum = new Vec2(s.sum().x() + g.x() * g.x(), s.sum().y() + g.y() * g.y());
        Vec2 delta = new Vec2(-lr * g.x() / (Math.sqrt(sum.x()) + eps), -lr * g.y() / (Math.sqrt(sum.y()) + eps));
        return new Update(delta, new OptimizerState.Adagrad(s.steps() + 1, sum));
    }
}
