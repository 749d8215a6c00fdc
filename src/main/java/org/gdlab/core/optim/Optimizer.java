package org.gdlab.core.optim;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.CostFunction;

/**
 * An optimizer as a pair of pure functions (optax style): {@link #init()} gives the initial state and
 * {@link #update} maps (gradient, state, α, w) to (Δw, next state). Implementations are immutable and hold
 * only hyperparameters; to change hyperparameters mid-run, create a new optimizer of the same kind with
 * {@link Optimizers#create} and keep passing the old state.
 */
public interface Optimizer {

    /** @return which optimizer this is */
    OptimizerKind kind();

    /** @return the initial state (zero buffers, step count 0) */
    OptimizerState init();

    /**
     * One step of the rule (see {@link OptimizerKind}).
     *
     * @param g the gradient the optimizer sees (possibly noisy and clipped)
     * @param state the state from {@link #init()} or the previous update; must be of this kind
     * @param lr the learning rate α of this step
     * @param w the current iterate (Newton evaluates the Hessian there)
     * @param f the cost (only Newton uses it, for ∇²C(w))
     * @return Δw and the next state
     * @throws IllegalArgumentException if the state belongs to another kind of optimizer
     */
    Update update(Vec2 g, OptimizerState state, double lr, Vec2 w, CostFunction f);
}
