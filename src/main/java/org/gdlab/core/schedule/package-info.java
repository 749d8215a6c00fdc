/**
 * Learning-rate schedules α_t = {@link org.gdlab.core.schedule.Schedule#rate(double, int)} for t = 0, 1, 2, …
 * (the rate applied in the update from w_t to w_{t+1}), parsed from short specs by
 * {@link org.gdlab.core.schedule.Schedules}, with an optional linear warm-up. Plain functions of the step,
 * as in optax. No JavaFX, no EJML.
 */
package org.gdlab.core.schedule;
