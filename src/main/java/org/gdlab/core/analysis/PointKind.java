package org.gdlab.core.analysis;

/**
 * The shape of the local quadratic model at a point, read from the signs of the Hessian's eigenvalues
 * (see {@link LocalCurvature#DEGENERACY_TOLERANCE} for when an eigenvalue counts as zero).
 * At a stationary point (∇C = 0) this is the kind of the point itself; elsewhere it is the kind of the
 * model's stationary point, i.e. the local shape of the surface (bowl, dome, saddle, flat direction).
 */
public enum PointKind {
    /** Both eigenvalues positive: a bowl (a local minimum if ∇C = 0). */
    MINIMUM,
    /** Both eigenvalues negative: a dome (a local maximum if ∇C = 0). */
    MAXIMUM,
    /** One positive and one negative eigenvalue: a saddle. */
    SADDLE,
    /** At least one eigenvalue is (numerically) zero, or the Hessian is not finite: the model is flat in some direction. */
    DEGENERATE
}
