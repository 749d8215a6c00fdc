package org.gdlab.core.optim;

import java.util.List;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameter.Range;
import org.gdlab.core.optim.Hyperparameter.Scale;
import org.gdlab.core.optim.Hyperparameter.Slider;
import org.gdlab.core.surface.CostFunction;

/**
 * RMSprop as in torch.optim.RMSprop (not centered, no momentum): v ← ρ v + (1 − ρ) g²;
 * Δw = −α g / (√v + ε), element-wise.
 *
 * @param rho ρ ∈ [0, 1] (PyTorch's alpha), default 0.99
 * @param eps ε ∈ [0, ∞), default 1e-8
 */
record RmsProp(double rho, double eps) implements Optimizer {

    /** ρ ∈ [0, 1], default 0.99 as in PyTorch, which calls it alpha (so do the command line and the files). */
    static final Hyperparameter RHO = Hyperparameter.real("alpha", "ρ",
            "How slowly the average v of the squared gradients forgets: v ← ρv + (1 − ρ)g² (PyTorch calls it alpha).",
            Range.closed(0, 1), 0.99, new Slider(Scale.LOG_COMPLEMENT, 0, 0.9999));

    /** ε ∈ [0, ∞), default 1e-8 as in PyTorch. */
    static final Hyperparameter EPS = Hyperparameter.real("eps", "ε",
            "Added to the denominator so that a coordinate whose gradients were all tiny does not divide by zero.",
            Range.atLeast(0), 1e-8, new Slider(Scale.LOG, 1e-12, 1e-1));

    /** Registered as {@link OptimizerKind#RMSPROP}; proposed α = 0.01. */
    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("rmsprop", "RMSprop", 0.01,
            "v ← ρv + (1−ρ)∇C²;  w ← w − α∇C/(√v + ε)", List.of(RHO, EPS),
            h -> new RmsProp(h.get(RHO.name()), h.get(EPS.name())));

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
