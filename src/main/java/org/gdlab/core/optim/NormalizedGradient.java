package org.gdlab.core.optim;

import java.util.List;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.CostFunction;

/**
 * Normalized gradient descent: Δw = −α g/|g|, a step of length exactly α along −g; the gradient's
 * magnitude is ignored. A zero gradient takes no step (Δw = 0).
 */
record NormalizedGradient() implements Optimizer {

    /** Registered as {@link OptimizerKind#NORMALIZED}; proposed α = 0.1. No hyperparameters (not even ε). */
    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("normalized",
            "Normalized gradient descent", 0.1, "w ← w − α∇C/|∇C|", List.of(), h -> new NormalizedGradient());

    public OptimizerKind kind() {
        return OptimizerKind.NORMALIZED;
    }

    public OptimizerState init() {
        return new OptimizerState.Normalized(0);
    }

    public Update update(Vec2 g, OptimizerState state, double lr, Vec2 w, CostFunction f) {
        OptimizerState.Normalized s = Optimizers.expect(OptimizerState.Normalized.class, state, kind());
        double n = g.norm();
        Vec2 delta = n == 0 ? Vec2.ZERO : g.times(-lr / n);
        return new Update(delta, new OptimizerState.Normalized(s.steps() + 1));
    }
}
