package org.gdlab.core.explain;

import java.util.List;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.analysis.PointKind;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.StepRecord;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.surface.StationaryPoint;
import org.gdlab.core.surface.Surface;

/** The reasons of a run stopped by its step limit, tried in the order documented in {@link Explainer}. */
final class AtStepLimit {

    /** C − C* at most this share of C(w₀) − C*: at the minimum as far as double arithmetic can tell */
    static final double VALUE_RATIO = 1e-12;
    /** |∇C| at most this share of |∇C(w₀)| where C* is not known */
    static final double GRADIENT_RATIO = 1e-6;
    /** a listed minimum m gives C* when |w_n − m| ≤ NEAR·(1 + |w₀ − m|) */
    static final double NEAR = 1e-3;
    /** the fewest steps in which a repeating pattern is recognised */
    static final int FEWEST_FOR_OSCILLATION = 8;
    /** a fall of the cost over the window larger than this share of its scale is "still falling" */
    static final double FALLING = 1e-9;

    private AtStepLimit() {
    }

    static Outcome explain(RunConfig c, int n, RunWitness rows) {
        StepRecord w0 = rows.first();
        StepRecord wn = rows.last();
        String limit = " at the step limit (" + Words.steps(n) + ")";
        Minimum minimum = reachedMinimum(c, w0, wn);
        if (minimum != null) {
            String head = (minimum.global() ? "At the minimum" : "At a minimum") + " after " + Words.steps(n)
                    + " (the step limit)";
            return new Outcome(Reason.REACHED_MINIMUM, n, head, head + ": " + minimum.words() + ".");
        }
        Window win = new Window(rows.tail());
        if (win.oscillating()) {
            String head = "Oscillating" + limit;
            return new Outcome(Reason.OSCILLATING, n, head, head + ": " + win.oscillation() + ".");
        }
        double fall = win.fall();
        double scale = Math.max(Math.abs(wn.cost()), Math.max(w0.cost() - wn.cost(), Double.MIN_NORMAL));
        if (win.steps() > 0 && fall > FALLING * scale) {
            String head = "Still descending" + limit;
            String[] costs = Words.apart(win.firstCost(), wn.cost());
            StringBuilder b = new StringBuilder(head).append(": C fell from ").append(costs[0]).append(" to ").append(costs[1])
                    .append(" over the last ").append(Words.steps(win.steps()));
            if (win.fellAtLastStep()) {
                b.append(" and was still falling at the last step");
            }
            b.append(" (|∇C| = ").append(Words.num(wn.gradientNorm())).append(')');
            return new Outcome(Reason.STILL_DESCENDING, n, head, b.append('.').toString());
        }
        String head = "Stalled" + limit;
        String what = win.steps() == 0 ? "no step was taken"
                : "over the last " + Words.steps(win.steps()) + " the iterate moved " + Words.num(win.travel())
                        + " in all and C changed by " + Words.num(-fall) + " (|∇C| = " + Words.num(wn.gradientNorm())
                        + ", " + rateWords(c, rows.tail()) + ")";
        return new Outcome(Reason.STALLED, n, head, head + ": " + what + ".");
    }

    /**
     * @return "α = 0.01" (the last row's rate), or for a rule that chooses its own step length the length
     *     of the last step taken, "last step length t = 1.20e-9"
     */
    private static String rateWords(RunConfig c, java.util.List<StepRecord> tail) {
        StepRecord wn = tail.get(tail.size() - 1);
        if (!c.optimizer().choosesStepLength()) {
            return "α = " + Words.num(wn.learningRate());
        }
        return "last step length t = " + Words.num(tail.size() >= 2 ? tail.get(tail.size() - 2).learningRate() : 0);
    }

    /** A run at a minimum: whether it is the surface's listed global minimum, and the words that show it. */
    private record Minimum(boolean global, String words) {
    }

