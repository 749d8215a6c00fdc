package org.gdlab.core.expr;

/**
 * The element loops of {@link BlockFusion}'s fused pairs that no single instruction has: a square feeding a
 * squared sum or difference, and a product with a constant feeding a multiply-add. Each body performs the
 * pair's IEEE operations in the pair's order, so results are bit for bit those of the two loops.
 */
final class FusedLanes {

    private FusedLanes() {
    }

    /** u = p·p + q into row c, u·u into row d */
    static void squareAddSquare(double[] d, double[] c, double[] p, double[] q, int m) {
        for (int i = 0; i < m; i++) {
            double v = p[i];
            double u = v * v + q[i];
            c[i] = u;
            d[i] = u * u;
        }
    }

    /** u = p·p − q into row c, u·u into row d */
    static void squareSubSquare(double[] d, double[] c, double[] p, double[] q, int m) {
        for (int i = 0; i < m; i++) {
            double v = p[i];
            double u = v * v - q[i];
            c[i] = u;
            d[i] = u * u;
        }
    }

    /** u = q − p·p into row c, u·u into row d */
    static void squareRsubSquare(double[] d, double[] c, double[] p, double[] q, int m) {
        for (int i = 0; i < m; i++) {
            double v = p[i];
            double u = q[i] - v * v;
            c[i] = u;
            d[i] = u * u;
        }
    }

    /** u = p·p + k into row c, u·u into row d */
    static void squareAddKSquare(double[] d, double[] c, double[] p, double k, int m) {
        for (int i = 0; i < m; i++) {
            double v = p[i];
            double u = v * v + k;
            c[i] = u;
            d[i] = u * u;
        }
    }

    /** u = p·p − k into row c, u·u into row d */
    static void squareSubKSquare(double[] d, double[] c, double[] p, double k, int m) {
        for (int i = 0; i < m; i++) {
            double v = p[i];
            double u = v * v - k;
            c[i] = u;
            d[i] = u * u;
        }
    }

    /** u = k − p·p into row c, u·u into row d */
    static void squareKSubSquare(double[] d, double[] c, double[] p, double k, int m) {
        for (int i = 0; i < m; i++) {
            double v = p[i];
            double u = k - v * v;
            c[i] = u;
            d[i] = u * u;
        }
    }

    /** (p·k)·q + s */
    static void mulKMulAdd(double[] d, double[] p, double k, double[] q, double[] s, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = p[i] * k * q[i] + s[i];
        }
    }

    /** (p·k)·q − s */
    static void mulKMulSub(double[] d, double[] p, double k, double[] q, double[] s, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = p[i] * k * q[i] - s[i];
        }
    }

    /** s − (p·k)·q */
    static void mulKMulRsub(double[] d, double[] p, double k, double[] q, double[] s, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = s[i] - p[i] * k * q[i];
        }
    }
}
