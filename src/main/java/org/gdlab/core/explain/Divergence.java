package org.gdlab.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.DivergenceReason;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.StepRecord;
import org.gdlab.core.surface.CostFunction;

/** The reasons of a diverged run, tried in the order documented in {@link Explainer}. */
final class Divergence {

    private Divergence() {
    }

    static Outcome explain(RunConfig c, Diverged d, RunWitness rows) {
        String head = "Diverged at step " + d.step();
        if (rows.rows() == 0) {
            return atStart(c, d, head);
        }
        if (d.reason() == DivergenceReason.UNBOUNDED_ALONG_LINE) {
            return outcome(Reason.UNBOUNDED_BELOW, d, head, "the cost is unbounded below along the search direction; "
                    + d.message());
        }
        CostFunction f = c.function();
        List<StepRecord> tail = rows.tail();
        StepRecord last = rows.last();
        Vec2 reached = reached(last);
        double cost = reached == null ? Double.NaN : f.value(reached);

        String tooLarge = climbing(tail, cost) ? stepTooLarge(c, rows, tail, reached) : null;
        if (tooLarge != null) {
            return outcome(Reason.STEP_TOO_LARGE, d, head, tooLarge + "; " + d.message());
        }
        String undefined = nonFinite(f, d, reached, cost);
        if (undefined != null) {
            return outcome(Reason.NON_FINITE, d, head, undefined);
        }
        String unbounded = unboundedBelow(rows, tail, reached, cost);
        if (unbounded != null) {
            return outcome(Reason.UNBOUNDED_BELOW, d, head, unbounded + "; " + d.message());
        }
        return outcome(Reason.LEFT_BOUND, d, head, d.message());
    }

    private static Outcome outcome(Reason r, Diverged d, String head, String what) {
        return new Outcome(r, d.step(), head, head + ": " + what + ".");
    }

    /** @return w_n + Δw_n, the point the refused step led to, or null when that step was not finite */
    private static Vec2 reached(StepRecord last) {
        Vec2 u = last.update();
        if (u.equals(Vec2.ZERO)) {
            return null;
        }
        Vec2 w = last.w().plus(u);
        return w.isFinite() ? w : null;
    }

    private static Outcome atStart(RunConfig c, Diverged d, String head) {
        Vec2 w0 = c.start();
        if (d.reason() == DivergenceReason.NON_FINITE_COST) {
            return outcome(Reason.NON_FINITE, d, head, "the cost at the start w₀ = " + Words.vec(w0) + " is "
                    + costWords(c.function().value(w0)));
        }
        if (d.reason() == DivergenceReason.NON_FINITE_GRADIENT) {
            return outcome(Reason.NON_FINITE, d, head, "the gradient at the start w₀ = " + Words.vec(w0) + " is "
                    + gradientWords(c.function().gradient(w0)));
        }
        if (d.reason() == DivergenceReason.LEFT_BOUNDS) {
            return outcome(Reason.LEFT_BOUND, d, head, "the start w₀ = " + Words.vec(w0)
                    + " lies outside the escape bound |w| ≤ " + Words.num(c.escapeBound()));
        }
        return outcome(Reason.LEFT_BOUND, d, head, d.message());
    }

    /**
     * @return true when the cost rose at the end: to the point reached (when its cost is a number or +∞),
     *     else over the last kept step
     */
    private static boolean climbing(List<StepRecord> tail, double reachedCost) {
        double cn = tail.get(tail.size() - 1).cost();
        if (reachedCost == Double.NEGATIVE_INFINITY) {
            return false;
        }
        if (!Double.isNaN(reachedCost)) {
            return reachedCost > cn;
        }
        return tail.size() >= 2 && cn > tail.get(tail.size() - 2).cost();
    }

    private static String stepTooLarge(RunConfig c, RunWitness rows, List<StepRecord> tail, Vec2 reached) {
        if (!StepSizeLimit.exists(c.optimizer())) {
            return null;
        }
        List<StepRecord> look = new ArrayList<>();
        look.add(rows.first());
        for (StepRecord r : tail) {
            if (r.step() > 0) {
                look.add(r);
            }
        }
        StepRecord at = null;
        StepSizeLimit limit = null;
        Sym2 h0 = c.function().hessian(rows.first().w());
        boolean same = true;
        for (StepRecord r : look) {
            Sym2 h = c.function().hessian(r.w());
            same &= h.equals(h0);
            if (at != null || !(r.learningRate() > 0)) {
                continue;
            }
            Optional<StepSizeLimit> l = StepSizeLimit.of(c.hyper(), LocalCurvature.of(h));
            if (l.isPresent() && r.learningRate() >= l.get().limit()) {
                at = r;
                limit = l.get();
            }
        }
        if (at == null) {
            return null;
        }
        double lr = at.learningRate();
        StringBuilder b = new StringBuilder("α = ").append(Words.num(lr))
                .append(lr > limit.limit() ? " is above the " : " equals the ").append(same ? "" : "local ")
                .append("stability limit of ").append(limit.ruleName()).append(", ")
                .append(limit.formulaWithValue(c.hyper()));
        if (same) {
            boolean everyRow = rows.rows() == tail.size();
            b.append(" (λmax = ").append(Words.num(limit.lambdaMax()))
                    .append(everyRow ? " at every iterate" : " at the start and at each of the last " + (tail.size() - 1) + " iterates")
                    .append(')');
        } else {
            b.append(at.step() == 0 ? " at the start" : " at step " + at.step() + ", w = " + Words.vec(at.w()))
                    .append(" (λmax = ").append(Words.num(limit.lambdaMax()))
                    .append(" there; the limit changes from point to point)");
        }
        if (swingsGrow(tail, reached)) {
            b.append("; the last steps swing back and forth, each longer than the one before");
        }
        return b.toString();
    }

