package org.gdlab.app.viewmodel;

import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.Dataset;
import org.gdlab.core.data.LogisticCost;
import org.gdlab.core.data.Model;
import org.gdlab.core.math.Vec2;

/**
 * The update panel's data part (issue 16): on a data cost with N ≤ {@link #MAX_POINTS} points, the gradient at
 * w_k written out as the sum over the data with its numbers, e.g. for {@code linear}
 * <pre>
 *   ∂J/∂w = (1/N) Σ (ŷᵢ − yᵢ)·xᵢ
 *     = (1/3)[(0.500 − 1.00)·1.00 + (1.00 − 3.00)·2.00
 *       + (1.50 − 2.00)·3.00]
 *     = -1.00
 *   ∂J/∂b = (1/N) Σ (ŷᵢ − yᵢ)
 *     = (1/3)[(0.500 − 1.00) + (1.00 − 3.00) + (1.50 − 2.00)]
 *     = -0.667
 * </pre>
 * with ŷᵢ = w·xᵢ + b; for {@code logistic} pᵢ = σ(w·xᵢ + b) in place of ŷᵢ and + λ·w in ∂J/∂w; for
 * {@code linear2} ŷᵢ = w₁·x₁ᵢ + w₂·x₂ᵢ and the sums with x₁ᵢ and x₂ᵢ. These are the derivatives of
 * J = (1/2N) Σ (ŷᵢ − yᵢ)² and of the mean cross-entropy (+ (λ/2)w²). On a mini-batch step the sum runs over
 * the step's batch B_k (1/B in place of 1/N): the gradient the step is taken with. The x are the points the
 * cost sums over (standardized when the features are scaled). Every text of a run has the same number of
 * lines ({@link #lines}).
 */
public final class DataGradientText {

    /** the data part is written for at most this many points */
    public static final int MAX_POINTS = 10;

    private DataGradientText() {
    }

    /** @return true when step k of p gets a data part: a data cost of at most {@link #MAX_POINTS} points */
    public static boolean applies(PlannedPath p) {
        return p.config().function() instanceof DataCost d && d.spec().data().size() <= MAX_POINTS;
    }

    /**
     * @return ∇J_B(w_k), the gradient of step k's mini-batch (the one the step is taken with), or null when
     *     the run is full-batch or k is the last iterate
     */
    public static Vec2 batchGradient(PlannedPath p, int k) {
        if (!p.hasStepAfter(k)) {
            return null;
        }
        return org.gdlab.core.sim.StepSeen.batchGradient(p.config(), k, new Vec2(p.x(k), p.y(k)));
    }

    /** @return the data part for step k (call only when {@link #applies}) */
    public static String at(PlannedPath p, int k) {
        DataCost cost = (DataCost) p.config().function();
        Dataset d = cost.points();
        Model m = cost.spec().model();
        boolean batch = p.config().miniBatch() && p.hasStepAfter(k);
        int[] idx = batch ? p.config().miniBatches().indices(k) : all(d.size());
        double w = p.x(k);
        double b = p.y(k);
        String n = batch ? "B" : "N";
        String j = batch ? "J_B" : "J";
        String yHat = m == Model.LOGISTIC ? "pᵢ" : "ŷᵢ";
        StringBuilder sb = new StringBuilder();
        sb.append(batch ? "on the step's batch, B = " + idx.length + " of N = " + d.size() + " points:"
                : "on the data, N = " + d.size() + " points:");
        sb.append('\n').append(yHat).append(switch (m) {
            case LINEAR -> " = w·xᵢ + b";
            case LOGISTIC -> " = σ(w·xᵢ + b)";
            case LINEAR2 -> " = w1·x1ᵢ + w2·x2ᵢ";
        });
        String[] names = m == Model.LINEAR2 ? new String[] {"w1", "w2"} : new String[] {"w", "b"};
        for (int part = 0; part < 2; part++) {
            boolean byX = m == Model.LINEAR2 || part == 0;
            String xName = m == Model.LINEAR2 ? (part == 0 ? "x1ᵢ" : "x2ᵢ") : "xᵢ";
            sb.append('\n').append('∂').append(j).append("/∂").append(names[part]).append(" = (1/").append(n)
                    .append(") Σ (").append(yHat).append(" − yᵢ)").append(byX ? "·" + xName : "");
            boolean penalty = m == Model.LOGISTIC && part == 0 && cost.spec().l2() > 0;
            if (penalty) {
                sb.append(" + λ·w");
            }
            int perLine = byX ? 2 : 3;
            sb.append("\n   = (1/").append(idx.length).append(")[");
            double sum = 0;
            for (int t = 0; t < idx.length; t++) {
                int i = idx[t];
                double pred = predicted(m, d, i, w, b);
                double x = m == Model.LINEAR2 && part == 1 ? d.x2(i) : d.x1(i);
                sum += (pred - d.y(i)) * (byX ? x : 1);
                if (t > 0) {
                    sb.append(t % perLine == 0 ? "\n     + " : " + ");
                }
                sb.append('(').append(Numbers.sig3(pred)).append(" − ").append(Numbers.sig3(d.y(i))).append(')');
                if (byX) {
                    sb.append('·').append(Numbers.sig3(x));
                }
            }
            sb.append(']');
            double value = sum / idx.length;
            if (penalty) {
                double l2 = cost.spec().l2();
                sb.append(" + ").append(Numbers.sig3(l2)).append("·").append(Numbers.sig3(w));
                value += l2 * w;
            }
            sb.append("\n   = ").append(Numbers.sig(value, 4));
        }
        int want = lines(d.size());
        for (long l = sb.chars().filter(c -> c == '\n').count() + 1; l < want; l++) {
            sb.append("\n ");
        }
        return sb.toString();
    }

    /** @return ŷᵢ (or pᵢ) of point i at parameters (p, q) */
    static double predicted(Model m, Dataset d, int i, double p, double q) {
        return switch (m) {
            case LINEAR -> p * d.x1(i) + q;
            case LOGISTIC -> LogisticCost.sigmoid(p * d.x1(i) + q);
            case LINEAR2 -> p * d.x1(i) + q * d.x2(i);
        };
    }

    /** @return the lines of every data part of a dataset of n points (a batch has at most n terms) */
    static int lines(int n) {
        int productLines = (n + 1) / 2;
        return 2 + 2 * 2 + productLines + Math.max(productLines, (n + 2) / 3);
    }

    private static int[] all(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }
}
