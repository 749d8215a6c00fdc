package org.gdlab.core.optim;

import org.gdlab.core.math.Vec2;

/**
 * What an optimizer keeps in memory at w_k, in the form the plot draws it (a closed family of glyphs, not
 * of optimizers: each optimizer says which glyph its state makes, in its {@link OptimizerDefinition}).
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

    /** How an optimizer's state at w_k becomes its glyph. */
    @FunctionalInterface
    interface View {

        /**
         * @param s the state at w_k (before the step that leaves w_k)
         * @param h the run's hyperparameters
         * @param lr α_k, the rate of the step leaving w_k
         * @return the memory to draw
         */
        Memory of(OptimizerState s, Hyperparameters h, double lr);

        /** The view of optimizers that keep nothing. */
        View NONE = (s, h, lr) -> new None();
    }

    /** @return (α/(√v_x + ε), α/(√v_y + ε)): the effective rates of an adaptive method */
    static Scaling scaling(double vx, double vy, double lr, double eps) {
        return new Scaling(new Vec2(lr / (Math.sqrt(vx) + eps), lr / (Math.sqrt(vy) + eps)));
    }
}
