package org.gdlab.core.optim;

import java.util.List;
import org.gdlab.core.optim.Hyperparameter.Range;
import org.gdlab.core.optim.Hyperparameter.Scale;
import org.gdlab.core.optim.Hyperparameter.Slider;
import org.gdlab.core.surface.CostFunction;

/**
 * Adam as in torch.optim.Adam (no weight decay, not amsgrad), element-wise, with t = 1, 2, … the update's
 * number:
 * <pre>
 *   m ← β₁m + (1 − β₁)g
 *   v ← β₂v + (1 − β₂)g²
 *   Δw = −(α/(1 − β₁ᵗ)) · m / (√v/√(1 − β₂ᵗ) + ε) = −α m̂/(√v̂ + ε)
 * </pre>
 * with β₁ ∈ [0, 1) (default 0.9), β₂ ∈ [0, 1) (default 0.999), ε ∈ [0, ∞) (default 1e-8). State: the moment
 * estimates m ("m.x", "m.y") and v ("v.x", "v.y"), drawn as the effective rates α/(√v̂ + ε) (nothing before
 * the first step).
 *
 * <p>Registered as {@link OptimizerKind#ADAM}; proposed α = 0.01.
 *
 * @param beta1 β₁
 * @param beta2 β₂
 * @param eps ε
 */
record Adam(double beta1, double beta2, double eps) implements UpdateKernel {

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

    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("adam", "Adam", 0.01,
            "m ← β₁m + (1−β₁)∇C;  v ← β₂v + (1−β₂)∇C²;  w ← w − α m̂/(√v̂ + ε)", List.of(BETA1, BETA2, EPS),
            List.of("m.x", "m.y", "v.x", "v.y"),
            h -> new Adam(h.get(BETA1.name()), h.get(BETA2.name()), h.get(EPS.name())), Adam::memory);

    /** The effective rates α/(√v̂ + ε) with v̂ = v/(1 − β₂ᵗ), t the updates so far; none before the first. */
    private static Memory memory(OptimizerState s, Hyperparameters h, double lr) {
        if (s.steps() == 0) {
            return new Memory.None();
        }
        double c = 1 / (1 - Math.pow(h.get(BETA2.name()), s.steps()));
        return Memory.scaling(c * s.get("v.x"), c * s.get("v.y"), lr, h.get(EPS.name()));
    }

    /** {@link Lockstep#ALWAYS}: powers, square roots and divisions: faster in lockstep on every surface (KernelBenchmark). */
    @Override
    public Lockstep lockstep() {
        return Lockstep.ALWAYS;
    }

    @Override
    public int stateSize() {
        return 4;
    }

    @Override
    public void update(int n, int steps, double[] gx, double[] gy, double[] rate, double[] x, double[] y,
            double[] state, double[] dx, double[] dy, CostFunction f) {
        int t = steps + 1;
        double bc1 = 1 - Math.pow(beta1, t);
        double bc2Sqrt = Math.sqrt(1 - Math.pow(beta2, t));
        for (int i = 0, s = 0; i < n; i++, s += 4) {
            double g1 = gx[i];
            double g2 = gy[i];
            double mx = beta1 * state[s] + (1 - beta1) * g1;
            double my = beta1 * state[s + 1] + (1 - beta1) * g2;
            double vx = beta2 * state[s + 2] + (1 - beta2) * g1 * g1;
            double vy = beta2 * state[s + 3] + (1 - beta2) * g2 * g2;
            state[s] = mx;
            state[s + 1] = my;
            state[s + 2] = vx;
            state[s + 3] = vy;
            double stepSize = rate[i] / bc1;
            dx[i] = -stepSize * mx / (Math.sqrt(vx) / bc2Sqrt + eps);
            dy[i] = -stepSize * my / (Math.sqrt(vy) / bc2Sqrt + eps);
        }
    }
}
