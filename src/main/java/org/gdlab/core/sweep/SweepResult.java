package org.gdlab.core.sweep;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A finished (or cancelled) sweep.
 *
 * @param spec what was swept
 * @param points one point per learning rate that was completed, in increasing α; all
 *     {@code spec.count()} of them unless cancelled
 * @param cancelled true when the sweep was cancelled before every run ended (then points may have gaps)
 */
public record SweepResult(SweepSpec spec, List<SweepPoint> points, boolean cancelled) {

    public SweepResult {
        points = List.copyOf(points);
    }

    /** @return the smallest swept α whose run diverged, or empty when none did */
    public OptionalDouble firstDivergentRate() {
        return points.stream().filter(SweepPoint::diverged).mapToDouble(SweepPoint::learningRate).findFirst();
    }

    /** @return true when every learning rate was run */
    public boolean complete() {
        return !cancelled && points.size() == spec.count();
    }
}
