/**
 * Explanations that are always true: how a run ended and why, in one sentence.
 *
 * <p>{@link org.gdlab.core.explain.Explainer} classifies the end of a run into a closed set of
 * {@link org.gdlab.core.explain.Reason}s under four {@link org.gdlab.core.explain.Status}es (converged; at
 * the step limit: reached the minimum, oscillating, still descending, stalled; diverged: step too large,
 * unbounded below, non-finite, left the bound; stopped, for the rules that choose their own step length:
 * line search failed, below C*), tried in the order its Javadoc gives, and writes the
 * {@link org.gdlab.core.explain.Outcome}'s sentence that the window's banner and race legend, the command
 * line ({@code run}'s stderr line and JSON, {@code render}'s legend) all show. It needs only row 0 and the
 * last steps of a run, which a {@link org.gdlab.core.explain.RunWitness} keeps while the rows stream by.
 * The sentences call the cost C on a surface and J on data ({@link org.gdlab.core.explain.CostLetter}).
 * {@link org.gdlab.core.explain.StepSizeLimit} is the stability limit of the rules that have one (gd,
 * momentum, Nesterov, damped Newton) on the local quadratic model, and
 * {@link org.gdlab.core.explain.AlphaHint} the words next to the window's α slider. No JavaFX; the
 * Hessian's eigenvalues come from {@code core.analysis}.
 */
package org.gdlab.core.explain;
