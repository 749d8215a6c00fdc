package org.gdlab.core.explain;

import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.analysis.PointKind;
import org.gdlab.core.sim.Converged;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.MaxSteps;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.RunEnd;
import org.gdlab.core.sim.StepRecord;
import org.gdlab.core.sim.StopReason;
import org.gdlab.core.sim.Stopped;
import org.gdlab.core.sim.Trajectory;

/**
 * The one explainer of how a run ended: it classifies the end into a {@link Reason} and writes the one
 * sentence ({@link Outcome#sentence()}) that the window's banner, each race legend entry, the command
 * line's stderr line and its JSON show. It looks only at the run's specification, row 0 and the last
 * {@link RunWitness#TAIL} steps (so it works on a streamed run of any length), and at the cost function
 * where it needs a value, a gradient or a Hessian ({@link LocalCurvature}). Every number it writes is one
 * of the run's or follows from them; every claim is checked on the run before it is made.
 *
 * <p><b>Converged</b> (|∇C(w_n)| &lt; tol): reason {@code converged}; when the Hessian there is indefinite
 * or negative definite the sentence says the point is a saddle or a maximum, not a minimum.
 *
 * <p><b>At the step limit</b>, with W = min(n, 64) the last steps, the reasons are tried in this order:
 * <ol>
 *   <li>{@code reached_minimum}: if the surface lists a minimum m with |w_n − m| ≤ 10⁻³(1 + |w_0 − m|)
 *       (C* = C(m) is known), when C(w_n) − C* ≤ 10⁻¹²·(C(w_0) − C*); otherwise when |∇C(w_n)| ≤
 *       10⁻⁶·|∇C(w_0)| and the Hessian at w_n is not a saddle's or a maximum's;</li>
 *   <li>{@code oscillating}: W ≥ 8, the steps do not die out (the mean step length of the second half of
 *       the window is at least half that of the first, and not 0), the iterates double back (the
 *       diameter of the window's iterates is at most half the length travelled), and the cost has no
 *       downward trend (its mean over the second half is not below the first half's by more than a
 *       quarter of its range in the window);</li>
 *   <li>{@code still_descending}: the cost fell over the window by more than 10⁻⁹·max(|C(w_n)|,
 *       C(w_0) − C(w_n));</li>
 *   <li>{@code stalled}: otherwise; the sentence says how far the iterate moved and how much the cost
 *       changed.</li>
 * </ol>
 *
 * <p><b>Diverged</b> at step n + 1 (rows 0 … n kept; w_{n+1} = w_n + Δw_n the point that was refused),
 * in this order:
 * <ol>
 *   <li>{@code step_too_large}: the rule has a step-size limit ({@link StepSizeLimit}: gd, momentum,
 *       nesterov, newton), α_k is at or above the limit at w_k for row 0 or a row of the window (the first
 *       such row is named: the start, or a step and its point; the limit is said to be local unless the
 *       Hessian is the same at every row looked at), and the cost was climbing at the end (C(w_{n+1}) &gt;
 *       C(w_n), or C(w_n) &gt; C(w_{n−1}) when C(w_{n+1}) is NaN or not known);</li>
 *   <li>{@code non_finite}: the function itself gave NaN or +∞ as the cost, or a non-finite gradient, at
 *       the point reached (which is named);</li>
 *   <li>{@code unbounded_below}: the cost reached −∞, or it fell at each of the last (up to four) steps,
 *       each fall at least half the one before, ended below C(w_0), and its slope along the last step is at
 *       least half its mean slope along the whole path: the cost was still falling at the end with no sign
 *       of levelling off (a cost that levels off towards a bound, as e^(−x), is left to the next reason);</li>
 *   <li>{@code left_bound}: anything else (the iterate left the escape bound, or the step itself
 *       overflowed).</li>
 * </ol>
 * A run whose exact line search found the cost falling without end along its direction
 * ({@link org.gdlab.core.sim.DivergenceReason#UNBOUNDED_ALONG_LINE}) is {@code unbounded_below} first.
 *
 * <p><b>Stopped</b> at step n (rows 0 … n kept; only rules that choose their own step length):
 * {@code line_search_failed} when no step within the search's budget satisfied its conditions, and
 * {@code below_cstar} when Polyak's step met C(w_n) &lt; C*, which the given C* contradicts.
 *
 * <p>The sentences name the cost C; on a data surface they name it J, as the data mode's panels do
 * ({@link CostLetter}).
 *
 * <p>A run refused at its start (step 0) is {@code non_finite} when C or ∇C is not finite there and
 * {@code left_bound} when the start lies outside the escape bound.
 */
public final class Explainer {

    private Explainer() {
    }

    /** @return how the finished run t ended and why */
    public static Outcome explain(Trajectory t) {
        return explain(t.config(), t.end(), RunWitness.of(t));
    }

    /**
     * @param c the run's specification
     * @param end how the engine ended it
     * @param rows every row of the run, as streamed
     * @return how it ended and why
     */
    public static Outcome explain(RunConfig c, RunEnd end, RunWitness rows) {
        return CostLetter.rename(written(c, end, rows), c.function());
    }

    /** @return the outcome with the cost written C (the data's J is put in by {@link CostLetter}) */
    private static Outcome written(RunConfig c, RunEnd end, RunWitness rows) {
        if (end instanceof Converged v) {
            return converged(c, v, rows.last());
        }
        if (end instanceof MaxSteps m) {
            return AtStepLimit.explain(c, m.step(), rows);
        }
        if (end instanceof Stopped s) {
            return stopped(c, s, rows.last());
        }
        return Divergence.explain(c, (Diverged) end, rows);
    }

    private static Outcome stopped(RunConfig c, Stopped s, StepRecord last) {
        String head = "Stopped at step " + s.step();
        String what = switch (s.reason()) {
            case LINE_SEARCH_FAILED -> c.optimizer().id() + "'s line search found no step length satisfying its "
                    + "conditions within its budget from w = " + Words.vec(last.w()) + " (|∇C| = "
                    + Words.num(last.gradientNorm()) + ")";
            case BELOW_CSTAR -> "C = " + Words.apart(last.cost(), c.cstar())[0] + " at w = " + Words.vec(last.w())
                    + " is below the C* = " + Words.apart(last.cost(), c.cstar())[1]
                    + " given, so C* is not the minimum value and Polyak's step (C − C*)/|∇C|² would be negative";
        };
        Reason r = s.reason() == StopReason.LINE_SEARCH_FAILED ? Reason.LINE_SEARCH_FAILED : Reason.BELOW_CSTAR;
        return new Outcome(r, s.step(), head, head + ": " + what + ".");
    }

    private static Outcome converged(RunConfig c, Converged v, StepRecord last) {
        String head = "Converged at step " + v.step();
        StringBuilder b = new StringBuilder(head).append(": |∇C| = ").append(Words.num(last.gradientNorm()))
                .append(" fell below the tolerance ").append(Words.num(c.tolerance())).append(", C = ")
                .append(Words.num(last.cost()));
        LocalCurvature lc = LocalCurvature.at(c.function(), last.w());
        if (lc.kind() == PointKind.SADDLE) {
            b.append(" at w = ").append(Words.vec(last.w()))
                    .append(": a saddle point, not a minimum (the surface curves down along ")
                    .append(Words.direction(lc.eigenvectorMin())).append(')');
        } else if (lc.kind() == PointKind.MAXIMUM) {
            b.append(" at w = ").append(Words.vec(last.w()))
                    .append(": a maximum, not a minimum (the surface curves down in every direction)");
        }
        return new Outcome(Reason.CONVERGED, v.step(), head, b.append('.').toString());
    }
}
