/**
 * GD Lab: gradient descent made visible.
 *
 * <ul>
 *   <li>{@code org.gdlab.core.*}: the engine, plain Java without JavaFX (surfaces, formulas, optimizers,
 *       schedules, simulation, curvature, contouring).</li>
 *   <li>{@code org.gdlab.cli}: the command line (picocli) over the core.</li>
 *   <li>{@code org.gdlab.app}: the JavaFX desktop app, view models plus views.</li>
 * </ul>
 * {@link org.gdlab.Launcher} chooses between the window and the command line.
 */
package org.gdlab;
