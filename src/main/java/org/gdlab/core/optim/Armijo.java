package org.gdlab.core.optim;

import java.util.List;
import org.gdlab.core.optim.Hyperparameter.Range;
import org.gdlab.core.optim.Hyperparameter.Scale;
import org.gdlab.core.optim.Hyperparameter.Slider;
import org.gdlab.core.surface.CostFunction;

/**
 * Gradient descent with backtracking line search (Armijo): along d = −g, the first of t = α, αρ, αρ², …
 * (at most {@value LineSearch#ARMIJO_REDUCTIONS} reductions) with
 * <pre>
 *   C(w − t·g) ≤ C(w) − c₁·t·|g|²,       w ← w − t·g
 * </pre>
 * ρ = shrink ∈ (0, 1) (default 0.5), c₁ ∈ (0, 1) (default 1e-4), α the first trial (default 1). No step within
 * the budget: the run stops, {@code line_search_failed}. State: the accepted t and the halt code.
 *
 * <p>Registered as {@link OptimizerKind#ARMIJO}; α = 1.
 *
 * @param shrink ρ
 * @param c1 c₁
 */
record Armijo(double shrink, double c1) implements SearchKernel {

    /** ρ ∈ (0, 1), default 0.5. */
    static final Hyperparameter SHRINK = Hyperparameter.real("shrink", "ρ",
            "After a rejected trial the step is multiplied by ρ: t ← ρ·t.", new Range(0, true, 1, true), 0.5,
            new Slider(Scale.LINEAR, 0.05, 0.95));

    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("armijo", "Armijo backtracking", 1.0,
            "t = α, ρα, ρ²α, … until C(w − t∇C) ≤ C(w) − c₁t|∇C|²;  w ← w − t∇C", List.of(SHRINK, LineSearch.C1),
            List.of("t", "halt"), h -> new Armijo(h.get(SHRINK.name()), h.get(LineSearch.C1.name())),
            Memory.View.NONE, OptimizerDefinition.Alpha.FIRST_TRIAL);

    @Override
    public int stateSize() {
        return 2;
    }

    @Override
    public void update(int n, int steps, double[] gx, double[] gy, double[] rate, double[] x, double[] y,
            double[] state, double[] dx, double[] dy, CostFunction f) {
        for (int i = 0; i < n; i++) {
            double dgx = -gx[i];
            double dgy = -gy[i];
            double slope = -(gx[i] * gx[i] + gy[i] * gy[i]);
            double t = LineSearch.armijo(f, x[i], y[i], f.value(x[i], y[i]), slope, dgx, dgy, rate[i], shrink, c1);
            SearchKernel.finish(i, 2 * i, t, dgx, dgy, Halt.LINE_SEARCH_FAILED, state, dx, dy);
        }
    }

}
