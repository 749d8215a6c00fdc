package org.gdlab.core.optim;

import java.util.List;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameter.Range;
import org.gdlab.core.optim.Hyperparameter.Scale;
import org.gdlab.core.optim.Hyperparameter.Slider;
import org.gdlab.core.surface.CostFunction;

/**
 * SGD with momentum as in torch.optim.SGD (dampening 0), element-wise:
 * <pre>
 *   b ← μ b + g
 *   momentum:  Δw = −α b
 *   Nesterov:  Δw = −α (g + μ b)
 * </pre>
 * with μ ∈ [0, 1) (default 0.9) and b₀ = 0. One implementation; Nesterov is a flag, not a class. State: the
 * velocity b ("b.x", "b.y"), drawn as the arrow −αμb it carries into the next step.
 *
 * <p>Registered as {@link OptimizerKind#MOMENTUM} and {@link OptimizerKind#NESTEROV}; proposed α = 0.01.
 *
 * @param mu the momentum μ
 * @param nesterov whether to use Nesterov's look-ahead form
 */
record HeavyBall(double mu, boolean nesterov) implements UpdateKernel {

    /** μ ∈ [0, 1), default 0.9 (PyTorch has no default; 0.9 is the usual choice). */
    static final Hyperparameter MOMENTUM = Hyperparameter.real("momentum", "μ",
            "The share of the velocity b kept from one step to the next: b ← μb + g (0 is plain gradient descent).",
            Range.closedOpen(0, 1), 0.9, new Slider(Scale.LINEAR, 0, 0.99)).shownInLabel();

    private static final List<String> STATE = List.of("b.x", "b.y");

    private static final Memory.View VELOCITY = (s, h, lr) -> {
        Vec2 b = s.vector("b");
        return new Memory.Velocity(b, b.times(-lr * h.get(MOMENTUM.name())));
    };

    static final OptimizerDefinition MOMENTUM_DEFINITION = new OptimizerDefinition("momentum", "Momentum", 0.01,
            "b ← μb + ∇C;  w ← w − αb", List.of(MOMENTUM), STATE,
            h -> new HeavyBall(h.get(MOMENTUM.name()), false), VELOCITY);

    static final OptimizerDefinition NESTEROV_DEFINITION = new OptimizerDefinition("nesterov", "Nesterov momentum",
            0.01, "b ← μb + ∇C;  w ← w − α(∇C + μb)", List.of(MOMENTUM), STATE,
            h -> new HeavyBall(h.get(MOMENTUM.name()), true), VELOCITY);

    @Override
    public int stateSize() {
        return 2;
    }

    @Override
    public void update(int n, int steps, double[] gx, double[] gy, double[] rate, double[] x, double[] y,
            double[] state, double[] dx, double[] dy, CostFunction f) {
        for (int i = 0, s = 0; i < n; i++, s += 2) {
            double minusRate = -rate[i];
            double bx = mu * state[s] + gx[i];
            double by = mu * state[s + 1] + gy[i];
            state[s] = bx;
            state[s + 1] = by;
            if (nesterov) {
                dx[i] = minusRate * (gx[i] + mu * bx);
                dy[i] = minusRate * (gy[i] + mu * by);
            } else {
                dx[i] = minusRate * bx;
                dy[i] = minusRate * by;
            }
        }
    }
}
