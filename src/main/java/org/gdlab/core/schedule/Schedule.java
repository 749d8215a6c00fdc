package org.gdlab.core.schedule;

/**
 * A learning-rate schedule: the rate α_t used in the update from w_t to w_{t+1}, as a pure function of the
 * base rate α and the step t = 0, 1, 2, …. Implementations are immutable; those built by {@link Schedules}
 * print as their spec ({@code toString()}), e.g. "step:100:0.5".
 */
@FunctionalInterface
public interface Schedule {

    /**
     * @param baseLr the base learning rate α
     * @param t the step, t ≥ 0
     * @return α_t
     */
    double rate(double baseLr, int t);
}
