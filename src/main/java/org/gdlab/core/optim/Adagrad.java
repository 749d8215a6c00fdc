package org.gdlab.core.optim;

import java.util.List;
import org.gdlab.core.optim.Hyperparameter.Range;
import org.gdlab.core.optim.Hyperparameter.Scale;
import org.gdlab.core.optim.Hyperparameter.Slider;
import org.gdlab.core.surface.CostFunction;

/**
 * Adagrad as in torch.optim.Adagrad (lr_decay 0, initial accumulator 0), element-wise:
 * <pre>
 *   s ← s + g²
 *   Δw = −α g / (√s + ε)
 * </pre>
 * with ε ∈ [0, ∞) (default 1e-10). State: the running sum s of squared gradients ("s.x", "s.y"), drawn as
 * the effective rates α/(√s + ε).
 *
 * <p>Registered as {@link OptimizerKind#ADAGRAD}; proposed α = 0.1.
 *
 * @param eps ε
 */
record Adagrad(double eps) implements UpdateKernel {

    /** ε ∈ [0, ∞), default 1e-10 as in PyTorch. */
    static final Hyperparameter EPS = Hyperparameter.real("eps", "ε",
            "Added to the denominator so that a coordinate whose gradients were all tiny does not divide by zero.",
            Range.atLeast(0), 1e-10, new Slider(Scale.LOG, 1e-12, 1e-1));

    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("adagrad", "Adagrad", 0.1,
            "s ← s + ∇C²;  w ← w − α∇C/(√s + ε)", List.of(EPS), List.of("s.x", "s.y"),
            h -> new Adagrad(h.get(EPS.name())),
            (s, h, lr) -> Memory.scaling(s.get("s.x"), s.get("s.y"), lr, h.get(EPS.name())));

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
            double sx = state[s] + g1 * g1;
            double sy = state[s + 1] + g2 * g2;
            state[s] = sx;
            state[s + 1] = sy;
            dx[i] = -rate[i] * g1 / (Math.sqrt(sx) + eps);
            dy[i] = -rate[i] * g2 / (Math.sqrt(sy) + eps);
        }
    }
}
