/**
 * How the learning rate α changes the outcome: a sweep over a log grid of α and the closed form for
 * gradient descent on a quadratic.
 *
 * <ul>
 *   <li>{@link org.gdlab.core.sweep.LogGrid}: α_i = αmin·(αmax/αmin)^(i/(n−1)), i = 0 … n − 1;</li>
 *   <li>{@link org.gdlab.core.sweep.LearningRateSweep#run}: for a {@link org.gdlab.core.sweep.SweepSpec}
 *       (a {@link org.gdlab.core.sim.RunConfig} template, the range and the count) one run per α from the
 *       same start, in lockstep chunks run in parallel, with progress and cooperative cancellation, giving a
 *       {@link org.gdlab.core.sweep.SweepResult} of {@link org.gdlab.core.sweep.SweepPoint}s (final cost,
 *       final |∇C|, steps, divergence);</li>
 *   <li>{@link org.gdlab.core.sweep.ConvergencePrediction}: the contraction factor
 *       ρ(α) = max|1 − αλ| and the predicted number of steps ⌈log(ε/d)/log ρ⌉ of GD on a quadratic,
 *       and the measured number on a trajectory, for the conditioning sandbox.</li>
 * </ul>
 */
package org.gdlab.core.sweep;
