package org.gdlab.core.optim;

import java.util.List;
import org.gdlab.core.optim.Hyperparameter.Range;
import org.gdlab.core.optim.Hyperparameter.Scale;
import org.gdlab.core.optim.Hyperparameter.Slider;
import org.gdlab.core.surface.CostFunction;

/**
 * RMSprop as in torch.optim.RMSprop (not centered, no momentum), element-wise:
 * <pre>
 *   v ← ρ v + (1 − ρ) g²
 *   Δw = −α g / (√v + ε)
 * </pre>
 * with ρ ∈ [0, 1] (PyTorch's alpha, default 0.99) and ε ∈ [0, ∞) (default 1e-8). State: the running average
 * v of squared gradients ("v.x", "v.y"), drawn as the effective rates α/(√v + ε).
 *
 * <p>Registered as {@link OptimizerKind#RMSPROP}; proposed α = 0.01.
 *
 * @param rho ρ (PyTorch's alpha)
 * @param eps ε
 */
record RmsProp(double rho, double eps) implements UpdateKernel {

    /** ρ ∈ [0, 1], default 0.99 as in PyTorch, which calls it alpha (so do the command line and the files). */
    static final Hyperparameter RHO = Hyperparameter.real("alpha", "ρ",
            "How slowly the average v of the squared gradients forgets: v ← ρv + (1 − ρ)g² (PyTorch calls it alpha).",
            Range.closed(0, 1), 0.99, new Slider(Scale.LOG_COMPLEMENT, 0, 0.9999));

    /** ε ∈ [0, ∞), default 1e-8 as in PyTorch. */
    static final Hyperparameter EPS = Hyperparameter.real("eps", "ε",
            "Added to the denominator so that a coordinate whose gradients were all tiny does not divide by zero.",
            Range.atLeast(0), 1e-8, new Slider(Scale.LOG, 1e-12, 1e-1));

    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("rmsprop", "RMSprop", 0.01,
            "v ← ρv + (1−ρ)∇C²;  w ← w − α∇C/(√v + ε)", List.of(RHO, EPS), List.of("v.x", "v.y"),
            h -> new RmsProp(h.get(RHO.name()), h.get(EPS.name())),
            (s, h, lr) -> Memory.scaling(s.get("v.x"), s.get("v.y"), lr, h.get(EPS.name())));

    /** {@link Lockstep#ALWAYS}: square roots and divisions: faster in lockstep on every surface (KernelBenchmark). */
    @Override
    public Lockstep lockstep() {
        return Lockstep.ALWAYS;
    }

    @Override
    public int stateSize() {
        return 2;
    }

    @Override
    public void update(int n, int steps, double[] gx, double[] gy, double[] rate, double[] x, double[] y,
            double[] state, double[] dx, double[] dy, CostFunction f) {
        for (int i = 0, s = 0; i < n; i++, s += 2) {
            double g1 = gx[i];
            double g2 = gy[i];
            double vx = rho * state[s] + (1 - rho) * g1 * g1;
            double vy = rho * state[s + 1] + (1 - rho) * g2 * g2;
            state[s] = vx;
            state[s + 1] = vy;
            dx[i] = -rate[i] * g1 / (Math.sqrt(vx) + eps);
            dy[i] = -rate[i] * g2 / (Math.sqrt(vy) + eps);
        }
    }
}
