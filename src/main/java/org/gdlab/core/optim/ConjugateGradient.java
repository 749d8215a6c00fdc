package org.gdlab.core.optim;

import java.util.List;
import org.gdlab.core.surface.CostFunction;

/**
 * Nonlinear conjugate gradient: a direction that mixes in the previous one,
 * <pre>
 *   d_k = −g_k + β_k·d_{k−1},   β_FR = g_kᵀg_k / g_{k−1}ᵀg_{k−1}   (Fletcher–Reeves)
 *                               β_PR+ = max(0, g_kᵀ(g_k − g_{k−1}) / g_{k−1}ᵀg_{k−1})   (Polak–Ribière+)
 *   t_k from a strong Wolfe line search along d_k (c₁ = 1e-4, c₂ = 0.1, first trial α) or the exact one,
 *   w ← w + t_k·d_k
 * </pre>
 * restarted with d_k = −g_k every 2 steps (the dimension: k = 0, 2, 4, …) and whenever d_k is not a descent
 * direction (g_kᵀd_k ≥ 0). On a 2-D quadratic with exact line search it reaches the minimum in 2 steps
 * (finite termination; Nocedal &amp; Wright, Theorem 5.2 and §5.2). No acceptable step: the run stops,
 * {@code line_search_failed}. State: t, the halt code, g_{k−1}, d_{k−1}.
 *
 * <p>Registered as {@link OptimizerKind#CG}; α = 1.
 *
 * @param polakRibiere true for PR+, false for FR
 * @param lineSearch 0 strong Wolfe, 1 exact
 * @param c1 c₁
 * @param c2 c₂
 */
record ConjugateGradient(boolean polakRibiere, double lineSearch, double c1, double c2) implements SearchKernel {

    /** fr (default) or pr (PR+). */
    static final Hyperparameter BETA = Hyperparameter.choice("beta", "β",
            "How much of the previous direction is kept: fr (Fletcher–Reeves) or pr (Polak–Ribière+, never below 0).",
            List.of("fr", "pr"), 0);

    static final Hyperparameter C2 = LineSearch.c2(0.1);

    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("cg", "Conjugate gradient", 1.0,
            "d ← −∇C + βd (restart every 2 steps);  t from a line search along d;  w ← w + td",
            List.of(BETA, LineSearch.LINE_SEARCH, LineSearch.C1, C2), List.of("t", "halt", "g.x", "g.y", "d.x", "d.y"),
            h -> new ConjugateGradient(h.get(BETA.name()) == 1, h.get(LineSearch.LINE_SEARCH.name()),
                    h.get(LineSearch.C1.name()), h.get(C2.name())),
            Memory.View.NONE, OptimizerDefinition.Alpha.FIRST_TRIAL);

    @Override
    public int stateSize() {
        return 6;
    }

    @Override
    public void update(int n, int steps, double[] gx, double[] gy, double[] rate, double[] x, double[] y,
            double[] state, double[] dx, double[] dy, CostFunction f) {
        for (int i = 0, s = 0; i < n; i++, s += 6) {
            double g1 = gx[i];
            double g2 = gy[i];
            double d1 = -g1;
            double d2 = -g2;
            if (steps % 2 != 0) {
                double px = state[s + 2];
                double py = state[s + 3];
                double previous = px * px + py * py;
                double beta = polakRibiere ? Math.max(0, (g1 * (g1 - px) + g2 * (g2 - py)) / previous)
                        : (g1 * g1 + g2 * g2) / previous;
                double c1x = -g1 + beta * state[s + 4];
                double c1y = -g2 + beta * state[s + 5];
                if (g1 * c1x + g2 * c1y < 0 && Double.isFinite(c1x) && Double.isFinite(c1y)) {
                    d1 = c1x;
                    d2 = c1y;
                }
            }
            double slope = g1 * d1 + g2 * d2;
            double t = LineSearch.chosen(lineSearch, f, x[i], y[i], f.value(x[i], y[i]), slope, d1, d2, rate[i], c1,
                    c2);
            state[s + 2] = g1;
            state[s + 3] = g2;
            state[s + 4] = d1;
            state[s + 5] = d2;
            SearchKernel.finish(i, s, t, d1, d2, Halt.LINE_SEARCH_FAILED, state, dx, dy);
        }
    }
}
