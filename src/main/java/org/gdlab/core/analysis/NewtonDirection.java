package org.gdlab.core.analysis;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;

/**
 * The damped (shifted) Newton direction d = (H + δI)⁻¹ g, solved with EJML.
 *
 * <p>The shift is the smallest one that makes H + δI positive definite with smallest eigenvalue at least
 * the margin D: δ = max(0, D − λmin). So where H is already safely positive definite (λmin ≥ D) this is the
 * pure Newton direction H⁻¹g; at a saddle or a maximum the shift makes the step go downhill. The system is
 * solved by Cholesky (H + δI is positive definite by construction). A non-finite H or g, or a failed solve,
 * gives a NaN direction (the simulation reports it as divergence); nothing throws.
 *
 * @param direction d = (H + δI)⁻¹ g (the Newton update is w ← w − α d)
 * @param shift δ ≥ 0 added to the diagonal
 */
public record NewtonDirection(Vec2 direction, double shift) {

    /**
     * @param h the Hessian H
     * @param g the gradient g
     * @param margin D ≥ 0, the smallest eigenvalue H + δI is allowed to have
     * @return d = (H + δI)⁻¹ g with δ = max(0, D − λmin)
     */
    public static NewtonDirection of(Sym2 h, Vec2 g, double margin) {
        SymmetricEigen e = SymmetricEigen.of(h);
        double shift = Math.max(0, margin - e.lambdaMin());
        if (!Double.isFinite(shift) || !g.isFinite()) {
            return new NewtonDirection(new Vec2(Double.NaN, Double.NaN), shift);
        }
        DMatrixRMaj a = new DMatrixRMaj(new double[][] {{h.xx() + shift, h.xy()}, {h.xy(), h.yy() + shift}});
        DMatrixRMaj b = new DMatrixRMaj(new double[][] {{g.x()}, {g.y()}});
        DMatrixRMaj x = new DMatrixRMaj(2, 1);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.chol(2);
        if (!solver.setA(a)) { // may modify a: it is ours
            return new NewtonDirection(new Vec2(Double.NaN, Double.NaN), shift);
        }
        solver.solve(b, x);
        return new NewtonDirection(new Vec2(x.get(0), x.get(1)), shift);
    }
}
