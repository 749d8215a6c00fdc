/**
 * The local curvature and what it says about α.
 *
 * <ul>
 *   <li>{@link org.gdlab.app.curvature.StabilityLimit}: 2/λmax at a point and the ratio α·λmax/2 in words
 *       ("α is 1.3× the stability limit here");</li>
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
