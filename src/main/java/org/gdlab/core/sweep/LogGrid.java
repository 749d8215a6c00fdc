package org.gdlab.core.sweep;

/** Logarithmically spaced values, as the learning-rate axis of a sweep. */
public final class LogGrid {

    private LogGrid() {
    }

    /**
     * α_i = min · (max/min)^(i/(n−1)) for i = 0 … n − 1, computed as exp(log min + i·h) with
     * h = (log max − log min)/(n − 1); the end points are set to min and max exactly. Consecutive ratios
     * are equal to (max/min)^(1/(n−1)) within a few ulps.
     *
     * @param min the smallest value, finite and &gt; 0
     * @param max the largest value, finite and &gt; min
     * @param count n ≥ 2
     * @return a new array of n increasing values
     * @throws IllegalArgumentException with a one-line message for invalid arguments
     */
    public static double[] of(double min, double max, int count) {
        if (!(min > 0) || !Double.isFinite(max) || !(max > min)) {
            throw new IllegalArgumentException("a log grid needs 0 < min < max, both finite, got [" + min + ", " + max + "]");
        }
        if (count < 2) {
            throw new IllegalArgumentException("a log grid needs at least 2 values, got " + count);
        }
        double lo = Math.log(min);
        double h = (Math.log(max) - lo) / (count - 1);
        double[] a = new double[count];
        for (int i = 0; i < count; i++) {
            a[i] = Math.exp(lo + i * h);
        }
        a[0] = min;
        a[count - 1] = max;
        return a;
    }
}
