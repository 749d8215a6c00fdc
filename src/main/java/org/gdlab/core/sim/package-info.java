/**
 * Running an optimizer on a cost from a start point.
 *
 * <p>A {@link org.gdlab.core.sim.RunConfig} says what to run; {@link org.gdlab.core.sim.Simulation#run}
 * gives an immutable, compact {@link org.gdlab.core.sim.Trajectory}, {@link org.gdlab.core.sim.Simulation#stream}
 * hands each {@link org.gdlab.core.sim.StepRecord} to a consumer in bounded memory, and the mutable
 * {@link org.gdlab.core.sim.Stepper} steps one at a time for the UI's "tune live" (α and hyperparameters may
 * change mid-run). How a run ended is a {@link org.gdlab.core.sim.RunEnd}: converged, max steps, or diverged
 * (with a {@link org.gdlab.core.sim.DivergenceReason} and the engine's short sentence). Why it ended so,
 * in the words every screen shows, is {@link org.gdlab.core.explain.Explainer}'s. No row with a NaN or
 * infinite number is ever kept.
 *
 * <p>Every loop that runs an optimizer (this package's {@link org.gdlab.core.sim.Stepper} and the batch
 * runners of {@code org.gdlab.core.batch}) is made of the same three pieces: the gradient the optimizer sees
 * ({@link org.gdlab.core.sim.SeenGradient}: noise, then clipping), the optimizer's
 * {@link org.gdlab.core.optim.UpdateKernel}, and the checks that end a run
 * ({@link org.gdlab.core.sim.Admissibility}); so they agree bit for bit by construction.
 * {@link org.gdlab.core.sim.Simulation#run(org.gdlab.core.sim.RunConfig, java.util.NavigableMap, boolean)}
 * replays live changes of α and can keep the optimizer's state at every row, in one simulation.
 * {@link org.gdlab.core.sim.StepSeen} replays what one step works with (its line search's trials, its
 * mini-batch's gradient) for the window's and the exports' pictures of that step.
 *
 * <p>One step k → k + 1: g = ∇C(w_k) (exact, recorded); the optimizer sees g̃ = clip(g + σξ_k),
 * ξ_k ~ N(0, I) drawn from {@code new SplittableRandom(seed)} (two {@code nextGaussian()} per step, x then
 * y, only when σ &gt; 0), clipping by norm after the noise (as one clips a stochastic gradient);
 * α_k = schedule(α, k); (Δw, state') = update(g̃, state, α_k, w_k); w_{k+1} = w_k + Δw. On a mini-batch
 * run (a data cost with B ≥ 1) g in g̃ is the gradient of step k's batch
 * ({@link org.gdlab.core.data.MiniBatches}), never noised (σ = 0 on data); the recorded g stays exact.
 */
package org.gdlab.core.sim;
