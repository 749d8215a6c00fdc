package org.gdlab.core.optim;

import org.gdlab.core.math.Vec2;

/**
 * The result of one optimizer update: w_{t+1} = w_t + delta, and the state for the next step.
 *
 * @param delta Δw = w_{t+1} − w_t
 * @param state the optimizer state after this step
 */
public record Update(Vec2 delta, OptimizerState state) {
}
