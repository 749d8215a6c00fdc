package org.gdlab.core.optim;

import java.util.List;
import org.gdlab.core.analysis.NewtonDirection;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameter.Range;
import org.gdlab.core.optim.Hyperparameter.Scale;
import org.gdlab.core.optim.Hyperparameter.Slider;
import org.gdlab.core.surface.CostFunction;

/**
 * Damped Newton:
 * <pre>
 *   Δw = −α (H + δI)⁻¹ g,   H = ∇²C(w),   δ = max(0, D − λmin(H))
 * </pre>
 * the smallest shift that gives H + δI smallest eigenvalue ≥ D (solved with EJML by
 * {@link NewtonDirection}), with the margin D ∈ [0, ∞) (default 1e-3; with D = 0 a singular Hessian makes
 * the step undefined). State: the shift δ of the last step ("δ"), kept for display only.
 *
 * <p>Registered as {@link OptimizerKind#NEWTON}; proposed α = 1, Newton's natural rate.
 *
 * @param damping the margin D
 */
record Newton(double damping) implements UpdateKernel {

    /** D ∈ [0, ∞), default 1e-3. */
    static final Hyperparameter DAMPING = Hyperparameter.real("damping", "D",
            "The smallest eigenvalue the solved matrix may have: the step solves (H + δI)d = ∇C with δ = max(0, D − λmin).",
            Range.atLeast(0), 1e-3, new Slider(Scale.LOG, 1e-6, 10));

    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("newton", "Newton's method", 1.0,
            "w ← w − α(H + δI)⁻¹∇C", List.of(DAMPING), List.of("δ"), h -> new Newton(h.get(DAMPING.name())),
            Memory.View.NONE);

    /** {@link Lockstep#NEVER}: the Hessian solve per lane dominates: one run at a time is as fast or faster (KernelBenchmark). */
    @Override
    public Lockstep lockstep() {
        return Lockstep.NEVER;
    }

    @Override
    public int stateSize() {
        return 1;
    }

    @Override
    public void update(int n, int steps, double[] gx, double[] gy, double[] rate, double[] x, double[] y,
            double[] state, double[] dx, double[] dy, CostFunction f) {
        for (int i = 0; i < n; i++) {
            NewtonDirection d = NewtonDirection.of(f.hessian(x[i], y[i]), new Vec2(gx[i], gy[i]), damping);
            double minusRate = -rate[i];
            dx[i] = minusRate * d.direction().x();
            dy[i] = minusRate * d.direction().y();
            state[i] = d.shift();
        }
    }
}
