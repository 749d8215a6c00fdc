package org.gdlab.render;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.math.NumberText;

/** "Nice" axis ticks (1, 2 or 5 times a power of ten) and their labels. */
final class AxisTicks {

    /** The most ticks on one axis. */
    static final int MAX_TICKS = 100;

    private AxisTicks() {
    }

    /** @return the tick step: the smallest of 1, 2, 5 × 10^k that gives at most {@code target} intervals */
    static double step(double min, double max, int target) {
        double raw = (max - min) / Math.max(1, target);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /**
     * @return the multiples of {@code step} inside [min, max], ascending and distinct, at most
     *     {@value #MAX_TICKS} (far from the origin a tiny view has fewer distinct doubles than ticks)
     */
    static List<Double> ticks(double min, double max, double step) {
        List<Double> ticks = new ArrayList<>();
        if (!(step > 0) || !Double.isFinite(step)) {
            return ticks;
        }
        double first = Math.ceil(min / step - 1e-9);
        for (int i = 0; i < MAX_TICKS; i++) {
            double v = (first + i) * step;
            if (v > max + 1e-9 * step) {
                break;
            }
            v = Math.abs(v) < 1e-12 * step ? 0.0 : v;
            if (ticks.isEmpty() || v > ticks.get(ticks.size() - 1)) {
                ticks.add(v);
            }
        }
        return ticks;
    }

    /** @return v printed with as many decimals as {@code step} needs (e.g. step 0.5 → "-1.5") */
    static String label(double v, double step) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return NumberText.fixed(v, decimals).replace('-', '−');
    }

    /** @return v in at most 3 significant digits, in scientific notation when very large or small */
    static String compact(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : Double.toString(v);
        }
        double a = Math.abs(v);
        String s = a >= 1e4 || a < 1e-2 ? NumberText.scientific(v, 3) : NumberText.trimmed(v, 3);
        return s.replace('-', '−');
    }
}
