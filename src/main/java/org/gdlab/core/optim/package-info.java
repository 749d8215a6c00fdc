/**
 * Optimizers as pure functions over immutable state (optax style): {@code init() → state} and
 * {@code update(g, state, α, w, f) → (Δw, state')}, with w_{t+1} = w_t + Δw.
 *
 * <p>Update rules and defaults follow PyTorch's torch.optim (SGD with/without momentum and Nesterov,
 * Adagrad, RMSprop, Adam), plus normalized gradient descent and damped Newton; see
 * {@link org.gdlab.core.optim.OptimizerKind} for the equations. {@link org.gdlab.core.optim.Hyperparameters}
 * holds every hyperparameter; α and the hyperparameters may change between steps without losing the state,
 * because the state ({@link org.gdlab.core.optim.OptimizerState}) only holds accumulated statistics.
 * {@link org.gdlab.core.optim.Clipping} clips a gradient by norm before any rule.
 * No JavaFX, no EJML (Newton's linear solve is {@link org.gdlab.core.analysis.NewtonDirection}).
 */
package org.gdlab.core.optim;
