package org.gdlab.core.optim;

import org.gdlab.core.analysis.NewtonDirection;
import java.util.List;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameter.Range;
import org.gdlab.core.optim.Hyperparameter.Scale;
import org.gdlab.core.optim.Hyperparameter.Slider;
import org.gdlab.core.surface.CostFunction;

/**
 * Damped Newton: Δw = −α (H + δI)⁻¹ g with H = ∇²C(w) and δ = max(0, D − λmin(H)), the smallest shift
 * that gives H + δI smallest eigenvalue ≥ D (solved with EJML by {@link NewtonDirection}).
 *
 * @param damping the margin D ∈ [0, ∞), default 1e-3
 */
record Newton(double damping) implements Optimizer {

    /** D ∈ [0, ∞), default 1e-3; with D = 0 a singular Hessian makes the step undefined. */
    static final Hyperparameter DAMPING = Hyperparameter.real("damping", "D",
            "The smallest eigenvalue the solved matrix may have: the step solves (H + δI)d = ∇C with δ = max(0, D − λmin).",
            Range.atLeast(0), 1e-3, new Slider(Scale.LOG, 1e-6, 10));

    /** Registered as {@link OptimizerKind#NEWTON}; proposed α = 1, Newton's natural rate. */
    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("newton", "Newton's method", 1.0,
            "w ← w − α(H + δI)⁻¹∇C", List.of(DAMPING), h -> new Newton(h.get(DAMPING.name())));

    public OptimizerKind kind() {
        return OptimizerKind.NEWTON;
    }

    public OptimizerState init() {
        return new OptimizerState.Newton(0, 0);
    }

    public Update update(Vec2 g, OptimizerState state, double lr, Vec2 w, CostFunction f) {
        OptimizerState.Newton s = Optimizers.expect(OptimizerState.Newton.class, state, kind());
        NewtonDirection d = NewtonDirection.of(f.hessian(w), g, damping);
        return new Update(d.direction().times(-lr), new OptimizerState.Newton(s.steps() + 1, d.shift()));
    }
}
