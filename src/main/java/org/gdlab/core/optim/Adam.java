package org.gdlab.core.optim;

import java.util.List;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameter.Range;
import org.gdlab.core.optim.Hyperparameter.Scale;
import org.gdlab.core.optim.Hyperparameter.Slider;
import org.gdlab.core.surface.CostFunction;

/**
 * Adam as in torch.optim.Adam (no weight decay, not amsgrad), element-wise:
 * m ← β₁m + (1 − β₁)g; v ← β₂v + (1 − β₂)g²; with t = 1, 2, … the update's number,
 * Δw = −(α/(1 − β₁ᵗ)) · m / (√v/√(1 − β₂ᵗ) + ε) = −α m̂/(√v̂ + ε).
 *
 * @param beta1 β₁ ∈ [0, 1), default 0.9
 * @param beta2 β₂ ∈ [0, 1), default 0.999
 * @param eps ε ∈ [0, ∞), default 1e-8
 */
record Adam(double beta1, double beta2, double eps) implements Optimizer {

    /** β₁ ∈ [0, 1), default 0.9 as in PyTorch (β₁ = 1 would divide by 1 − β₁ᵗ = 0). */
    static final Hyperparameter BETA1 = Hyperparameter.real("beta1", "β1",
            "How slowly the average m of the gradients forgets: m ← β1·m + (1 − β1)·g.",
            Range.closedOpen(0, 1), 0.9, new Slider(Scale.LOG_COMPLEMENT, 0, 0.999));

    /** β₂ ∈ [0, 1), default 0.999 as in PyTorch. */
    static final Hyperparameter BETA2 = Hyperparameter.real("beta2", "β2",
            "How slowly the average v of the squared gradients forgets: v ← β2·v + (1 − β2)·g².",
            Range.closedOpen(0, 1), 0.999, new Slider(Scale.LOG_COMPLEMENT, 0, 0.9999));

    /** ε ∈ [0, ∞), default 1e-8 as in PyTorch. */
    static final Hyperparameter EPS = Hyperparameter.real("eps", "ε",
            "Added to the denominator so that a coordinate whose gradients were all tiny does not divide by zero.",
            Range.atLeast(0), 1e-8, new Slider(Scale.LOG, 1e-12, 1e-1));

    /** Registered as {@link OptimizerKind#ADAM}; proposed α = 0.01. */
    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("adam", "Adam", 0.01,
            "m ← β₁m + (1−β₁)∇C;  v ← β₂v + (1−β₂)∇C²;  w ← w − α m̂/(√v̂ + ε)", List.of(BETA1, BETA2, EPS),
            h -> new Adam(h.get(BETA1.name()), h.get(BETA2.name()), h.get(EPS.name())));

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
