package org.gdlab.core.optim;

import org.gdlab.core.math.Vec2;

/**
 * The immutable state an optimizer carries from one step to the next: one record per
 * {@link OptimizerKind}. Each holds only accumulated statistics (no hyperparameter, no learning rate), so
 * α and the hyperparameters can change between steps without losing it. Buffers start at zero.
 */
public sealed interface OptimizerState {

    /** @return how many updates have been folded into this state (0 for the initial state) */
    int steps();

    /** @return the kind of optimizer this state belongs to */
    OptimizerKind kind();

    /** Plain GD: no statistics. @param steps updates taken */
    record Gd(int steps) implements OptimizerState {
        public OptimizerKind kind() {
            return OptimizerKind.GD;
        }
    }

    /** Heavy-ball momentum. @param steps updates taken @param buffer the velocity b */
    record Momentum(int steps, Vec2 buffer) implements OptimizerState {
        public OptimizerKind kind() {
            return OptimizerKind.MOMENTUM;
        }
    }

    /** Nesterov momentum. @param steps updates taken @param buffer the velocity b */
    record Nesterov(int steps, Vec2 buffer) implements OptimizerState {
        public OptimizerKind kind() {
            return OptimizerKind.NESTEROV;
        }
    }

    /** Adagrad. @param steps updates taken @param sum the running sum s of squared gradients */
    record Adagrad(int steps, Vec2 sum) implements OptimizerState {
        public OptimizerKind kind() {
            return OptimizerKind.ADAGRAD;
        }
    }

    /** RMSprop. @param steps updates taken @param squareAverage the running average v of squared gradients */
    record Rmsprop(int steps, Vec2 squareAverage) implements OptimizerState {
        public OptimizerKind kind() {
            return OptimizerKind.RMSPROP;
        }
    }

    /**
     * Adam. @param steps updates taken (the bias-correction counter: the next update uses t = steps + 1)
     * @param m first-moment estimate @param v second-moment estimate
     */
    record Adam(int steps, Vec2 m, Vec2 v) implements OptimizerState {
        public OptimizerKind kind() {
            return OptimizerKind.ADAM;
        }
    }

    /** Normalized GD: no statistics. @param steps updates taken */
    record Normalized(int steps) implements OptimizerState {
        public OptimizerKind kind() {
            return OptimizerKind.NORMALIZED;
        }
    }

    /** Newton: no statistics. @param steps updates taken @param lastShift the shift δ of the last step (0 initially) */
    record Newton(int steps, double lastShift) implements OptimizerState {
        public OptimizerKind kind() {
            return OptimizerKind.NEWTON;
        }
    }
}
