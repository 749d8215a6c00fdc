package org.gdlab.core.optim;

import java.util.List;
import org.gdlab.core.surface.CostFunction;

/**
 * Plain gradient descent: Δw = −α g. No hyperparameters, no state.
 *
 * <p>Registered as {@link OptimizerKind#GD}; proposed α = 0.01.
 */
record GradientDescent() implements UpdateKernel {

    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("gd", "Gradient descent", 0.01,
            "w ← w − α∇C", List.of(), List.of(), h -> new GradientDescent(), Memory.View.NONE);

    @Override
    public int stateSize() {
        return 0;
    }

    @Override
    public void update(int n, int steps, double[] gx, double[] gy, double[] rate, double[] x, double[] y,
            double[] state, double[] dx, double[] dy, CostFunction f) {
        for (int i = 0; i < n; i++) {
            double minusRate = -rate[i];
            dx[i] = minusRate * gx[i];
            dy[i] = minusRate * gy[i];
        }
    }
}
