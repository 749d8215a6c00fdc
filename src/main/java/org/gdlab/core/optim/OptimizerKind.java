package org.gdlab.core.optim;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The optimizers GD Lab knows, with PyTorch's update rules (g = the gradient the optimizer sees, α = the
 * learning rate of this step, all vector operations element-wise, buffers start at 0):
 * <table>
 *   <caption>update rules</caption>
 *   <tr><th>id</th><th>rule</th></tr>
 *   <tr><td>gd</td><td>w ← w − α g</td></tr>
 *   <tr><td>momentum</td><td>b ← μ b + g; w ← w − α b (μ = 0.9)</td></tr>
 *   <tr><td>nesterov</td><td>b ← μ b + g; w ← w − α (g + μ b) (μ = 0.9)</td></tr>
 *   <tr><td>adagrad</td><td>s ← s + g²; w ← w − α g / (√s + ε) (ε = 1e-10)</td></tr>
 *   <tr><td>rmsprop</td><td>v ← ρ v + (1 − ρ) g²; w ← w − α g / (√v + ε) (ρ = 0.99, called alpha as in
 *       PyTorch; ε = 1e-8)</td></tr>
 *   <tr><td>adam</td><td>m ← β₁m + (1 − β₁)g; v ← β₂v + (1 − β₂)g²; m̂ = m/(1 − β₁ᵗ); v̂ = v/(1 − β₂ᵗ),
 *       t = 1, 2, …; w ← w − α m̂/(√v̂ + ε) (β₁ = 0.9, β₂ = 0.999, ε = 1e-8)</td></tr>
 *   <tr><td>normalized</td><td>w ← w − α g/|g| (a zero gradient takes no step)</td></tr>
 *   <tr><td>newton</td><td>w ← w − α (H + δI)⁻¹ g, δ = max(0, D − λmin(H)), D = damping (default
 *       1e-3)</td></tr>
 * </table>
 *
 * <p>{@link #defaultLearningRate()} is the rate GD Lab proposes for the optimizer when nothing better is
 * known (a surface's suggested rate is tuned for plain GD). Values: gd, momentum, nesterov 0.01; adagrad 0.1;
 * rmsprop 0.01; adam 0.01; normalized 0.1; newton 1. PyTorch's own defaults are 0.001 for SGD (2.x), 0.01
 * for Adagrad and RMSprop, 0.001 for Adam; GD Lab takes larger rates where PyTorch's would need thousands
 * of steps to cross a view of width ~10 (adaptive methods move about α per coordinate per step, Adagrad
 * less and less), and Newton's natural rate 1.
 */
public enum OptimizerKind {
    GD("gd", "Gradient descent", 0.01),
    MOMENTUM("momentum", "Momentum", 0.01),
    NESTEROV("nesterov", "Nesterov momentum", 0.01),
    ADAGRAD("adagrad", "Adagrad", 0.1),
    RMSPROP("rmsprop", "RMSprop", 0.01),
    ADAM("adam", "Adam", 0.01),
    NORMALIZED("normalized", "Normalized gradient descent", 0.1),
    NEWTON("newton", "Newton's method", 1.0);

    private final String id;
    private final String displayName;
    private final double defaultLearningRate;

    OptimizerKind(String id, String displayName, double defaultLearningRate) {
        this.id = id;
        this.displayName = displayName;
        this.defaultLearningRate = defaultLearningRate;
    }

    /** @return the command-line id, e.g. "adam" */
    public String id() {
        return id;
    }

    /** @return the name shown to people, e.g. "Gradient descent" */
    public String displayName() {
        return displayName;
    }

    /** @return the learning rate GD Lab proposes for this optimizer (see the class comment) */
    public double defaultLearningRate() {
        return defaultLearningRate;
    }

    /** @return the valid ids, comma separated, in declaration order */
    public static String validIds() {
        return Arrays.stream(values()).map(OptimizerKind::id).collect(Collectors.joining(", "));
    }

    /**
     * @param id an id such as "adam" (case and surrounding spaces ignored)
     * @return the optimizer with that id
     * @throws IllegalArgumentException naming the valid ids (and the closest one) when there is none
     */
    public static OptimizerKind fromId(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        OptimizerKind closest = null;
        int best = Integer.MAX_VALUE;
        for (OptimizerKind k : values()) {
            if (k.id.equals(key)) {
                return k;
            }
            int d = editDistance(k.id, key);
            if (d < best) {
                best = d;
                closest = k;
            }
        }
        String hint = best <= 2 && closest != null ? " (did you mean '" + closest.id + "'?)" : "";
        throw new IllegalArgumentException("unknown optimizer '" + id + "'" + hint + "; valid: " + validIds());
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
