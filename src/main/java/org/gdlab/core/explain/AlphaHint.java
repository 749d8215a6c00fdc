package org.gdlab.core.explain;

import java.util.Optional;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;

/**
 * What the window says about α next to its slider, only where it is true: the rule's step-size limit
 * ({@link StepSizeLimit}) at the start, which is local unless the surface is a quadratic, only for the rules
 * that have one, and a verdict on the run only when the run shows it ({@link Outcome}).
 */
public final class AlphaHint {

    private AlphaHint() {
    }

    /** @return the run's rule's step-size limit at its start, if it has one there */
    public static Optional<StepSizeLimit> atStart(RunConfig c) {
        return StepSizeLimit.of(c.hyper(), LocalCurvature.at(c.function(), c.start()));
    }

    /**
     * @return the curvature line under the slider: "at the start: λmax = 10.0, stability limit of gradient
     *     descent 2/λmax = 0.200", for a rule without a limit the curvature alone ("at the start: λmax = 10.0,
     *     λmin = 1.00"; the words under the slider say why), or why there is none ("λmax = −2.00 ≤ 0 …", "the
     *     Hessian is not a finite number …")
     */
    public static String stabilityLine(RunConfig c) {
        LocalCurvature lc = LocalCurvature.at(c.function(), c.start());
        if (!Double.isFinite(lc.lambdaMax()) || !Double.isFinite(lc.lambdaMin())) {
            return "at the start the Hessian is not a finite number, so it sets no stability limit";
        }
        String lmax = "at the start: λmax = " + Words.num(lc.lambdaMax());
        if (!StepSizeLimit.exists(c.optimizer())) {
            // the sentence under the slider already says why this rule has no limit: here only the curvature
            return lmax + ", λmin = " + Words.num(lc.lambdaMin());
        }
        return StepSizeLimit.of(c.hyper(), lc)
                .map(l -> lmax + ", stability limit of " + l.ruleName() + " " + l.formulaWithValue(c.hyper()))
                .orElse(lmax + " ≤ 0: the surface does not curve up there, so curvature sets no stability limit");
    }

    /**
     * @param c the run
     * @param o how it ended
     * @return the words under the slider: "α is 1.3× the stability limit 2/λmax = 0.200 at the start: this
     *     run diverges at step 26", or why there is no limit
     */
    public static String words(RunConfig c, Outcome o) {
        if (!StepSizeLimit.exists(c.optimizer())) {
            String n = noLimit(c.optimizer());
            // a symbol keeps its case: "α does not apply …" (its capital Α would read as a Latin A)
            return (n.charAt(0) == 'α' ? n : Character.toUpperCase(n.charAt(0)) + n.substring(1)) + ".";
        }
        Optional<StepSizeLimit> l = atStart(c);
        if (l.isEmpty()) {
            return "No stability limit at the start: the Hessian there has no positive eigenvalue (or is not finite).";
        }
        double ratio = c.learningRate() / l.get().limit();
        String r = ratio >= 10 || ratio < 0.01 ? Words.num(ratio) : org.gdlab.core.math.NumberText.significant(ratio, 2);
        StringBuilder b = new StringBuilder("α is ").append(r).append("× the stability limit ")
                .append(l.get().formulaWithValue(c.hyper())).append(" at the start");
        if (o.reason() == Reason.STEP_TOO_LARGE) {
            b.append(": this run diverges at step ").append(o.step()).append(", step too large");
        } else if (ratio > 1 && o.status() != Status.DIVERGED) {
            b.append("; this run does not diverge");
        }
        return b.append('.').toString();
    }

    private static String noLimit(OptimizerKind k) {
        switch (k.alpha()) {
            case UNUSED:
                return "α does not apply to " + k.id() + ": it computes its own step length t at every step";
            case FIRST_TRIAL:
                return "α is only the first trial step of " + k.id() + "'s line search, which chooses the step length t, so there is no stability limit";
            case FIRST_STEP:
                return "α is only the first step of " + k.id() + "; later steps take t = sᵀs/sᵀy (or sᵀy/yᵀy), so there is no stability limit";
            default:
                break;
        }
        return switch (k) {
            case NORMALIZED -> "normalized GD has no stability limit: every step is α long";
            default -> k.displayName() + " has no stability limit of this kind: its steps are scaled per coordinate";
        };
    }
}
