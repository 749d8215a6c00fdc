/**
 * How α changes the outcome.
 *
 * <ul>
 *   <li>{@link org.gdlab.app.sweep.GhostViewModel} and {@link org.gdlab.app.sweep.GhostLayer}: faint paths of
 *       the main run with α/4, α/2, 2α and 4α from the same start, planned again in the background whenever
 *       the main run is;</li>
 *   <li>{@link org.gdlab.app.sweep.SweepViewModel}: the final cost after N steps for α on a log grid
 *       ({@link org.gdlab.core.sweep.LearningRateSweep}, ≥ 60 values, default 120) for the selected run's
 *       optimizer, computed off the JavaFX thread in parallel with progress and cancel (both as kinds of the
 *       window's {@link org.gdlab.app.viewmodel.Background}, failures in the status line); the divergence
 *       regions; the rule's stability limit at the start; picking α from the chart;</li>
 *   <li>{@link org.gdlab.app.sweep.SweepRange}: the swept α range per update rule, around its stability
 *       limit (GD, momentum, Nesterov, Newton) or around the distance to the minimum (the rules whose steps
 *       are about α long), and the words the status line uses for it;</li>
 *   <li>{@link org.gdlab.app.sweep.SweepView}: the chart (log α, log final cost, divergence shaded, the stability
 *       limit and the current α marked), the progress bar and the buttons.</li>
 * </ul>
 */
package org.gdlab.app.sweep;
