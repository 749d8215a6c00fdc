package org.gdlab.render.paint;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.math.NumberText;

/**
 * "Nice" tick values for an axis: steps of 1, 2 or 5 times a power of ten, about {@code target} ticks over
 * the range, and labels without floating-point noise (0.30000000000000004 prints as 0.3). The one tick rule
 * of the plot, on screen and in every export (the axes and the colour bar of {@link FrameLayer}).
 */
public final class Ticks {

    private Ticks() {
    }

    /** The most ticks on one axis. */
    public static final int MAX_TICKS = 100;

    /**
     * @return the tick values in [min, max], ascending and distinct, at most {@value #MAX_TICKS} (far from the
     *     origin a tiny view has fewer distinct doubles than ticks); empty for an empty or non-finite range
     */
    public static double[] of(double min, double max, int target) {
        if (!(Double.isFinite(min) && Double.isFinite(max)) || !(max > min) || target < 1) {
            return new double[0];
        }
        double step = niceStep((max - min) / target);
        double first = Math.ceil(min / step - 1e-9);
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < MAX_TICKS; i++) {
            double v = (first + i) * step;
            if (v > max + 1e-9 * step) {
                break;
            }
            v = Math.abs(v) < 1e-12 * step ? 0.0 : v;
            if (out.isEmpty() || v > out.get(out.size() - 1)) {
                out.add(v);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** @return the smallest 1, 2 or 5 × 10^k that is ≥ raw */
    public static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / p;
        double nice = m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10;
        return nice * p;
    }

    /** @return a short label: up to 4 significant digits, scientific notation outside [1e-3, 1e5) */
    public static String label(double v) {
        return label(v, 0);
    }

    /** the most digits {@link #distinctLabels} adds to tell neighbours apart */
    static final int MAX_EXTRA_DIGITS = 6;

    /**
     * Labels for ascending values that may crowd (a colour bar's on log-spaced levels near the top of the
     * range): each as {@link #label(double)}, with as many more significant digits as make every two
     * neighbours read differently (−1.6, −1.605, −1.61 rather than −1.6, −1.61, −1.61); a value that still
     * reads as its lower neighbour with {@value #MAX_EXTRA_DIGITS} more digits gets no label ("").
     */
    public static String[] distinctLabels(double[] values) {
        String[] out = new String[values.length];
        for (int extra = 0; extra <= MAX_EXTRA_DIGITS; extra++) {
            boolean distinct = true;
            for (int i = 0; i < values.length; i++) {
                out[i] = label(values[i], extra);
                distinct &= i == 0 || !out[i].equals(out[i - 1]);
            }
            if (distinct) {
                return out;
            }
        }
        String last = null;
        for (int i = 0; i < out.length; i++) {
            if (out[i].equals(last)) {
                out[i] = "";
            } else {
                last = out[i];
            }
        }
        return out;
    }

    private static String label(double v, int extraDigits) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e5 || a < 1e-3) {
            return NumberText.scientific(v, 2 + extraDigits);
        }
        return NumberText.trimmed(v, 4 + extraDigits);
    }
}
