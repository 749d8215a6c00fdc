/**
 * Optimizers as pure functions over immutable state (optax style): {@code init() → state} and
 * {@code update(g, state, α, w, f) → (Δw, state')}, with w_{t+1} = w_t + Δw.
 *
 * <p>Update rules and defaults follow PyTorch's torch.optim (SGD with/without momentum and Nesterov,
 * Adagrad, RMSprop, Adam), plus normalized gradient descent and damped Newton, and the step-length rules of
 * Nocedal &amp; Wright's Numerical Optimization (line searches, conjugate gradient, BFGS, L-BFGS), Polyak's
 * step and Barzilai–Borwein's; see
 * {@link org.gdlab.core.optim.OptimizerKind} for the equations.
 *
 * <p><b>Declarations.</b> Each optimizer's file holds its {@link org.gdlab.core.optim.OptimizerDefinition}:
 * id, name, proposed α, its rule in one line, and its hyperparameters as
 * {@link org.gdlab.core.optim.Hyperparameter} declarations (name, symbol, meaning, type, range with open or
 * closed ends, default, slider scale, and {@code problem(v)}: the plain words for an invalid value).
 * {@link org.gdlab.core.optim.OptimizerKind} is the registry, one constant per definition. The side panel,
 * the race editor, the command line, the scenario format and the captions read the declarations, so adding
 * an optimizer is one file plus one constant, and a new hyperparameter touches only its optimizer's file.
 * {@link org.gdlab.core.optim.Hyperparameters} holds the values of one optimizer's declared hyperparameters,
 * by name.
 *
 * <p><b>One kernel per rule.</b> Each optimizer's arithmetic exists once, as its
 * {@link org.gdlab.core.optim.UpdateKernel}: primitive doubles, many runs (lanes) per call, the state as a
 * few doubles per lane. The one-run {@link org.gdlab.core.sim.Stepper}, {@link org.gdlab.core.batch.RunKernel}
 * and {@link org.gdlab.core.batch.LockstepKernel} call it, and {@link org.gdlab.core.optim.Optimizer#update}
 * is one lane of it, so they all agree bit for bit by construction. α and the hyperparameters may change
 * between steps without losing the state, because the state ({@link org.gdlab.core.optim.OptimizerState},
 * its read-only view) only holds accumulated statistics; {@link org.gdlab.core.optim.Memory} is how the
 * race draws it, declared by each optimizer.
 * {@link org.gdlab.core.optim.Clipping} clips a gradient by norm before any rule.
 *
 * <p><b>Rules that choose their own step length t</b> (armijo, wolfe, exact, polyak, bb, cg, bfgs, lbfgs):
 * their kernels evaluate C and ∇C along the search direction themselves ({@link org.gdlab.core.optim.LineSearch}:
 * backtracking, Nocedal &amp; Wright's strong Wolfe search, the exact minimum along the line), keep the accepted
 * t in their state and report it ({@link org.gdlab.core.optim.UpdateKernel#stepLength}, the row's
 * {@code lr}), or report that no step was found ({@link org.gdlab.core.optim.Halt}); every loop reads both.
 * What α means to them is declared ({@link org.gdlab.core.optim.OptimizerDefinition.Alpha}).
 * {@link org.gdlab.core.optim.LineSearchTrace} replays one step's search from the run's stored state and
 * records every trial (the window's trial points and slice chart; for bfgs also H_k).
 * No JavaFX, no EJML (Newton's linear solve is {@link org.gdlab.core.analysis.NewtonDirection}).
 */
package org.gdlab.core.optim;
