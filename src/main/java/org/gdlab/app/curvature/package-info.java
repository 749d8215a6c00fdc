/**
 * The local curvature and what it says about α.
 *
 * <ul>
 *   <li>{@link org.gdlab.app.curvature.StabilityLimit}: GD's 2/λmax at a point and the ratio α·λmax/2, which
 *       centre the α sweep's range; the words about α beside the slider and its mark are the core's
 *       ({@link org.gdlab.core.explain.AlphaHint}, published by the {@code LabViewModel}), for the run's own
 *       rule;</li>
 *   <li>{@link org.gdlab.app.curvature.CurvatureViewModel}: the Hessian, eigenvalues, κ, the kind of point,
 *       2/λmax and 2/(λmin + λmax) at the current point of the selected run, and the plot overlays
 *       (eigenvector directions, the local quadratic model's level ellipse);</li>
 *   <li>{@link org.gdlab.app.curvature.SandboxModel}: the conditioning sandbox for {@code quadratic}:
 *       ρ(α) = max|1 − αλ| and the predicted steps to a tolerance beside the measured number;</li>
 *   <li>{@link org.gdlab.app.curvature.StabilityMarker}, {@link org.gdlab.app.curvature.CurvaturePanel},
 *       {@link org.gdlab.app.curvature.CurvatureLayer}: the views.</li>
 * </ul>
 */
package org.gdlab.app.curvature;
