package org.gdlab.app.curvature;

import java.util.OptionalDouble;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.CostFunction;

/**
 * The largest stable learning rate of GD on the local quadratic model at a point, 2/λmax (defined when
 * λmax &gt; 0), and where α stands against it: r = α/(2/λmax) = α·λmax/2. On the model GD converges along
 * the steep direction for r &lt; 1 and diverges for r &gt; 1. The α sweep of GD ranges around it ({@code SweepRange}); what the
 * window says about α in words is the core's ({@link org.gdlab.core.explain.AlphaHint}), for every rule.
 *
 * @param limit 2/λmax, or empty when λmax ≤ 0 (no positive α makes the model contract)
 * @param ratio α·λmax/2, NaN when the limit is not defined
 */
public record StabilityLimit(OptionalDouble limit, double ratio) {

    /** @return the limit of f at w and the ratio for α */
    public static StabilityLimit at(CostFunction f, Vec2 w, double alpha) {
        LocalCurvature lc = LocalCurvature.at(f, w);
        OptionalDouble l = lc.maxStableLearningRate();
        return new StabilityLimit(l, l.isPresent() ? alpha / l.getAsDouble() : Double.NaN);
    }
}
