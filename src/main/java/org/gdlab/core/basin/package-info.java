/**
 * Basin-of-attraction maps: which start leads where, for one optimizer and learning rate.
 *
 * <p>A {@link org.gdlab.core.basin.BasinSpec} (a run template, a view, an nx × ny grid of starts, the known
 * stationary points and a match radius) is computed by {@link org.gdlab.core.basin.BasinMapper#compute}:
 * every start is run ({@link org.gdlab.core.batch.RunKernel}, bit-identical to the simulation) and
 * classified into a {@link org.gdlab.core.basin.BasinClass} of one {@link org.gdlab.core.basin.OutcomeKind}:
 * a known minimum, another minimum found, a saddle or maximum, diverged, or not converged. Rows run in
 * parallel; each finished row goes to a {@link org.gdlab.core.basin.BasinListener} as a
 * {@link org.gdlab.core.basin.BasinRow} so a view can draw progressively; a
 * {@link org.gdlab.core.batch.CancellationToken} stops stale work. The result is an immutable
 * {@link org.gdlab.core.basin.BasinMap} with the share of each class, written as CSV by
 * {@link org.gdlab.core.basin.BasinCsvWriter}.
 */
package org.gdlab.core.basin;
