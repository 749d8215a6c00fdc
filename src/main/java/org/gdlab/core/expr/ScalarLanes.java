package org.gdlab.core.expr;

/**
 * The element loops of block evaluation whose one operand is a constant, passed as a scalar k instead of a
 * row of copies of it ({@link BlockCode} picks them). A constant row costs a load per point and element
 * loops are limited by loads and stores, not arithmetic, so this saves about one memory access in four in
 * typical derivative code (−2·u, 400·x·u, (1 − x)², x² − 11, …).
 *
 * <p>Each body is the IEEE expression of the {@link Lanes} loop it replaces with the constant's value in
 * place of its row, so the results are bit for bit the same; where the constant was the left operand of a
 * commutative + or ·, it is written on the right, which IEEE 754 leaves exactly equal (only a NaN's payload
 * could differ, and the language treats every NaN alike).
 */
final class ScalarLanes {

    private ScalarLanes() {
    }

    /** p + k */
    static void addK(double[] d, double[] p, double k, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = p[i] + k;
        }
    }

    /** p − k */
    static void subK(double[] d, double[] p, double k, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = p[i] - k;
        }
    }

    /** k − p */
    static void kSub(double[] d, double k, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = k - p[i];
        }
    }

    /** p·k */
    static void mulK(double[] d, double[] p, double k, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = p[i] * k;
        }
    }

    /** p / k (a true division: p·(1/k) would round differently) */
    static void divK(double[] d, double[] p, double k, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = p[i] / k;
        }
    }

    /** k / p */
    static void kDiv(double[] d, double k, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = k / p[i];
        }
    }

    /** p·k + s */
    static void mulKAdd(double[] d, double[] p, double k, double[] s, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = p[i] * k + s[i];
        }
    }

    /** p·k − s */
    static void mulKSub(double[] d, double[] p, double k, double[] s, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = p[i] * k - s[i];
        }
    }

    /** s − p·k */
    static void mulKRsub(double[] d, double[] p, double k, double[] s, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = s[i] - p[i] * k;
        }
    }

    /** (p·k)·s */
    static void mulKMul(double[] d, double[] p, double k, double[] s, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = p[i] * k * s[i];
        }
    }

    /** p·q + k */
    static void mulAddK(double[] d, double[] p, double[] q, double k, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = p[i] * q[i] + k;
        }
    }

    /** p·q − k */
    static void mulSubK(double[] d, double[] p, double[] q, double k, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = p[i] * q[i] - k;
        }
    }

    /** k − p·q */
    static void mulRsubK(double[] d, double[] p, double[] q, double k, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = k - p[i] * q[i];
        }
    }

    /** (p·q)·k */
    static void mulMulK(double[] d, double[] p, double[] q, double k, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = p[i] * q[i] * k;
        }
    }

    /** u = p + k into row c, u·u into row d */
    static void addKSquare(double[] d, double[] c, double[] p, double k, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i] + k;
            c[i] = u;
            d[i] = u * u;
        }
    }

    /** u = p − k into row c, u·u into row d */
    static void subKSquare(double[] d, double[] c, double[] p, double k, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i] - k;
            c[i] = u;
            d[i] = u * u;
        }
    }

    /** u = k − p into row c, u·u into row d */
    static void kSubSquare(double[] d, double[] c, double k, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = k - p[i];
            c[i] = u;
            d[i] = u * u;
        }
    }

    /** p^k */
    static void powK(double[] d, double[] p, double k, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = Math.pow(p[i], k);
        }
    }

    /** min(p, k) (Math.min is symmetric, also for NaN and ±0) */
    static void minK(double[] d, double[] p, double k, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = Math.min(p[i], k);
        }
    }

    /** max(p, k) */
    static void maxK(double[] d, double[] p, double k, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = Math.max(p[i], k);
        }
    }
}
