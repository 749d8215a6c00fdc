package org.gdlab.app.curvature;

import java.util.Locale;
import java.util.OptionalDouble;
import org.gdlab.app.viewmodel.Numbers;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.CostFunction;

/**
 * The largest stable learning rate of GD on the local quadratic model at a point, 2/λmax (defined when
 * λmax &gt; 0), and where α stands against it: r = α/(2/λmax) = α·λmax/2. On the model GD converges along
 * the steep direction for r &lt; 1 and diverges for r &gt; 1.
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

    /**
     * @return "α is 1.3× the stability limit here", "α is 0.45× …" (two significant digits), or a sentence
     *     saying there is no limit
     */
    public String words() {
        if (limit.isEmpty()) {
            return "No stability limit here: λmax ≤ 0 (the surface does not curve up in any direction).";
        }
        String r = ratio >= 10 || ratio < 0.01 ? Numbers.sig3(ratio) : String.format(Locale.ROOT, "%.2g", ratio);
        String verdict = ratio > 1 ? " (above: the steep direction overshoots and grows)"
                : ratio > 0.5 ? " (zig-zags across the valley)" : "";
        return "α is " + r + "× the stability limit 2/λmax = " + Numbers.sig3(limit.getAsDouble()) + " here" + verdict;
    }
}
