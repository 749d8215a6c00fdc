package org.gdlab.core.optim;

import java.util.List;
import org.gdlab.core.surface.CostFunction;

/**
 * Steepest descent with exact line search: the minimiser of the cost along d = −g,
 * <pre>
 *   t = argmin_{t &gt; 0} C(w − t·g),      w ← w − t·g
 * </pre>
 * in closed form on a quadratic C = ½wᵀAw + bᵀw (t = gᵀg/gᵀAg, the Newton step of the line, which is exact
 * there), otherwise a bracketed one-dimensional search to |∇C(w − t·g)ᵀg| ≤ 1e-10·|g|² ({@link LineSearch#exact}).
 * Consecutive gradients are then at right angles (the zig-zag of steepest descent). No α (the rate is
 * ignored). When the cost keeps falling along −g as far as the search looks (t up to 1e10), as along a
 * direction of non-positive curvature of a quadratic, the run ends diverged, {@code unbounded_below}.
 * State: the accepted t and the halt code.
 *
 * <p>Registered as {@link OptimizerKind#EXACT}.
 */
record ExactLineSearch() implements SearchKernel {

    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("exact", "Exact line search", 1.0,
            "t = argmin C(w − t∇C);  w ← w − t∇C", List.of(), List.of("t", "halt"), h -> new ExactLineSearch(),
            Memory.View.NONE, OptimizerDefinition.Alpha.UNUSED);

    @Override
    public int stateSize() {
        return 2;
    }

    @Override
    public void update(int n, int steps, double[] gx, double[] gy, double[] rate, double[] x, double[] y,
            double[] state, double[] dx, double[] dy, CostFunction f) {
        for (int i = 0; i < n; i++) {
            double slope = -(gx[i] * gx[i] + gy[i] * gy[i]);
            double t = LineSearch.exact(f, x[i], y[i], slope, -gx[i], -gy[i]);
            SearchKernel.finish(i, 2 * i, t, -gx[i], -gy[i], Halt.LINE_SEARCH_FAILED, state, dx, dy);
        }
    }
}
