package org.gdlab.core.optim;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.CostFunction;

/**
 * The {@link Optimizer} of any kind: its {@code update} is one lane of the kind's {@link UpdateKernel}, so it
 * computes exactly what the simulation and the batch runners compute.
 *
 * @param kind the optimizer
 * @param kernel its arithmetic with its hyperparameters
 */
record KernelOptimizer(OptimizerKind kind, UpdateKernel kernel) implements Optimizer {

    @Override
    public OptimizerState init() {
        return OptimizerState.initial(kind);
    }

    @Override
    public Update update(Vec2 g, OptimizerState state, double lr, Vec2 w, CostFunction f) {
        if (state == null || state.kind() != kind) {
            throw new IllegalArgumentException("the " + kind.id() + " optimizer cannot continue from a state of "
                    + (state == null ? "null" : state.kind().id()));
        }
        double[] s = state.values();
        double[] dx = new double[1];
        double[] dy = new double[1];
        kernel.update(1, state.steps(), new double[] {g.x()}, new double[] {g.y()}, new double[] {lr},
                new double[] {w.x()}, new double[] {w.y()}, s, dx, dy, f);
        return new Update(new Vec2(dx[0], dy[0]), OptimizerState.of(kind, state.steps() + 1, s));
    }
}
