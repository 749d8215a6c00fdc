package org.gdlab.core.sim;

import org.gdlab.core.math.Vec2;

/**
 * One row of a run, every number finite.
 *
 * @param step k (row 0 is the start)
 * @param w the iterate w_k
 * @param cost C(w_k)
 * @param gradient the exact ∇C(w_k) (without simulated noise or clipping)
 * @param learningRate α_k, the rate applied from w_k to w_{k+1} (on a final row: the rate the next step
 *     would have used); for a rule that chooses its own step length, the accepted t (w_{k+1} = w_k + t·d_k),
 *     and 0 on a final row (no step was taken from it)
 * @param update w_{k+1} − w_k; {@link Vec2#ZERO} on the final row when no finite step follows
 */
public record StepRecord(int step, Vec2 w, double cost, Vec2 gradient, double learningRate, Vec2 update) {

    /** @return |∇C(w_k)| */
    public double gradientNorm() {
        return gradient.norm();
    }
}
