/**
 * Local analysis of a cost surface at a point: the local quadratic model
 * C(w + d) ≈ C(w) + ∇C(w)·d + ½ dᵀH d and what it says about gradient descent.
 *
 * <ul>
 *   <li>{@link org.gdlab.core.analysis.LocalCurvature}: eigenvalues λmin ≤ λmax and unit eigenvectors of
 *       the Hessian H, condition number κ, the kind of point ({@link org.gdlab.core.analysis.PointKind}),
 *       the largest stable GD rate 2/λmax, the best constant rate 2/(λmin + λmax) and the contraction
 *       factor max|1 − αλ|.</li>
 *   <li>{@link org.gdlab.core.analysis.NewtonDirection}: the damped Newton direction (H + δI)⁻¹g used by
 *       the Newton optimizer.</li>
 * </ul>
 *
 * <p>This is the only package of the core that imports EJML (house rule); every dense linear algebra of
 * the core goes through here. No JavaFX.
 */
package org.gdlab.core.analysis;
