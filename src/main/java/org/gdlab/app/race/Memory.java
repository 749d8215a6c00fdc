package org.gdlab.app.race;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerState;

/**
 * What an optimizer keeps in memory at w_k, in the form the plot draws it.
 *
 * <ul>
 *   <li>{@link Velocity}: momentum and Nesterov keep the velocity b; the next step carries
 *       {@code coast} = −αμb of it whatever the gradient there (drawn as an arrow from w_k);</li>
 *   <li>{@link Scaling}: Adagrad, RMSprop and Adam divide each coordinate of the step by √v + ε, so the
 *       effective learning rate per coordinate is η_i = α/(√v_i + ε) (Adam: v̂ = v/(1 − β₂ᵗ)); drawn as
 *       an ellipse with semi-axes in the ratio η_x : η_y;</li>
 *   <li>{@link None}: GD, normalized GD and Newton keep nothing between steps (and Adam before its first
 *       step).</li>
 * </ul>
 */
public sealed interface Memory {

    /** @param buffer b @param coast −αμb, the part of the next step that the velocity carries */
    record Velocity(Vec2 buffer, Vec2 coast) implements Memory {
    }

    /** @param effectiveRate (η_x, η_y) = α/(√v + ε) per coordinate */
    record Scaling(Vec2 effectiveRate) implements Memory {
    }

    /** Nothing kept between steps. */
    record None() implements Memory {
    }

    /**
     * @param s the state at w_k (before the step that leaves w_k)
     * @param h the run's hyperparameters
     * @param lr α_k, the rate of the step leaving w_k
     * @return the memory to draw
     */
    static Memory of(OptimizerState s, Hyperparameters h, double lr) {
        return switch (s.kind()) {
            case GD, NORMALIZED, NEWTON -> new None();
            case MOMENTUM -> velocity(((OptimizerState.Momentum) s).buffer(), h, lr);
            case NESTEROV -> velocity(((OptimizerState.Nesterov) s).buffer(), h, lr);
            case ADAGRAD -> new Scaling(rate(((OptimizerState.Adagrad) s).sum(), lr, h.get("eps")));
            case RMSPROP -> new Scaling(rate(((OptimizerState.Rmsprop) s).squareAverage(), lr, h.get("eps")));
            case ADAM -> {
                OptimizerState.Adam a = (OptimizerState.Adam) s;
                yield a.steps() == 0 ? new None()
                        : new Scaling(rate(a.v().times(1 / (1 - Math.pow(h.get("beta2"), a.steps()))), lr, h.get("eps")));
            }
        };
    }

    private static Velocity velocity(Vec2 b, Hyperparameters h, double lr) {
        return new Velocity(b, b.times(-lr * h.get("momentum")));
    }

    private static Vec2 rate(Vec2 v, double lr, double eps) {
        return new Vec2(lr / (Math.sqrt(v.x()) + eps), lr / (Math.sqrt(v.y()) + eps));
    }
}
