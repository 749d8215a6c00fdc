package org.gdlab.core.optim;

import java.util.List;
import org.gdlab.core.surface.CostFunction;

/**
 * Normalized gradient descent: Δw = −α g/|g|, a step of length exactly α along −g; the gradient's
 * magnitude is ignored. A zero gradient takes no step (Δw = 0). No hyperparameters (not even ε), no state.
 *
 * <p>Registered as {@link OptimizerKind#NORMALIZED}; proposed α = 0.1.
 */
record NormalizedGradient() implements UpdateKernel {

    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("normalized",
            "Normalized gradient descent", 0.1, "w ← w − α∇C/|∇C|", List.of(), List.of(),
            h -> new NormalizedGradient(), Memory.View.NONE);

    /** {@link Lockstep#ALWAYS}: a hypot and a division per step: faster in lockstep on every surface (KernelBenchmark). */
    @Override
    public Lockstep lockstep() {
        return Lockstep.ALWAYS;
    }

    @Override
    public int stateSize() {
        return 0;
    }

    @Override
    public void update(int n, int steps, double[] gx, double[] gy, double[] rate, double[] x, double[] y,
            double[] state, double[] dx, double[] dy, CostFunction f) {
        for (int i = 0; i < n; i++) {
            double norm = Math.hypot(gx[i], gy[i]);
            if (norm == 0) {
                dx[i] = 0;
                dy[i] = 0;
            } else {
                double s = -rate[i] / norm;
                dx[i] = s * gx[i];
                dy[i] = s * gy[i];
            }
        }
    }
}
