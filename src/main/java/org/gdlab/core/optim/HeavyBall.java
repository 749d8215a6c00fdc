package org.gdlab.core.optim;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.CostFunction;

/**
 * SGD with momentum as in torch.optim.SGD (dampening 0): b ← μ b + g, then Δw = −α b, or with the
 * Nesterov flag Δw = −α (g + μ b). One implementation; Nesterov is a flag, not a class.
 *
 * @param mu the momentum μ
 * @param nesterov whether to use Nesterov's look-ahead form
 */
record HeavyBall(double mu, boolean nesterov) implements Optimizer {

    public OptimizerKind kind() {
        return nesterov ? OptimizerKind.NESTEROV : OptimizerKind.MOMENTUM;
    }

    public OptimizerState init() {
        return nesterov ? new OptimizerState.Nesterov(0, Vec2.ZERO) : new OptimizerState.Momentum(0, Vec2.ZERO);
    }

    public Update update(Vec2 g, OptimizerState state, double lr, Vec2 w, CostFunction f) {
        if (nesterov) {
            OptimizerState.Nesterov s = Optimizers.expect(OptimizerState.Nesterov.class, state, kind());
            Vec2 b = s.buffer().times(mu).plus(g);
            Vec2 step = g.plus(b.times(mu));
            return new Update(step.times(-lr), new OptimizerState.Nesterov(s.steps() + 1, b));
        }
        OptimizerState.Momentum s = Optimizers.expect(OptimizerState.Momentum.class, state, kind());
        Vec2 b = s.buffer().times(mu).plus(g);
        return new Update(b.times(-lr), new OptimizerState.Momentum(s.steps() + 1, b));
    }
}
