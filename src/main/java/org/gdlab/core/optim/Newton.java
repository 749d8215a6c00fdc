package org.gdlab.core.optim;

import org.gdlab.core.analysis.NewtonDirection;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.CostFunction;

/**
 * Damped Newton: Δw = −α (H + δI)⁻¹ g with H = ∇²C(w) and δ = max(0, D − λmin(H)), the smallest shift
 * that gives H + δI smallest eigenvalue ≥ D (solved with EJML by {@link NewtonDirection}).
 *
 * @param damping the margin D
 */
record Newton(double damping) implements Optimizer {

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
