package org.gdlab.core.explain;

import java.util.Optional;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;

/**
 * The largest α for which an update rule is stable on the local quadratic model C ≈ ½ wᵀHw at a point,
 * H with largest eigenvalue λmax &gt; 0. Only rules whose step is α times a linear map of the gradient have
 * one; on a quadratic (constant H) it is exact, elsewhere it holds only where it was computed:
 * <ul>
 *   <li>gradient descent, w ← w − αg: the error along the eigenvector of λ is multiplied by 1 − αλ, so
 *       α &lt; 2/λmax;</li>
 *   <li>heavy-ball momentum (PyTorch form b ← μb + g, w ← w − αb): the map (w, b) has trace 1 + μ − αλ
 *       and determinant μ; both eigenvalues lie inside the unit circle iff 0 &lt; αλ &lt; 2(1 + μ), so
 *       α &lt; 2(1 + μ)/λmax, for μ ∈ [0, 1);</li>
 *   <li>Nesterov (PyTorch form w ← w − α(g + μb)): trace 1 + μ − αλ(1 + μ), determinant μ(1 − αλ); stable
 *       iff αλ &lt; 2(1 + μ)/(1 + 2μ), so α &lt; 2(1 + μ)/((1 + 2μ)λmax), for μ ∈ [0, 1);</li>
 *   <li>damped Newton, w ← w − α(H + δI)⁻¹g with δ = max(0, D − λmin): the factor along λ is
 *       1 − αλ/(λ + δ), and for λ &gt; 0 it stays above −1 iff α &lt; 2(λ + δ)/λ, smallest at λmax:
 *       α &lt; 2(λmax + δ)/λmax.</li>
 * </ul>
 * AdaGrad, RMSProp, Adam (steps scaled per coordinate by past gradients) and normalized GD (steps of length
 * α) have no such limit. Where λmax ≤ 0, or H is not finite, there is no limit either.
 *
 * @param rule the update rule
 * @param limit the largest stable α (α must stay below it)
 * @param formula how it is computed, e.g. "2/λmax", "2(1+μ)/λmax"
 * @param lambdaMax λmax at the point
 * @param curvature the local model it was computed from
 */
public record StepSizeLimit(OptimizerKind rule, double limit, String formula, double lambdaMax, LocalCurvature curvature) {

    /** @return true for the rules that have a step-size limit: gd, momentum, nesterov, newton */
    public static boolean exists(OptimizerKind k) {
        return k == OptimizerKind.GD || k == OptimizerKind.MOMENTUM || k == OptimizerKind.NESTEROV
                || k == OptimizerKind.NEWTON;
    }

    /**
     * @param h the rule's hyperparameters (μ of momentum and Nesterov, D of Newton)
     * @param lc the local model at the point
     * @return the limit of rule h.kind() there, or empty when the rule has none or λmax ≤ 0 (or is NaN)
     */
    public static Optional<StepSizeLimit> of(Hyperparameters h, LocalCurvature lc) {
        OptimizerKind k = h.kind();
        double lmax = lc.lambdaMax();
        if (!exists(k) || !(lmax > 0) || !Double.isFinite(lmax) || !Double.isFinite(lc.lambdaMin())) {
            return Optional.empty();
        }
        return Optional.of(switch (k) {
            case GD -> new StepSizeLimit(k, 2 / lmax, "2/λmax", lmax, lc);
            case MOMENTUM -> new StepSizeLimit(k, 2 * (1 + h.get("momentum")) / lmax, "2(1+μ)/λmax", lmax, lc);
            case NESTEROV -> {
                double mu = h.get("momentum");
                yield new StepSizeLimit(k, 2 * (1 + mu) / ((1 + 2 * mu) * lmax), "2(1+μ)/((1+2μ)λmax)", lmax, lc);
            }
            case NEWTON -> {
                double delta = Math.max(0, h.get("damping") - lc.lambdaMin());
                yield new StepSizeLimit(k, 2 * (lmax + delta) / lmax, "2(λmax+δ)/λmax", lmax, lc);
            }
            default -> throw new IllegalStateException("no step-size limit for " + k);
        });
    }

    /** @return e.g. "2/λmax = 0.200", "2(1+μ)/λmax = 0.380 (μ = 0.9)" */
    public String formulaWithValue(Hyperparameters h) {
        String value = formula + " = " + Words.num(limit);
        return switch (rule) {
            case MOMENTUM, NESTEROV -> value + " (μ = " + Words.num(h.get("momentum")) + ")";
            case NEWTON -> value + " (δ = " + Words.num(Math.max(0, h.get("damping") - curvature.lambdaMin())) + ")";
            default -> value;
        };
    }

    /** @return "gradient descent", "momentum", "Nesterov momentum", "Newton's method" */
    public String ruleName() {
        return ruleName(rule);
    }

    static String ruleName(OptimizerKind k) {
        return k == OptimizerKind.NESTEROV || k == OptimizerKind.NEWTON ? k.displayName()
                : k.displayName().toLowerCase(java.util.Locale.ROOT);
    }
}
