package org.gdlab.core.optim;

import java.util.List;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameter.Range;
import org.gdlab.core.optim.Hyperparameter.Scale;
import org.gdlab.core.optim.Hyperparameter.Slider;
import org.gdlab.core.surface.CostFunction;

/**
 * Adagrad as in torch.optim.Adagrad (lr_decay 0, initial accumulator 0): s ← s + g²;
 * Δw = −α g / (√s + ε), element-wise.
 *
 * @param eps ε ∈ [0, ∞), default 1e-10
 */
record Adagrad(double eps) implements Optimizer {

    /** ε ∈ [0, ∞), default 1e-10 as in PyTorch. */
    static final Hyperparameter EPS = Hyperparameter.real("eps", "ε",
            "Added to the denominator so that a coordinate whose gradients were all tiny does not divide by zero.",
            Range.atLeast(0), 1e-10, new Slider(Scale.LOG, 1e-12, 1e-1));

    /** Registered as {@link OptimizerKind#ADAGRAD}; proposed α = 0.1. */
    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("adagrad", "Adagrad", 0.1,
            "s ← s + ∇C²;  w ← w − α∇C/(√s + ε)", List.of(EPS), h -> new Adagrad(h.get(EPS.name())));

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
