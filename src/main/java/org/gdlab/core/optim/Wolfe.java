package org.gdlab.core.optim;

import java.util.List;
import org.gdlab.core.surface.CostFunction;

/**
 * Gradient descent with a strong Wolfe line search: along d = −g a step t with
 * <pre>
 *   C(w − t·g) ≤ C(w) − c₁·t·|g|²             (sufficient decrease)
 *   |∇C(w − t·g)ᵀg| ≤ c₂·|g|²                  (curvature, strong form)
 *   w ← w − t·g
 * </pre>
 * found by Nocedal &amp; Wright's bracketing and zoom (Algorithms 3.5, 3.6; see {@link LineSearch}): first
 * trial α (default 1), doubling up to t_max = 1e10, safeguarded cubic interpolation, at most
 * {@value LineSearch#WOLFE_EVALUATIONS} evaluations; c₁ = 1e-4, c₂ = 0.9 by default. No such step within the
 * budget: the run stops, {@code line_search_failed}. State: the accepted t and the halt code.
 *
 * <p>Registered as {@link OptimizerKind#WOLFE}; α = 1.
 *
 * @param c1 c₁
 * @param c2 c₂
 */
record Wolfe(double c1, double c2) implements SearchKernel {

    static final Hyperparameter C2 = LineSearch.c2(0.9);

    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("wolfe", "Strong Wolfe line search", 1.0,
            "t with C(w − t∇C) ≤ C(w) − c₁t|∇C|² and |∇C(w − t∇C)ᵀ∇C| ≤ c₂|∇C|²;  w ← w − t∇C",
            List.of(LineSearch.C1, C2), List.of("t", "halt"),
            h -> new Wolfe(h.get(LineSearch.C1.name()), h.get(C2.name())), Memory.View.NONE,
            OptimizerDefinition.Alpha.FIRST_TRIAL);

    @Override
    public int stateSize() {
        return 2;
    }

    @Override
    public void update(int n, int steps, double[] gx, double[] gy, double[] rate, double[] x, double[] y,
            double[] state, double[] dx, double[] dy, CostFunction f) {
        for (int i = 0; i < n; i++) {
            double slope = -(gx[i] * gx[i] + gy[i] * gy[i]);
            double t = LineSearch.strongWolfe(f, x[i], y[i], f.value(x[i], y[i]), slope, -gx[i], -gy[i], rate[i], c1,
                    c2);
            SearchKernel.finish(i, 2 * i, t, -gx[i], -gy[i], Halt.LINE_SEARCH_FAILED, state, dx, dy);
        }
    }
}