    /** @return the run at a minimum, or null when it is not at one */
    private static Minimum reachedMinimum(RunConfig c, StepRecord w0, StepRecord wn) {
        CostFunction f = c.function();
        String tolerance = "; |∇C| = " + Words.num(wn.gradientNorm()) + " is not below the tolerance "
                + Words.num(c.tolerance());
        StationaryPoint m = nearestMinimum(f, wn.w());
        if (m != null && wn.w().minus(m.at()).norm() <= NEAR * (1 + w0.w().minus(m.at()).norm())) {
            double star = f.value(m.at());
            if (!Double.isFinite(star)) {
                star = m.value();
            }
            double gap0 = w0.cost() - star;
            double gap = wn.cost() - star;
            if (!(gap <= VALUE_RATIO * Math.max(gap0, 0))) {
                return null;
            }
            boolean global = m.kind() == StationaryPoint.Kind.GLOBAL_MINIMUM;
            String g = gap >= 0 ? "C − C* = " + Words.num(gap) : "|C − C*| = " + Words.num(-gap);
            return new Minimum(global, g + ", under 1e-12 of the start's C(w₀) − C* = " + Words.num(gap0) + " (C* = "
                    + Words.num(star) + " at the " + (global ? "" : "local ") + "minimum " + Words.vec(m.at()) + ")"
                    + tolerance);
        }
        double g0 = w0.gradientNorm();
        double g = wn.gradientNorm();
        if (!(g <= GRADIENT_RATIO * g0)) {
            return null;
        }
        PointKind kind = LocalCurvature.at(f, wn.w()).kind();
        if (kind == PointKind.SADDLE || kind == PointKind.MAXIMUM) {
            return null;
        }
        return new Minimum(false, "|∇C| = " + Words.num(g) + " is under 1e-6 of |∇C(w₀)| = " + Words.num(g0)
                + " and the surface does not curve down at w = " + Words.vec(wn.w()) + " (C = " + Words.num(wn.cost())
                + ")" + tolerance);
    }

    private static StationaryPoint nearestMinimum(CostFunction f, Vec2 w) {
        if (!(f instanceof Surface s)) {
            return null;
        }
        StationaryPoint best = null;
        for (StationaryPoint p : s.description().minima()) {
            if (best == null || w.minus(p.at()).norm() < w.minus(best.at()).norm()) {
                best = p;
            }
        }
        return best;
    }

    /** The last steps of a run: their lengths, how far apart the iterates are, what the cost did. */
    private static final class Window {
        private final List<StepRecord> rows;
        private final double[] step;
        private final double travel;

        Window(List<StepRecord> rows) {
            this.rows = rows;
            this.step = new double[rows.size() - 1];
            double sum = 0;
            for (int i = 0; i < step.length; i++) {
                step[i] = rows.get(i + 1).w().minus(rows.get(i).w()).norm();
                sum += step[i];
            }
            this.travel = sum;
        }

        int steps() {
            return step.length;
        }

        double travel() {
            return travel;
        }

        double firstCost() {
            return rows.get(0).cost();
        }

        /** @return C at the window's first row minus C at its last */
        double fall() {
            return rows.get(0).cost() - rows.get(rows.size() - 1).cost();
        }

        boolean fellAtLastStep() {
            int n = rows.size();
            return n >= 2 && rows.get(n - 1).cost() < rows.get(n - 2).cost();
        }

        double meanStep(int from, int to) {
            double s = 0;
            for (int i = from; i < to; i++) {
                s += step[i];
            }
            return s / (to - from);
        }

        double diameter() {
            double d = 0;
            for (int i = 0; i < rows.size(); i++) {
                for (int j = i + 1; j < rows.size(); j++) {
                    d = Math.max(d, rows.get(i).w().minus(rows.get(j).w()).norm());
                }
            }
            return d;
        }

        double meanCost(int from, int to) {
            double s = 0;
            for (int i = from; i < to; i++) {
                s += rows.get(i).cost();
            }
            return s / (to - from);
        }

        double minCost() {
            return rows.stream().mapToDouble(StepRecord::cost).min().orElse(Double.NaN);
        }

        double maxCost() {
            return rows.stream().mapToDouble(StepRecord::cost).max().orElse(Double.NaN);
        }

        boolean oscillating() {
            int w = steps();
            if (w < FEWEST_FOR_OSCILLATION) {
                return false;
            }
            double first = meanStep(0, w / 2);
            double second = meanStep(w / 2, w);
            if (!(second > 0) || second < 0.5 * first || diameter() > travel / 2) {
                return false;
            }
            int half = rows.size() / 2;
            double range = maxCost() - minCost();
            double scale = Math.max(Math.abs(maxCost()), Math.abs(minCost()));
            return meanCost(half, rows.size()) >= meanCost(0, half) - 0.25 * range - 1e-12 * scale;
        }

        String oscillation() {
            int w = steps();
            StringBuilder b = new StringBuilder("over the last ").append(Words.steps(w)).append(" the iterate travelled ")
                    .append(Words.num(travel)).append(" but stayed within a region ").append(Words.num(diameter()))
                    .append(" across, and C ");
            String[] c = Words.apart(minCost(), maxCost());
            if (minCost() == maxCost()) {
                b.append("stayed at ").append(c[0]);
            } else {
                b.append("stayed between ").append(c[0]).append(" and ").append(c[1]).append(" with no downward trend");
            }
            double first = meanStep(0, w / 2);
            double second = meanStep(w / 2, w);
            if (second > 1.5 * first) {
                b.append("; the steps grew, from ").append(Words.num(first)).append(" to ").append(Words.num(second))
                        .append(" long on average");
            }
            return b.toString();
        }
    }
}
