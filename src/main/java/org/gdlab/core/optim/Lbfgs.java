package org.gdlab.core.optim;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.optim.Hyperparameter.Range;
import org.gdlab.core.surface.CostFunction;

/**
 * L-BFGS: BFGS that keeps only the last m pairs s_i = w_{i+1} − w_i, y_i = g_{i+1} − g_i and applies the
 * inverse-Hessian approximation by the two-loop recursion (Nocedal &amp; Wright, Algorithm 7.4) from
 * <pre>
 *   H_k⁰ = γ_k·I,   γ_k = s_{k−1}ᵀy_{k−1} / y_{k−1}ᵀy_{k−1}    (N&amp;W eq. 7.20, at every step)
 *   d_k = −H_k g_k (−g_k with no pair yet, or if that is not a descent direction: the pairs are dropped)
 *   t_k from a strong Wolfe line search along d_k (c₁ = 1e-4, c₂ = 0.9) or the exact one, first trial α
 *   on step 0 and 1 from then on;   w ← w + t_k·d_k
 * </pre>
 * A pair with sᵀy ≤ 1e-10·|s|·|y| is not stored. m ∈ [1, {@value #MAX_MEMORY}] (default 5). No acceptable step:
 * the run stops, {@code line_search_failed}. State: t, the halt code, w_{k−1}, g_{k−1}, the number of pairs,
 * where the next is written, and {@value #MAX_MEMORY} slots of pairs (the last m are used).
 *
 * <p>Registered as {@link OptimizerKind#LBFGS}; α = 1.
 *
 * @param memory m
 * @param lineSearch 0 strong Wolfe, 1 exact
 * @param c1 c₁
 * @param c2 c₂
 */
record Lbfgs(int memory, double lineSearch, double c1, double c2) implements SearchKernel {

    /** The most pairs the state holds (m ≤ 20). */
    static final int MAX_MEMORY = 20;
    private static final int HEAD = 8;
    private static final int SIZE = HEAD + 4 * MAX_MEMORY;

    /** m ∈ [1, 20], default 5. */
    static final Hyperparameter MEMORY = Hyperparameter.integer("memory", "m",
            "How many of the last steps (and gradient changes) L-BFGS remembers to model the curvature.",
            Range.closed(1, MAX_MEMORY), 5);

    static final Hyperparameter C2 = LineSearch.c2(0.9);

    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("lbfgs", "L-BFGS", 1.0,
            "d = −H∇C from the last m pairs (s, y), H⁰ = γI;  t from a line search along d;  w ← w + td",
            List.of(MEMORY, LineSearch.LINE_SEARCH, LineSearch.C1, C2), stateNames(),
            h -> new Lbfgs((int) h.get(MEMORY.name()), h.get(LineSearch.LINE_SEARCH.name()), h.get(LineSearch.C1.name()),
                    h.get(C2.name())),
            Memory.View.NONE, OptimizerDefinition.Alpha.FIRST_TRIAL);

    private static List<String> stateNames() {
        List<String> names = new ArrayList<>(List.of("t", "halt", "w.x", "w.y", "g.x", "g.y", "pairs", "next"));
        for (int j = 1; j <= MAX_MEMORY; j++) {
            names.addAll(List.of("s" + j + ".x", "s" + j + ".y", "y" + j + ".x", "y" + j + ".y"));
        }
        return names;
    }

    @Override
    public int stateSize() {
        return SIZE;
    }

    @Override
    public void update(int n, int steps, double[] gx, double[] gy, double[] rate, double[] x, double[] y,
            double[] state, double[] dx, double[] dy, CostFunction f) {
        double[] alpha = new double[MAX_MEMORY];
        for (int i = 0, o = 0; i < n; i++, o += SIZE) {
            double g1 = gx[i];
            double g2 = gy[i];
            if (steps > 0) {
                remember(state, o, x[i] - state[o + 2], y[i] - state[o + 3], g1 - state[o + 4], g2 - state[o + 5]);
            }
            double[] d = direction(state, o, g1, g2, alpha);
            if (!(g1 * d[0] + g2 * d[1] < 0)) {
                state[o + 6] = 0;
                d[0] = -g1;
                d[1] = -g2;
            }
            double t = LineSearch.chosen(lineSearch, f, x[i], y[i], f.value(x[i], y[i]), g1 * d[0] + g2 * d[1], d[0],
                    d[1], steps == 0 ? rate[i] : 1, c1, c2);
            state[o + 2] = x[i];
            state[o + 3] = y[i];
            state[o + 4] = g1;
            state[o + 5] = g2;
            SearchKernel.finish(i, o, t, d[0], d[1], Halt.LINE_SEARCH_FAILED, state, dx, dy);
        }
    }

    /** Stores the pair (s, y) unless sᵀy ≤ 1e-10·|s|·|y|. */
    private static void remember(double[] state, int o, double sx, double sy, double yx, double yy) {
        if (!(sx * yx + sy * yy > Bfgs.SKIP * Math.hypot(sx, sy) * Math.hypot(yx, yy))) {
            return;
        }
        int next = (int) state[o + 7];
        int p = o + HEAD + 4 * next;
        state[p] = sx;
        state[p + 1] = sy;
        state[p + 2] = yx;
        state[p + 3] = yy;
        state[o + 7] = (next + 1) % MAX_MEMORY;
        state[o + 6] = Math.min(state[o + 6] + 1, MAX_MEMORY);
    }

    /** The two-loop recursion over the newest min(pairs, m) pairs: d = −H g. */
    private double[] direction(double[] state, int o, double g1, double g2, double[] alpha) {
        int used = (int) Math.min(state[o + 6], memory);
        int next = (int) state[o + 7];
        double qx = g1;
        double qy = g2;
        for (int j = 0; j < used; j++) {
            int p = o + HEAD + 4 * Math.floorMod(next - 1 - j, MAX_MEMORY);
            double rho = 1 / (state[p] * state[p + 2] + state[p + 1] * state[p + 3]);
            alpha[j] = rho * (state[p] * qx + state[p + 1] * qy);
            qx -= alpha[j] * state[p + 2];
            qy -= alpha[j] * state[p + 3];
        }
        double gamma = 1;
        if (used > 0) {
            int p = o + HEAD + 4 * Math.floorMod(next - 1, MAX_MEMORY);
            gamma = (state[p] * state[p + 2] + state[p + 1] * state[p + 3])
                    / (state[p + 2] * state[p + 2] + state[p + 3] * state[p + 3]);
        }
        double rx = gamma * qx;
        double ry = gamma * qy;
        for (int j = used - 1; j >= 0; j--) {
            int p = o + HEAD + 4 * Math.floorMod(next - 1 - j, MAX_MEMORY);
            double rho = 1 / (state[p] * state[p + 2] + state[p + 1] * state[p + 3]);
            double b = rho * (state[p + 2] * rx + state[p + 3] * ry);
            rx += state[p] * (alpha[j] - b);
            ry += state[p + 1] * (alpha[j] - b);
        }
        return new double[] {-rx, -ry};
    }
}
