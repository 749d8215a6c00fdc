package org.gdlab.core.optim;

import java.util.List;
import org.gdlab.core.surface.CostFunction;

/**
 * BFGS: a quasi-Newton method that learns the inverse Hessian H ≈ (∇²C)⁻¹ from the steps it takes
 * (Nocedal &amp; Wright, §6.1). With s = w_k − w_{k−1}, y = g_k − g_{k−1}, ρ = 1/yᵀs:
 * <pre>
 *   H₀ = I;  before the first update H ← (sᵀy/yᵀy)·I                        (N&amp;W eq. 6.20)
 *   H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ                              (N&amp;W eq. 6.17)
 *       skipped when sᵀy ≤ 1e-10·|s|·|y| (H is kept)
 *   d_k = −H g_k (−g_k if that is not a descent direction; H is then reset to I)
 *   t_k from a strong Wolfe line search along d_k (c₁ = 1e-4, c₂ = 0.9) or the exact one, first trial α
 *   on step 0 and 1 from then on;   w ← w + t_k·d_k
 * </pre>
 * With exact line search on a quadratic its directions are conjugate, so it reaches the minimum of a 2-D
 * quadratic in 2 steps (finite termination; Nocedal &amp; Wright, §6.1 and Chapter 5). No acceptable step: the run stops, {@code line_search_failed}. State: t, the
 * halt code, H (xx, xy, yy), w_{k−1}, g_{k−1}, and whether H was rescaled.
 *
 * <p>Registered as {@link OptimizerKind#BFGS}; α = 1.
 *
 * @param lineSearch 0 strong Wolfe, 1 exact
 * @param c1 c₁
 * @param c2 c₂
 */
record Bfgs(double lineSearch, double c1, double c2) implements SearchKernel {

    /** The update is skipped when sᵀy ≤ SKIP·|s|·|y|. */
    static final double SKIP = 1e-10;

    static final Hyperparameter C2 = LineSearch.c2(0.9);

    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("bfgs", "BFGS", 1.0,
            "d = −H∇C, H learnt from s = Δw, y = Δ∇C;  t from a line search along d;  w ← w + td",
            List.of(LineSearch.LINE_SEARCH, LineSearch.C1, C2),
            List.of("t", "halt", "H.xx", "H.xy", "H.yy", "w.x", "w.y", "g.x", "g.y", "scaled"),
            h -> new Bfgs(h.get(LineSearch.LINE_SEARCH.name()), h.get(LineSearch.C1.name()), h.get(C2.name())),
            Memory.View.NONE, OptimizerDefinition.Alpha.FIRST_TRIAL);

    @Override
    public int stateSize() {
        return 10;
    }

    @Override
    public void update(int n, int steps, double[] gx, double[] gy, double[] rate, double[] x, double[] y,
            double[] state, double[] dx, double[] dy, CostFunction f) {
        for (int i = 0, s = 0; i < n; i++, s += 10) {
            double g1 = gx[i];
            double g2 = gy[i];
            if (steps == 0) {
                state[s + 2] = 1;
                state[s + 3] = 0;
                state[s + 4] = 1;
                state[s + 9] = 0;
            } else {
                update(state, s, x[i] - state[s + 5], y[i] - state[s + 6], g1 - state[s + 7], g2 - state[s + 8]);
            }
            double d1 = -(state[s + 2] * g1 + state[s + 3] * g2);
            double d2 = -(state[s + 3] * g1 + state[s + 4] * g2);
            if (!(g1 * d1 + g2 * d2 < 0)) {
                state[s + 2] = 1;
                state[s + 3] = 0;
                state[s + 4] = 1;
                d1 = -g1;
                d2 = -g2;
            }
            double t = LineSearch.chosen(lineSearch, f, x[i], y[i], f.value(x[i], y[i]), g1 * d1 + g2 * d2, d1, d2,
                    steps == 0 ? rate[i] : 1, c1, c2);
            state[s + 5] = x[i];
            state[s + 6] = y[i];
            state[s + 7] = g1;
            state[s + 8] = g2;
            SearchKernel.finish(i, s, t, d1, d2, Halt.LINE_SEARCH_FAILED, state, dx, dy);
        }
    }

    /** The BFGS update of H = state[s+2 … s+4] with the pair (s, y), rescaling H first the first time. */
    private static void update(double[] state, int o, double sx, double sy, double yx, double yy) {
        double sty = sx * yx + sy * yy;
        if (!(sty > SKIP * Math.hypot(sx, sy) * Math.hypot(yx, yy))) {
            return;
        }
        if (state[o + 9] == 0) {
            double gamma = sty / (yx * yx + yy * yy);
            state[o + 2] = gamma;
            state[o + 3] = 0;
            state[o + 4] = gamma;
            state[o + 9] = 1;
        }
        double hxx = state[o + 2];
        double hxy = state[o + 3];
        double hyy = state[o + 4];
        double rho = 1 / sty;
        double hyx = hxx * yx + hxy * yy;
        double hyY = hxy * yx + hyy * yy;
        double yhy = yx * hyx + yy * hyY;
        double c = rho * rho * yhy + rho;
        state[o + 2] = hxx - rho * (2 * hyx * sx) + c * sx * sx;
        state[o + 3] = hxy - rho * (hyx * sy + sx * hyY) + c * sx * sy;
        state[o + 4] = hyy - rho * (2 * hyY * sy) + c * sy * sy;
    }
}
