package org.gdlab.cli;

import java.util.Locale;
import java.util.OptionalDouble;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.sim.RunConfig;

/**
 * Explains a divergence with the local quadratic model at the start: plain GD is stable on a quadratic
 * exactly when α &lt; 2/λmax, so when α is above that limit the hint says so.
 */
final class DivergenceHint {

    private DivergenceHint() {
    }

    /** @return "; α = 0.25 is above 2/λmax = 0.2 at the start" when that explains it, else "" */
    static String of(RunConfig config) {
        LocalCurvature c = LocalCurvature.at(config.function(), config.start());
        OptionalDouble limit = c.maxStableLearningRate();
        double lr = config.learningRate();
        if (limit.isPresent() && lr > limit.getAsDouble()) {
            return String.format(Locale.ROOT, "; α = %.3g is above 2/λmax = %.3g at the start", lr, limit.getAsDouble());
        }
        return "";
    }
}
