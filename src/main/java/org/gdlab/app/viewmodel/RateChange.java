package org.gdlab.app.viewmodel;

/**
 * A learning-rate change made with "tune live" on: from step {@code step} on, α = {@code learningRate}.
 *
 * @param step         the step at which the new α first applies (the update from w_step to w_step+1)
 * @param learningRate the new α (&gt; 0)
 */
public record RateChange(int step, double learningRate) {
}
