package org.gdlab.app.viewmodel;

import org.gdlab.core.explain.CostLetter;
import org.gdlab.core.optim.Hyperparameter;
import org.gdlab.core.optim.OptimizerKind;

/**
 * The update panel's text at step k: the rule with the current numbers. For gradient descent
 * <pre>
 *   w_{k+1} = w_k − α ∇C(w_k)
 * </pre>
 * written out with w_k, α_k, ∇C(w_k) and the result, plus C(w_k), |∇C(w_k)| and the step length
 * |w_{k+1} − w_k|. Other optimizers show their rule and hyperparameters as they declare them
 * ({@link OptimizerKind#rule()}, {@link OptimizerKind#hyperparameters()}) and w_{k+1} = w_k + Δw with their Δw.
 * On a mini-batch run gradient descent's step is written with the batch's gradient ∇J_B(w_k), the one it
 * steps on. On a dataset of at most ten points the gradient follows as the sum over the data with its
 * numbers ({@link DataGradientText}).
 * The text has the same number of lines at every step of a run ({@link #lines}), so the panel never changes
 * height while it plays.
 */
public final class UpdateText {

    /** Lines of the step part of every text (the rule's lines come on top): the last iterate's is padded. */
    static final int STEP_LINES = 11;

    private UpdateText() {
    }

    /** @return the text for step k of the path (0 ≤ k &lt; size) */
    public static String at(PlannedPath p, int k) {
        double x = p.x(k);
        double y = p.y(k);
        double gx = p.gx(k);
        double gy = p.gy(k);
        double a = p.learningRate(k);
        StringBuilder sb = new StringBuilder();
        sb.append(ruleLine(p)).append('\n');
        // the rules that choose their own step length record the accepted t (0 where no step was found)
        String rate = p.config().optimizer().choosesStepLength() ? "      t = " : "      α = ";
        sb.append("step k = ").append(k).append(rate).append(Numbers.sig3(a)).append('\n');
        sb.append("w_k       = ").append(Numbers.vec(x, y)).append('\n');
        sb.append("C(w_k)    = ").append(Numbers.sig(p.cost(k), 5)).append('\n');
        sb.append("∇C(w_k)   = ").append(Numbers.vec(gx, gy)).append('\n');
        sb.append("|∇C(w_k)| = ").append(Numbers.sig(p.gradientNorm(k), 4)).append('\n');
        if (!p.hasStepAfter(k)) {
            sb.append("(last iterate: no step follows)");
            return withData(lettered(pad(sb, p), p), p, k);
        }
        double nx = p.x(k + 1);
        double ny = p.y(k + 1);
        org.gdlab.core.math.Vec2 batch = DataGradientText.batchGradient(p, k);
        if (p.config().optimizer() == OptimizerKind.GD && batch != null) { // SGD steps on its batch's gradient
            sb.append("w_{k+1} = w_k − α ∇J_B(w_k)\n");
            sb.append("        = ").append(Numbers.vec(x, y)).append('\n');
            sb.append("          − ").append(Numbers.sig3(a)).append(" · ").append(Numbers.vec(batch.x(), batch.y())).append('\n');
        } else if (p.config().optimizer() == OptimizerKind.GD) {
            sb.append("w_{k+1} = w_k − α ∇C(w_k)\n");
            sb.append("        = ").append(Numbers.vec(x, y)).append('\n');
            sb.append("          − ").append(Numbers.sig3(a)).append(" · ").append(Numbers.vec(gx, gy)).append('\n');
        } else {
            sb.append("w_{k+1} = w_k + Δw\n");
            sb.append("        = ").append(Numbers.vec(x, y)).append('\n');
            sb.append("          + ").append(Numbers.vec(nx - x, ny - y)).append('\n');
        }
        sb.append("        = ").append(Numbers.vec(nx, ny)).append('\n');
        sb.append("step length |Δw| = ").append(Numbers.sig(Math.hypot(nx - x, ny - y), 4));
        return withData(lettered(pad(sb, p), p), p, k);
    }

    /**
     * @return the optimizer's name with its hyperparameters, then its rule one statement per line, e.g.
     *     "Momentum   (μ = 0.9)\n  b ← μb + ∇C\n  w ← w − αb"
     */
    private static String ruleLine(PlannedPath p) {
        OptimizerKind kind = p.config().optimizer();
        StringBuilder b = new StringBuilder(kind.displayName());
        String sep = "   (";
        for (Hyperparameter h : kind.hyperparameters()) {
            b.append(sep).append(h.symbol()).append(" = ").append(h.format(p.config().hyper().get(h.name())));
            sep = ", ";
        }
        if (!kind.hyperparameters().isEmpty()) {
            b.append(')');
        }
        for (String statement : kind.rule().split(";\\s*")) {
            b.append("\n  ").append(statement.strip());
        }
        return b.toString();
    }

    /** @return the number of lines of every text of this optimizer: its rule's, then {@link #STEP_LINES} */
    public static int lines(OptimizerKind kind) {
        return 1 + kind.rule().split(";\\s*").length + STEP_LINES - 1;
    }

    /** @return text, then on a small dataset the gradient as the sum over the data ({@link DataGradientText}) */
    private static String withData(String text, PlannedPath p, int k) {
        return DataGradientText.applies(p) ? text + "\n" + DataGradientText.at(p, k) : text;
    }

    /** @return text with the cost called J on a data surface, as the data part below it does ({@link CostLetter}) */
    private static String lettered(String text, PlannedPath p) {
        return CostLetter.rename(text, CostLetter.of(p.config().function()));
    }

    private static String pad(StringBuilder sb, PlannedPath p) {
        long lines = sb.chars().filter(c -> c == '\n').count() + 1;
        for (long i = lines; i < lines(p.config().optimizer()); i++) {
            sb.append('\n');
        }
        return sb.toString();
    }
}
