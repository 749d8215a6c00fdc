package org.gdlab.core.analysis;

import java.util.OptionalDouble;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.CostFunction;

/**
 * The local quadratic model of a cost at a point, seen through its Hessian H.
 *
 * <p>Near w, C(w + d) ≈ C(w) + ∇C(w)·d + ½ dᵀH d. Writing H = λmin·vmin·vminᵀ + λmax·vmax·vmaxᵀ
 * (eigen-decomposition by EJML, eigenvalues ascending, unit eigenvectors in the same order with sign
 * convention x &gt; 0, or x = 0 and y &gt; 0), one gradient-descent step with rate α multiplies the error
 * along each eigenvector by (1 − αλ). Hence:
 * <ul>
 *   <li>the step is stable along every direction with λ &gt; 0 iff α &lt; 2/λmax: the
 *       {@link #maxStableLearningRate() largest stable rate} (empty when λmax ≤ 0: no positive rate
 *       makes the model contract);</li>
 *   <li>the contraction factor ρ(α) = max(|1 − αλmin|, |1 − αλmax|) is smallest for
 *       α* = 2/(λmin + λmax), where ρ = (κ − 1)/(κ + 1): the {@link #optimalLearningRate() optimal
 *       constant rate} (empty unless both eigenvalues are &gt; 0);</li>
 *   <li>the condition number κ = |λ|max/|λ|min (the largest over the smallest eigenvalue in absolute
 *       value) says how elongated the level sets are; it is +∞ when the smaller |λ| is exactly 0
 *       (including H = 0), and NaN for a non-finite Hessian.</li>
 * </ul>
 *
 * <p>A non-finite Hessian gives NaN eigenvalues, eigenvectors and κ, kind {@link PointKind#DEGENERATE} and
 * empty rates; nothing here throws for a finite or non-finite input.
 *
 * @param hessian the Hessian H
 * @param lambdaMin the smaller eigenvalue λmin
 * @param lambdaMax the larger eigenvalue λmax
 * @param eigenvectorMin unit eigenvector of λmin
 * @param eigenvectorMax unit eigenvector of λmax
 * @param conditionNumber κ = |λ|max/|λ|min (+∞ when |λ|min = 0)
 * @param kind the shape of the model, see {@link PointKind} and {@link #DEGENERACY_TOLERANCE}
 * @param maxStableLearningRate 2/λmax if λmax &gt; 0, else empty
 * @param optimalLearningRate 2/(λmin + λmax) if λmin &gt; 0 and λmax &gt; 0, else empty
 */
public record LocalCurvature(Sym2 hessian, double lambdaMin, double lambdaMax, Vec2 eigenvectorMin,
        Vec2 eigenvectorMax, double conditionNumber, PointKind kind, OptionalDouble maxStableLearningRate,
        OptionalDouble optimalLearningRate) {

    /**
     * Relative tolerance below which an eigenvalue counts as zero for {@link #kind()}: λ is "zero" when
     * |λ| ≤ 1e-9 · max(1, |λmin|, |λmax|). So curvature below 1e-9 in absolute terms (on surfaces of
     * curvature ≲ 1), or below 1e-9 of the other eigenvalue, is flat: well above the rounding error of a
     * 2×2 eigen-solve (~1e-16 relative) and of analytic Hessians, well below any curvature one can see.
     */
    public static final double DEGENERACY_TOLERANCE = 1e-9;

    /** @return the local curvature of f at w, from f's exact Hessian */
    public static LocalCurvature at(CostFunction f, Vec2 w) {
        return of(f.hessian(w));
    }

    /** @return the local curvature of the quadratic model with Hessian h */
    public static LocalCurvature of(Sym2 h) {
        SymmetricEigen e = SymmetricEigen.of(h);
        double lo = e.lambdaMin();
        double hi = e.lambdaMax();
        double absMin = Math.min(Math.abs(lo), Math.abs(hi));
        double absMax = Math.max(Math.abs(lo), Math.abs(hi));
        double kappa = Double.isNaN(absMin) ? Double.NaN
                : absMin == 0 ? Double.POSITIVE_INFINITY : absMax / absMin;
        OptionalDouble maxStable = hi > 0 ? OptionalDouble.of(2 / hi) : OptionalDouble.empty();
        OptionalDouble optimal = lo > 0 && hi > 0 ? OptionalDouble.of(2 / (lo + hi)) : OptionalDouble.empty();
        return new LocalCurvature(h, lo, hi, e.vMin(), e.vMax(), kappa, kindOf(lo, hi), maxStable, optimal);
    }

    private static PointKind kindOf(double lo, double hi) {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            return PointKind.DEGENERATE;
        }
        double zero = DEGENERACY_TOLERANCE * Math.max(1, Math.max(Math.abs(lo), Math.abs(hi)));
        if (Math.abs(lo) <= zero || Math.abs(hi) <= zero) {
            return PointKind.DEGENERATE;
        }
        if (lo > 0) {
            return PointKind.MINIMUM;
        }
        return hi < 0 ? PointKind.MAXIMUM : PointKind.SADDLE;
    }

    /**
     * The factor by which one GD step of rate α shrinks (&lt; 1) or grows (&gt; 1) the error of the local
     * quadratic model in its worst direction: ρ(α) = max(|1 − αλmin|, |1 − αλmax|).
     *
     * @param lr the learning rate α
     * @return ρ(α)
     */
    public double contractionFactor(double lr) {
        return Math.max(Math.abs(1 - lr * lambdaMin), Math.abs(1 - lr * lambdaMax));
    }
}
