package org.gdlab.core.sweep;

import java.util.Objects;
import org.gdlab.core.sim.RunConfig;

/**
 * What to sweep: the template run (surface, start, optimizer, hyperparameters, schedule, N =
 * {@code template.maxSteps()} steps, tolerance, escape bound), with its learning rate replaced by
 * each value of {@code LogGrid.of(minRate, maxRate, count)}.
 *
 * @param template the run to repeat; its own learning rate is ignored
 * @param minRate αmin &gt; 0
 * @param maxRate αmax &gt; αmin
 * @param count the number of learning rates, ≥ 2 (the UI uses ≥ {@value #DEFAULT_COUNT})
 */
public record SweepSpec(RunConfig template, double minRate, double maxRate, int count) {

    /** The default number of learning rates: 120. */
    public static final int DEFAULT_COUNT = 120;

    /** @throws IllegalArgumentException with a one-line message for an invalid range or count */
    public SweepSpec {
        Objects.requireNonNull(template, "template");
        if (count < 2) {
            throw new IllegalArgumentException("a sweep needs at least 2 learning rates, got " + count);
        }
        LogGrid.of(minRate, maxRate, count);
    }

    /** @return the learning rates, increasing */
    public double[] learningRates() {
        return LogGrid.of(minRate, maxRate, count);
    }

    /** @return the number of steps N of each run */
    public int steps() {
        return template.maxSteps();
    }
}
