package org.gdlab.core.optim;

import java.util.List;
import org.gdlab.core.optim.Hyperparameter.Range;
import org.gdlab.core.optim.Hyperparameter.Scale;
import org.gdlab.core.optim.Hyperparameter.Slider;
import org.gdlab.core.surface.CostFunction;

/**
 * Polyak's step: with C* the minimum value of the cost,
 * <pre>
 *   t = (C(w) − C*)/|g|²,      w ← w − t·g
 * </pre>
 * the step that would reach C* if the cost fell linearly along −g at its current slope. C* is the surface's
 * known minimum value for a built-in surface, or the value given ({@code cstar}); without either the run is
 * refused ({@link org.gdlab.core.sim.RunConfig#cstar()}). When C(w) &lt; C*, which the given C* contradicts,
 * the run stops, {@code below_cstar}. No α (the rate is ignored). State: t and the halt code.
 *
 * <p>Registered as {@link OptimizerKind#POLYAK}.
 *
 * @param cstar C* (never "unset" here: the run resolves it before making the kernel)
 */
record Polyak(double cstar) implements SearchKernel {

    /** C*: any real; unset (NaN, shown "auto") means the surface's known minimum value. */
    static final Hyperparameter CSTAR = Hyperparameter.optionalReal("cstar", "C*",
            "The minimum value of the cost that Polyak's step aims at; auto: the built-in surface's known minimum value.",
            new Range(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true),
            new Slider(Scale.LINEAR, -10, 10));

    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("polyak", "Polyak step", 1.0,
            "t = (C(w) − C*)/|∇C|²;  w ← w − t∇C", List.of(CSTAR), List.of("t", "halt"),
            h -> new Polyak(h.get(CSTAR.name())), Memory.View.NONE, OptimizerDefinition.Alpha.UNUSED);

    @Override
    public int stateSize() {
        return 2;
    }

    @Override
    public void update(int n, int steps, double[] gx, double[] gy, double[] rate, double[] x, double[] y,
            double[] state, double[] dx, double[] dy, CostFunction f) {
        for (int i = 0; i < n; i++) {
            double gap = f.value(x[i], y[i]) - cstar;
            double gg = gx[i] * gx[i] + gy[i] * gy[i];
            double t = gap < 0 ? LineSearch.FAILED : gg == 0 ? 0 : Math.min(gap / gg, Double.MAX_VALUE);
            SearchKernel.finish(i, 2 * i, t, -gx[i], -gy[i], Halt.BELOW_CSTAR, state, dx, dy);
        }
    }
}
