package org.gdlab.core.optim;

import java.util.List;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameter.Range;
import org.gdlab.core.optim.Hyperparameter.Scale;
import org.gdlab.core.optim.Hyperparameter.Slider;
import org.gdlab.core.surface.CostFunction;

/**
 * SGD with momentum as in torch.optim.SGD (dampening 0): b ← μ b + g, then Δw = −α b, or with the
 * Nesterov flag Δw = −α (g + μ b); μ ∈ [0, 1), default 0.9. One implementation; Nesterov is a flag, not a class.
 *
 * @param mu the momentum μ
 * @param nesterov whether to use Nesterov's look-ahead form
 */
record HeavyBall(double mu, boolean nesterov) implements Optimizer {

    /** μ ∈ [0, 1), default 0.9 (PyTorch has no default; 0.9 is the usual choice). */
    static final Hyperparameter MOMENTUM = Hyperparameter.real("momentum", "μ",
            "The share of the velocity b kept from one step to the next: b ← μb + g (0 is plain gradient descent).",
            Range.closedOpen(0, 1), 0.9, new Slider(Scale.LINEAR, 0, 0.99)).shownInLabel();

    /** Registered as {@link OptimizerKind#MOMENTUM}; proposed α = 0.01. */
    static final OptimizerDefinition MOMENTUM_DEFINITION = new OptimizerDefinition("momentum", "Momentum", 0.01,
            "b ← μb + ∇C;  w ← w − αb", List.of(MOMENTUM), h -> new HeavyBall(h.get(MOMENTUM.name()), false));

    /** Registered as {@link OptimizerKind#NESTEROV}; proposed α = 0.01. */
    static final OptimizerDefinition NESTEROV_DEFINITION = new OptimizerDefinition("nesterov", "Nesterov momentum",
            0.01, "b ← μb + ∇C;  w ← w − α(∇C + μb)", List.of(MOMENTUM),
            h -> new HeavyBall(h.get(MOMENTUM.name()), true));

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
