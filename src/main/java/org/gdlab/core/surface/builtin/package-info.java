/**
 * The built-in surfaces of GD Lab, one final class per surface, each with exact value, analytic gradient
 * and analytic Hessian, and a {@link org.gdlab.core.surface.SurfaceDescription}. Obtain them through
 * {@link org.gdlab.core.surface.SurfaceCatalog} by id; each class's Javadoc carries its formula, derivatives
 * and known points.
 *
 * <p>Conventions:
 * <ul>
 *   <li>Known points are stored to double precision (roots of ∇C = 0 refined with 30-digit Newton, or closed
 *       forms such as McCormick's (½ - π/3, -½ - π/3)); issue 2's six-decimal values are their roundings.</li>
 *   <li>Where C is not differentiable the result is a documented finite convention, never NaN:
 *       {@link org.gdlab.core.surface.builtin.Ackley} at its cone tip (0, 0) has gradient 0 and Hessian
 *       2π²e·I (the cone's 1/r Hessian is dropped for r &lt; 10⁻³⁰⁰);
 *       {@link org.gdlab.core.surface.builtin.Valley} uses sign(0) = 0 on its kink lines and H = 0.</li>
 *   <li>The cliff ({@link org.gdlab.core.surface.builtin.Cliff}) and the valley are GD Lab's own designs,
 *       documented in their classes: a C∞ smoothed ramp of slope 200 that throws plain GD far, and
 *       |x| + 4|y - x/2|, where constant-α GD chatters.</li>
 *   <li>Each suggested start and learning rate shows the surface's lesson with plain GD and is checked by
 *       tests not to diverge (except on the saddles, which are unbounded below).</li>
 * </ul>
 * Plain Java; no JavaFX, no EJML.
 */
package org.gdlab.core.surface.builtin;
