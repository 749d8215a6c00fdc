package org.gdlab.core.analysis;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;

/**
 * Eigen-decomposition H = λ₁ v₁v₁ᵀ + λ₂ v₂v₂ᵀ of a symmetric 2×2 matrix with EJML's symmetric solver.
 * Eigenvalues ascending (λ₁ ≤ λ₂), eigenvectors of unit length in the same order, each with the sign
 * convention x &gt; 0, or x = 0 and y &gt; 0. A non-finite matrix (or a failed decomposition) gives NaN
 * everywhere instead of an exception.
 *
 * @param lambdaMin λ₁, the smaller eigenvalue
 * @param lambdaMax λ₂, the larger eigenvalue
 * @param vMin unit eigenvector of λ₁
 * @param vMax unit eigenvector of λ₂
 */
record SymmetricEigen(double lambdaMin, double lambdaMax, Vec2 vMin, Vec2 vMax) {

    private static final Vec2 NAN_VECTOR = new Vec2(Double.NaN, Double.NaN);

    static SymmetricEigen of(Sym2 h) {
        if (!h.isFinite()) {
            return new SymmetricEigen(Double.NaN, Double.NaN, NAN_VECTOR, NAN_VECTOR);
        }
        DMatrixRMaj a = new DMatrixRMaj(new double[][] {{h.xx(), h.xy()}, {h.xy(), h.yy()}});
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(2, true, true);
        if (!eig.decompose(a) || eig.getNumberOfEigenvalues() != 2) { // EJML may modify a: it is ours
            return new SymmetricEigen(Double.NaN, Double.NaN, NAN_VECTOR, NAN_VECTOR);
        }
        double l0 = eig.getEigenvalue(0).getReal();
        double l1 = eig.getEigenvalue(1).getReal();
        Vec2 v0 = unit(eig.getEigenVector(0));
        Vec2 v1 = unit(eig.getEigenVector(1));
        return l0 <= l1 ? new SymmetricEigen(l0, l1, v0, v1) : new SymmetricEigen(l1, l0, v1, v0);
    }

    private static Vec2 unit(DMatrixRMaj v) {
        if (v == null) {
            return NAN_VECTOR;
        }
        double x = v.get(0);
        double y = v.get(1);
        double n = Math.hypot(x, y);
        if (x < 0 || (x == 0 && y < 0)) {
            n = -n;
        }
        return new Vec2(x / n, y / n);
    }
}
