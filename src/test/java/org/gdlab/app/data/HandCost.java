package org.gdlab.app.data;

import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.Dataset;
import org.gdlab.core.data.Model;
import org.gdlab.core.math.Vec2;

/**
 * A data cost recomputed by hand for tests, point by point from the data in its own units: the features
 * scaled as the README documents ({@code linear}, {@code logistic}: (x − mean)/population std;
 * {@code linear2}: x/√(mean x²)), each point's feature vector φᵢ = (xᵢ, 1) or (x1ᵢ, x2ᵢ), zᵢ = θ·φᵢ and
 * <pre>
 *   linear, linear2:  ℓᵢ = ½(zᵢ − yᵢ)²,              ∇ℓᵢ = (zᵢ − yᵢ)φᵢ,   ∇²ℓᵢ = φᵢφᵢᵀ
 *   logistic:         ℓᵢ = ln(1 + e^zᵢ) − yᵢzᵢ,      ∇ℓᵢ = (σ(zᵢ) − yᵢ)φᵢ, ∇²ℓᵢ = σ(1 − σ)φᵢφᵢᵀ
 * </pre>
 * J = the mean of ℓᵢ, plus (λ/2)w² for logistic. Nothing of the program's statistics is used.
 */
final class HandCost {

    private final double[][] phi;
    private final double[] y;
    private final Model model;
    private final double l2;

    private HandCost(double[][] phi, double[] y, Model model, double l2) {
        this.phi = phi;
        this.y = y;
        this.model = model;
        this.l2 = l2;
    }

    /** @return the cost c computes, by hand */
    static HandCost of(DataCost c) {
        Dataset d = c.spec().data();
        Model m = c.spec().model();
        int n = d.size();
        double[] a = new double[n];
        double[] b = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = d.x1(i);
            b[i] = m == Model.LINEAR2 ? d.x2(i) : 1;
            y[i] = d.y(i);
        }
        if (c.spec().standardize()) {
            if (m == Model.LINEAR2) {
                divide(a, Math.sqrt(meanOf(a, a)));
                divide(b, Math.sqrt(meanOf(b, b)));
            } else {
                double mean = meanOf(a, null);
                for (int i = 0; i < n; i++) {
                    a[i] -= mean;
                }
                divide(a, Math.sqrt(meanOf(a, a)));
            }
        }
        double[][] phi = new double[n][];
        for (int i = 0; i < n; i++) {
            phi[i] = new double[] {a[i], b[i]};
        }
        return new HandCost(phi, y, m, c.spec().l2());
    }

    private static double meanOf(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += v == null ? u[i] : u[i] * v[i];
        }
        return s / u.length;
    }

    private static void divide(double[] u, double by) {
        for (int i = 0; i < u.length; i++) {
            u[i] /= by;
        }
    }

    int size() {
        return y.length;
    }

    private double z(int i, double p, double q) {
        return p * phi[i][0] + q * phi[i][1];
    }

    private static double sigma(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** @return J(p, q) */
    double value(double p, double q) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double z = z(i, p, q);
            s += model == Model.LOGISTIC ? Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y[i] * z
                    : 0.5 * (z - y[i]) * (z - y[i]);
        }
        return s / y.length + (model == Model.LOGISTIC ? 0.5 * l2 * p * p : 0);
    }

    /** @return ∇J_B(p, q) over the points idx (all points: ∇J) */
    Vec2 gradient(double p, double q, int[] idx) {
        double g0 = 0;
        double g1 = 0;
        for (int i : idx) {
            double z = z(i, p, q);
            double r = model == Model.LOGISTIC ? sigma(z) - y[i] : z - y[i];
            g0 += r * phi[i][0];
            g1 += r * phi[i][1];
        }
        double pen = model == Model.LOGISTIC ? l2 * p : 0;
        return new Vec2(g0 / idx.length + pen, g1 / idx.length);
    }

    /** @return ∇J(p, q) */
    Vec2 gradient(double p, double q) {
        return gradient(p, q, all());
    }

    int[] all() {
        int[] idx = new int[y.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        return idx;
    }

    /** @return ∇²J(p, q) as {h00, h01, h11}; with {@code bound} the logistic weights σ(1 − σ) are replaced by their maximum ¼ */
    double[] hessian(double p, double q, boolean bound) {
        double h00 = 0;
        double h01 = 0;
        double h11 = 0;
        for (int i = 0; i < y.length; i++) {
            double s = model != Model.LOGISTIC ? 1 : bound ? 0.25 : sigma(z(i, p, q)) * (1 - sigma(z(i, p, q)));
            h00 += s * phi[i][0] * phi[i][0];
            h01 += s * phi[i][0] * phi[i][1];
            h11 += s * phi[i][1] * phi[i][1];
        }
        int n = y.length;
        return new double[] {h00 / n + (model == Model.LOGISTIC ? l2 : 0), h01 / n, h11 / n};
    }

    /** @return the larger eigenvalue of the symmetric 2×2 {h00, h01, h11} */
    static double lambdaMax(double[] h) {
        return (h[0] + h[2]) / 2 + Math.hypot((h[0] - h[2]) / 2, h[1]);
    }

    /** @return the minimiser: Newton's method from (0, 0) with the 2×2 inverse by Cramer's rule (one step for least squares) */
    Vec2 optimum() {
        double p = 0;
        double q = 0;
        for (int k = 0; k < 100; k++) {
            Vec2 g = gradient(p, q);
            double[] h = hessian(p, q, false);
            double det = h[0] * h[2] - h[1] * h[1];
            double dp = (h[2] * g.x() - h[1] * g.y()) / det;
            double dq = (h[0] * g.y() - h[1] * g.x()) / det;
            p -= dp;
            q -= dq;
            if (Math.abs(dp) + Math.abs(dq) < 1e-15 * (1 + Math.abs(p) + Math.abs(q))) {
                break;
            }
        }
        return new Vec2(p, q);
    }
}
