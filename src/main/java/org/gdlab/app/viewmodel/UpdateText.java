package org.gdlab.app.viewmodel;

import org.gdlab.core.optim.Hyperparameter;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;

/**
 * The update panel's text at step k: the rule with the current numbers. For gradient descent
 * <pre>
 *   w_{k+1} = w_k − α ∇C(w_k)
 * </pre>
 * written out with w_k, α_k, ∇C(w_k) and the result, plus C(w_k), |∇C(w_k)| and the step length
 * |w_{k+1} − w_k|. Other optimizers show w_{k+1} = w_k + Δw with their Δw, under their rule and the values
 * of their hyperparameters as they declare them ("with β1 = 0.9, β2 = 0.999, ε = 1e-8").
 */
public final class UpdateText {

    private UpdateText() {
    }

    /**
     * @return the optimizer's rule and its hyperparameters' values, as it declares them, e.g.
     *     "  b ← μb + ∇C;  w ← w − αb   with μ = 0.9" and a line break ("" for an optimizer without any)
     */
    static String settings(Hyperparameters h) {
        if (h.declarations().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("  ").append(h.kind().rule()).append("   with ");
        String sep = "";
        for (Hyperparameter d : h.declarations()) {
            b.append(sep).append(d.symbol()).append(" = ").append(d.format(h.get(d.name())));
            sep = ", ";
        }
        return b.append('\n').toString();
    }

    /** @return the text for step k of the path (0 ≤ k &lt; size) */
    public static String at(PlannedPath p, int k) {
        double x = p.x(k);
        double y = p.y(k);
        double gx = p.gx(k);
        double gy = p.gy(k);
        double a = p.learningRate(k);
        StringBuilder sb = new StringBuilder();
        sb.append("step k = ").append(k).append("      α = ").append(Numbers.sig3(a)).append('\n');
        sb.append("w_k       = ").append(Numbers.vec(x, y)).append('\n');
        sb.append("C(w_k)    = ").append(Numbers.sig(p.cost(k), 5)).append('\n');
        sb.append("∇C(w_k)   = ").append(Numbers.vec(gx, gy)).append('\n');
        sb.append("|∇C(w_k)| = ").append(Numbers.sig(p.gradientNorm(k), 4)).append('\n');
        if (!p.hasStepAfter(k)) {
            sb.append("(last iterate: no step follows)");
            return sb.toString();
        }
        double nx = p.x(k + 1);
        double ny = p.y(k + 1);
        if (p.config().optimizer() == OptimizerKind.GD) {
            sb.append("w_{k+1} = w_k − α ∇C(w_k)\n");
            sb.append("        = ").append(Numbers.vec(x, y)).append('\n');
            sb.append("          − ").append(Numbers.sig3(a)).append(" · ").append(Numbers.vec(gx, gy)).append('\n');
        } else {
            sb.append("w_{k+1} = w_k + Δw   (").append(p.config().optimizer().displayName()).append(")\n");
            sb.append(settings(p.config().hyper()));
            sb.append("        = ").append(Numbers.vec(x, y)).append('\n');
            sb.append("          + ").append(Numbers.vec(nx - x, ny - y)).append('\n');
        }
        sb.append("        = ").append(Numbers.vec(nx, ny)).append('\n');
        sb.append("step length |Δw| = ").append(Numbers.sig(Math.hypot(nx - x, ny - y), 4));
        return sb.toString();
    }
}
