package org.gdlab.core.sweep;

import java.util.OptionalInt;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.sim.Trajectory;

/**
 * The closed form of plain gradient descent on a quadratic C(w) = C* + ½(w − w*)ᵀH(w − w*), for the
 * conditioning sandbox: what the theory predicts, to show beside what the run measures.
 *
 * <p>With the eigen-decomposition H = λmin·v₁v₁ᵀ + λmax·v₂v₂ᵀ, one GD step maps the error e = w − w* to
 * (I − αH)e, so its component along v_i is multiplied by (1 − αλ_i) every step:
 * e_k·v_i = (1 − αλ_i)^k (e_0·v_i). The contraction factor is ρ(α) = max_i |1 − αλ_i|.
 *
 * <p><b>Which norm.</b> The Euclidean error |e_k| is only bounded by ρ^k|e_0|; if the start has little
 * component along the slowest direction, |e_k| can fall below ε long before the bound says, so the bound's
 * step count is not a prediction. The error in the <em>worst eigen-direction</em>, |P e_k| with P the
 * orthogonal projector onto the eigenvectors whose |1 − αλ| equals ρ (P = v vᵀ for one direction; P = I when
 * both tie, e.g. at α* = 2/(λmin + λmax) or when λmin = λmax), shrinks by exactly ρ per step:
 * |P e_k| = ρ^k d with d = |P e_0|. So the first k with |P e_k| ≤ ε is
 * <pre>
 *   k = ⌈log(ε/d) / log ρ⌉    (0 when d ≤ ε; 1 when ρ = 0; ∞ when ρ ≥ 1)
 * </pre>
 * and the measured count ({@link #measuredSteps}) agrees with it up to rounding (±1 step when log(ε/d)/log ρ
 * is within rounding of an integer).
 *
 * @param learningRate α
 * @param lambdaMin λmin of H
 * @param lambdaMax λmax of H
 * @param contractionFactor ρ(α) = max(|1 − αλmin|, |1 − αλmax|)
 * @param minimum w*
 * @param worstProjector P, the projector onto the worst eigen-direction(s)
 * @param startDistance d = |P(w₀ − w*)|
 * @param tolerance ε &gt; 0
 * @param predictedSteps ⌈log(ε/d)/log ρ⌉ as a double (an integer value), or +∞ when ρ ≥ 1 and d &gt; ε
 */
public record ConvergencePrediction(double learningRate, double lambdaMin, double lambdaMax,
        double contractionFactor, Vec2 minimum, Sym2 worstProjector, double startDistance, double tolerance,
        double predictedSteps) {

    /** Two factors |1 − αλ| within this relative distance of each other count as a tie (both directions worst). */
    public static final double TIE_TOLERANCE = 1e-12;

    /**
     * @param hessian H of the quadratic (its eigenvalues by {@link LocalCurvature#of})
     * @param minimum w*
     * @param start w₀
     * @param lr α &gt; 0
     * @param tolerance ε &gt; 0
     * @return the prediction for GD from w₀
     */
    public static ConvergencePrediction forGd(Sym2 hessian, Vec2 minimum, Vec2 start, double lr, double tolerance) {
        if (!(lr > 0) || !(tolerance > 0)) {
            throw new IllegalArgumentException("need α > 0 and ε > 0, got α = " + lr + ", ε = " + tolerance);
        }
        LocalCurvature lc = LocalCurvature.of(hessian);
        double fMin = Math.abs(1 - lr * lc.lambdaMin());
        double fMax = Math.abs(1 - lr * lc.lambdaMax());
        double rho = Math.max(fMin, fMax);
        Sym2 p;
        if (Math.abs(fMin - fMax) <= TIE_TOLERANCE * rho) {
            p = new Sym2(1, 0, 1);
        } else {
            Vec2 v = fMax > fMin ? lc.eigenvectorMax() : lc.eigenvectorMin();
            p = new Sym2(v.x() * v.x(), v.x() * v.y(), v.y() * v.y());
        }
        double d = p.times(start.minus(minimum)).norm();
        return new ConvergencePrediction(lr, lc.lambdaMin(), lc.lambdaMax(), rho, minimum, p, d, tolerance,
                predictedSteps(rho, d, tolerance));
    }

    /** @return ρ(α) = max(|1 − αλmin|, |1 − αλmax|) */
    public static double contractionFactor(double lr, double lambdaMin, double lambdaMax) {
        return Math.max(Math.abs(1 - lr * lambdaMin), Math.abs(1 - lr * lambdaMax));
    }

    /**
     * @param rho the contraction factor ρ ≥ 0
     * @param distance d ≥ 0, the start error
     * @param tolerance ε &gt; 0
     * @return 0 when d ≤ ε; otherwise 1 when ρ = 0, +∞ when ρ ≥ 1, else ⌈log(ε/d)/log ρ⌉
     */
    public static double predictedSteps(double rho, double distance, double tolerance) {
        if (distance <= tolerance) {
            return 0;
        }
        if (rho >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        if (rho == 0) {
            return 1;
        }
        return Math.ceil(Math.log(tolerance / distance) / Math.log(rho));
    }

    /** @return true when GD converges (ρ &lt; 1) or already starts within ε */
    public boolean converges() {
        return predictedSteps < Double.POSITIVE_INFINITY;
    }

    /** @return |P(w − w*)|, the error of w in the worst eigen-direction */
    public double errorNorm(Vec2 w) {
        return worstProjector.times(w.minus(minimum)).norm();
    }

    /** @return the first k with {@link #errorNorm}(w_k) ≤ ε along t, or empty if no row gets there */
    public OptionalInt measuredSteps(Trajectory t) {
        for (int k = 0; k < t.size(); k++) {
            if (errorNorm(t.point(k)) <= tolerance) {
                return OptionalInt.of(k);
            }
        }
        return OptionalInt.empty();
    }
}
