package org.gdlab.app.data;

import org.gdlab.core.data.Dataset;

/**
 * The linear model's Hessian H = [[mean x², mean x], [mean x, 1]] summed by hand from the points, and its
 * eigenvalues by the 2×2 formula λ = (t ± √(t² − 4δ))/2 (t the trace, δ the determinant): what the scaling
 * tests expect, derived without the program's code.
 */
final class HandCurvature {

    private HandCurvature() {
    }

    /** @return {λmin, λmax} of the linear model's H over d's points */
    static double[] linearEigenvalues(Dataset d) {
        double s = 0;
        double q = 0;
        for (int i = 0; i < d.size(); i++) {
            s += d.x1(i);
            q += d.x1(i) * d.x1(i);
        }
        double m = s / d.size();
        double a = q / d.size();
        double t = a + 1;
        double root = Math.sqrt(t * t - 4 * (a - m * m));
        return new double[] {(t - root) / 2, (t + root) / 2};
    }

    /** @return κ = λmax/λmin of the linear model's H over d's points */
    static double linearKappa(Dataset d) {
        double[] l = linearEigenvalues(d);
        return l[1] / l[0];
    }
}
