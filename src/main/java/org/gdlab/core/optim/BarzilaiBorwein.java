package org.gdlab.core.optim;

import java.util.List;
import org.gdlab.core.optim.Hyperparameter.Range;
import org.gdlab.core.surface.CostFunction;

/**
 * Barzilai–Borwein: a step length from the last two iterates and gradients, s = w_k − w_{k−1},
 * y = g_k − g_{k−1}:
 * <pre>
 *   BB1: t_k = sᵀs/sᵀy      BB2 ({@code bb = 2}): t_k = sᵀy/yᵀy      t₀ = α
 *   w ← w − t_k·g
 * </pre>
 * When sᵀy ≤ 0 (no positive curvature seen along s) t_k falls back to α. No line search: the cost may rise
 * on some steps (BB is non-monotone). State: t, the halt code (never set), w_{k−1} and g_{k−1}.
 *
 * <p>Registered as {@link OptimizerKind#BB}; α (the first step) 0.01. Barzilai &amp; Borwein, IMA J. Numer.
 * Anal. 8 (1988).
 *
 * @param variant 1 or 2
 */
record BarzilaiBorwein(double variant) implements SearchKernel {

    /** 1 (sᵀs/sᵀy) or 2 (sᵀy/yᵀy), default 1. */
    static final Hyperparameter VARIANT = Hyperparameter.integer("bb", "BB",
            "Which Barzilai–Borwein step: 1 gives t = sᵀs/sᵀy, 2 gives t = sᵀy/yᵀy (s, y: the last change of w and of ∇C).",
            Range.closed(1, 2), 1);

    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("bb", "Barzilai–Borwein", 0.01,
            "t = sᵀs/sᵀy (s = Δw, y = Δ∇C; first step α);  w ← w − t∇C", List.of(VARIANT),
            List.of("t", "halt", "w.x", "w.y", "g.x", "g.y"), h -> new BarzilaiBorwein(h.get(VARIANT.name())),
            Memory.View.NONE, OptimizerDefinition.Alpha.FIRST_STEP);

    @Override
    public int stateSize() {
        return 6;
    }

    @Override
    public void update(int n, int steps, double[] gx, double[] gy, double[] rate, double[] x, double[] y,
            double[] state, double[] dx, double[] dy, CostFunction f) {
        for (int i = 0, s = 0; i < n; i++, s += 6) {
            double t = rate[i];
            if (steps > 0) {
                double sx = x[i] - state[s + 2];
                double sy = y[i] - state[s + 3];
                double yx = gx[i] - state[s + 4];
                double yy = gy[i] - state[s + 5];
                double sty = sx * yx + sy * yy;
                if (sty > 0) {
                    t = variant == 2 ? sty / (yx * yx + yy * yy) : (sx * sx + sy * sy) / sty;
                }
            }
            state[s + 2] = x[i];
            state[s + 3] = y[i];
            state[s + 4] = gx[i];
            state[s + 5] = gy[i];
            SearchKernel.finish(i, s, t, -gx[i], -gy[i], Halt.LINE_SEARCH_FAILED, state, dx, dy);
        }
    }
}
