/**
 * Running many independent runs fast: the shared machinery of the learning-rate sweep
 * ({@code org.gdlab.core.sweep}) and the basin map ({@code org.gdlab.core.basin}).
 *
 * <ul>
 *   <li>{@link org.gdlab.core.batch.CancellationToken}: a thread-safe flag that stale work checks between
 *       runs and every {@link org.gdlab.core.batch.RunKernel#CHECK_EVERY} steps inside a run;</li>
 *   <li>{@link org.gdlab.core.batch.RunKernel}: one run reduced to its {@link org.gdlab.core.batch.RunSummary}
 *       (last finite row and how it ended), in an allocation-free loop for every optimizer that calls the
 *       optimizer's {@link org.gdlab.core.optim.UpdateKernel} with one lane, so it reproduces
 *       {@link org.gdlab.core.sim.Simulation} bit for bit by construction;</li>
 *   <li>{@link org.gdlab.core.batch.LockstepKernel}: many runs of one template that differ only in their
 *       start (a basin-map row) or only in their learning rate, stepped together with one
 *       {@link org.gdlab.core.surface.BatchEvaluator} call and one kernel call per step for all still-running
 *       runs, every optimizer, with or without noise, each run's summary bit-identical to
 *       {@link org.gdlab.core.batch.RunKernel}'s (faster for formula surfaces; hand-written surfaces run one
 *       by one; figures in the class comment);</li>
 *   <li>{@link org.gdlab.core.batch.ParallelIndex}: n independent tasks on a fixed number of worker
 *       threads, each task writing only its own slot, so results do not depend on the thread count.</li>
 * </ul>
 */
package org.gdlab.core.batch;
