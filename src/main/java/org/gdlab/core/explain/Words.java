package org.gdlab.core.explain;

import org.gdlab.core.math.NumberText;
import org.gdlab.core.math.Vec2;

/** How the sentences write numbers: three significant digits, the same on every machine. */
final class Words {

    private Words() {
    }

    /** @return v with 3 significant digits ("0.200", "7.07e4", "-6.79e8", "NaN", "∞") */
    static String num(double v) {
        return NumberText.significant(v, 3);
    }

    /**
     * @return a and b with 3 significant digits, or with as many more as it takes to tell them apart
     *     ("-50.06" and "-50.07" rather than "-50.1" twice); equal numbers print alike
     */
    static String[] apart(double a, double b) {
        for (int digits = 3; digits < 17; digits++) {
            String sa = NumberText.significant(a, digits);
            String sb = NumberText.significant(b, digits);
            if (a == b || !sa.equals(sb)) {
                return new String[] {sa, sb};
            }
        }
        return new String[] {NumberText.exact(a), NumberText.exact(b)};
    }

    /** @return "(x, y)" with 3 significant digits each */
    static String vec(Vec2 w) {
        return "(" + num(w.x()) + ", " + num(w.y()) + ")";
    }

    /** @return the unit vector of d as "(0.00, 1.00)": two decimals */
    static String direction(Vec2 d) {
        double n = d.norm();
        return "(" + NumberText.fixed(Math.rint(100 * d.x() / n) / 100 + 0.0, 2) + ", "
                + NumberText.fixed(Math.rint(100 * d.y() / n) / 100 + 0.0, 2) + ")";
    }

    /** @return "1 step", "64 steps" */
    static String steps(int n) {
        return n == 1 ? "1 step" : n + " steps";
    }
}
