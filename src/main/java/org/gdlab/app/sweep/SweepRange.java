package org.gdlab.app.sweep;

import java.util.Optional;
import java.util.OptionalDouble;
import org.gdlab.app.viewmodel.Numbers;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.explain.StepSizeLimit;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.ViewRect;

/**
 * The learning rates an α sweep covers, [lo, hi] = [s/1000, 4s], chosen per update rule around a scale s
 * that means something for that rule, and the sentence that says which:
 * <ul>
 *   <li>a rule that chooses its own step length (armijo, wolfe, bb, cg, bfgs, lbfgs) sweeps the α where it
 *       starts, [α/1000, 100α] around the current α;</li>
 *   <li>GD, momentum, Nesterov and Newton's method have a largest stable α on the local quadratic model at
 *       the start ({@link StepSizeLimit}: 2/λmax, 2(1+μ)/λmax, 2(1+μ)/((1+2μ)λmax), 2(λmax+δ)/λmax); s is
 *       that limit, so the range runs from a crawl to clear divergence;</li>
 *   <li>AdaGrad, RMSProp, Adam and normalized GD have no such limit: their steps are about α long whatever
 *       the gradient's size (normalized GD's exactly α; the first step of AdaGrad and Adam α per coordinate,
 *       of RMSProp α/√(1−ρ)), so α is a length. s is the distance d from the start to the nearest listed
 *       minimum (where the surface lists none, half the diagonal of its default view): from steps of d/1000
 *       to steps four times as long as the whole way;</li>
 *   <li>where a rule with a limit has none at the start (λmax ≤ 0) and no length is known, s is the
 *       current α and the range is [α/1000, 100α], as before.</li>
 * </ul>
 *
 * @param lo the smallest α swept
 * @param hi the largest α swept
 * @param limit the rule's stability limit at the start, where it has one (marked on the chart)
 * @param limitLabel the limit's formula, e.g. "2/λmax", "2(1+μ)/λmax" ("" without a limit)
 * @param centre what the range is chosen around, in words for the status line
 */
public record SweepRange(double lo, double hi, OptionalDouble limit, String limitLabel, String centre) {

    /** @return the range for sweeping c's α */
    public static SweepRange of(RunConfig c) {
        OptimizerKind k = c.optimizer();
        if (k.choosesStepLength()) {
            double a = c.learningRate();
            String role = k.alpha() == org.gdlab.core.optim.OptimizerDefinition.Alpha.FIRST_STEP
                    ? "its first step" : "the first trial step of each line search";
            return new SweepRange(a / 1000, 100 * a, OptionalDouble.empty(), "",
                    "around the current α = " + Numbers.sig3(a) + " (" + k.id() + " chooses its own step length;"
                            + " α is " + role + ")");
        }
        Optional<StepSizeLimit> l = StepSizeLimit.exists(k)
                ? StepSizeLimit.of(c.hyper(), LocalCurvature.at(c.function(), c.start()))
                : Optional.empty();
        if (l.isPresent() && Double.isFinite(l.get().limit()) && l.get().limit() > 0) {
            double s = l.get().limit();
            return new SweepRange(s / 1000, 4 * s, OptionalDouble.of(s), l.get().formula(),
                    "around " + l.get().ruleName() + "'s stability limit " + l.get().formulaWithValue(c.hyper())
                            + " at the start");
        }
        Optional<Length> d = StepSizeLimit.exists(k) ? Optional.empty() : length(c);
        if (d.isPresent()) {
            double s = d.get().d();
            return new SweepRange(s / 1000, 4 * s, OptionalDouble.empty(), "",
                    "around " + d.get().words() + ", d = " + Numbers.sig3(s) + " (" + k.id()
                            + " steps about α far: it has no stability limit)");
        }
        double a = c.learningRate();
        return new SweepRange(a / 1000, 100 * a, OptionalDouble.empty(), "",
                "around the current α = " + Numbers.sig3(a) + " (no stability limit at the start: λmax ≤ 0)");
    }

    /** A length and how the status line names it. */
    record Length(double d, String words) {
    }

    /** @return the distance from the start to the nearest listed minimum, else half the view's diagonal */
    static Optional<Length> length(RunConfig c) {
        if (!(c.function() instanceof Surface s)) {
            return Optional.empty();
        }
        Vec2 w = c.start();
        double nearest = s.description().minima().stream()
                .mapToDouble(p -> Math.hypot(p.at().x() - w.x(), p.at().y() - w.y()))
                .filter(d -> d > 0 && Double.isFinite(d)).min().orElse(Double.NaN);
        if (Double.isFinite(nearest)) {
            return Optional.of(new Length(nearest, "the distance from the start to the nearest minimum"));
        }
        ViewRect v = s.description().view();
        double half = Math.hypot(v.xMax() - v.xMin(), v.yMax() - v.yMin()) / 2;
        return half > 0 && Double.isFinite(half) ? Optional.of(new Length(half, "half the view's diagonal"))
                : Optional.empty();
    }
}