    /** @return true when each of the last (up to) four steps reverses the one before and is longer */
    private static boolean swingsGrow(List<StepRecord> tail, Vec2 reached) {
        List<Vec2> w = new ArrayList<>();
        for (StepRecord r : tail) {
            w.add(r.w());
        }
        if (reached != null) {
            w.add(reached);
        }
        int n = w.size();
        if (n < 4) {
            return false;
        }
        for (int i = Math.max(2, n - 4); i < n; i++) {
            Vec2 s1 = w.get(i - 1).minus(w.get(i - 2));
            Vec2 s2 = w.get(i).minus(w.get(i - 1));
            if (!(s1.dot(s2) < 0) || !(s2.norm() > s1.norm())) {
                return false;
            }
        }
        return true;
    }

    private static String nonFinite(CostFunction f, Diverged d, Vec2 reached, double cost) {
        if (reached == null) {
            return null;
        }
        if (d.reason() == DivergenceReason.NON_FINITE_COST && cost != Double.NEGATIVE_INFINITY) {
            return "the cost is " + costWords(cost) + " at w = " + Words.vec(reached);
        }
        if (d.reason() == DivergenceReason.NON_FINITE_GRADIENT) {
            return "the gradient is " + gradientWords(f.gradient(reached)) + " at w = " + Words.vec(reached)
                    + " (C = " + Words.num(cost) + " there)";
        }
        return null;
    }

    private static String costWords(double c) {
        return Double.isNaN(c) ? "undefined (NaN)" : c > 0 ? "+∞ (too large for a double)" : "−∞";
    }

    private static String gradientWords(Vec2 g) {
        return Double.isNaN(g.x()) || Double.isNaN(g.y()) ? "undefined (NaN)" : "infinite";
    }

    /**
     * @return the words for a cost that fell without bound, or null: the cost reached −∞; or it fell at each of
     *     the last (up to four) steps, each fall at least half the one before, ended below C(w₀), and its
     *     slope along the last step is at least half its mean slope along the whole path (so it is not
     *     levelling off towards a bound, as e^(−x) or −x/(1 + x) do)
     */
    private static String unboundedBelow(RunWitness rows, List<StepRecord> tail, Vec2 reached, double cost) {
        StepRecord first = rows.first();
        StepRecord last = rows.last();
        Vec2 direction = reached != null ? reached.minus(last.w())
                : tail.size() >= 2 ? last.w().minus(tail.get(tail.size() - 2).w()) : Vec2.ZERO;
        String along = direction.norm() > 0 ? ", as the iterate moved off along " + Words.direction(direction) : "";
        if (cost == Double.NEGATIVE_INFINITY) {
            return "the cost fell to −∞ at w = " + Words.vec(reached) + along;
        }
        List<Double> c = new ArrayList<>();
        List<Vec2> w = new ArrayList<>();
        for (int i = Math.max(0, tail.size() - 5); i < tail.size(); i++) {
            c.add(tail.get(i).cost());
            w.add(tail.get(i).w());
        }
        double length = rows.travelled();
        if (Double.isFinite(cost)) {
            c.add(cost);
            w.add(reached);
            length += reached.minus(last.w()).norm();
            if (c.size() > 5) {
                c.remove(0);
                w.remove(0);
            }
        }
        int n = c.size();
        if (n < 3 || !(c.get(n - 1) < first.cost())) {
            return null;
        }
        double before = Double.NaN;
        for (int i = 1; i < n; i++) {
            double fall = c.get(i - 1) - c.get(i);
            if (!(fall > 0) || fall < 0.5 * before) {
                return null;
            }
            before = fall;
        }
        double meanSlope = (first.cost() - c.get(n - 1)) / length;
        double lastSlope = before / w.get(n - 1).minus(w.get(n - 2)).norm();
        if (!(lastSlope >= 0.5 * meanSlope)) {
            return null;
        }
        return "the cost fell without bound, from " + Words.num(first.cost()) + " at the start to "
                + Words.num(last.cost()) + " at step " + last.step() + " and still falling" + along;
    }
}
