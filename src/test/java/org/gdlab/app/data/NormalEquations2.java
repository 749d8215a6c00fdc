package org.gdlab.app.data;

import org.gdlab.core.data.Dataset;
import org.gdlab.core.math.Vec2;

/**
 * The least-squares fit ŷ = w₁x₁ + w₂x₂ through the origin, solved by hand for tests: the raw sums
 * S₁₁ = Σx₁², S₁₂ = Σx₁x₂, S₂₂ = Σx₂², r₁ = Σx₁y, r₂ = Σx₂y and Cramer's rule on
 * [S₁₁ S₁₂; S₁₂ S₂₂]·w = r (independent of the program's centred statistics).
 */
final class NormalEquations2 {

    private NormalEquations2() {
    }

    /** @return w* of the points of d, each feature divided by scale₁, scale₂ (1 for the data's units) */
    static Vec2 solve(Dataset d, double scale1, double scale2) {
        double s11 = 0;
        double s12 = 0;
        double s22 = 0;
        double r1 = 0;
        double r2 = 0;
        for (int i = 0; i < d.size(); i++) {
            double a = d.x1(i) / scale1;
            double b = d.x2(i) / scale2;
            s11 += a * a;
            s12 += a * b;
            s22 += b * b;
            r1 += a * d.y(i);
            r2 += b * d.y(i);
        }
        double det = s11 * s22 - s12 * s12;
        return new Vec2((r1 * s22 - s12 * r2) / det, (s11 * r2 - s12 * r1) / det);
    }

    /** @return √(mean of feature j²), the root mean square linear2's scaling divides by */
    static double rms(Dataset d, int j) {
        double s = 0;
        for (int i = 0; i < d.size(); i++) {
            double v = j == 0 ? d.x1(i) : d.x2(i);
            s += v * v;
        }
        return Math.sqrt(s / d.size());
    }
}
