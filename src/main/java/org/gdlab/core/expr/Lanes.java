package org.gdlab.core.expr;

/**
 * The element loops of block evaluation ({@link BlockProgram}): each applies one operation to points
 * 0 .. m−1 of a block. Every register is its own array (a row), d the destination row, p, q, s the operand
 * rows (names as in {@link Op}).
 *
 * <p>Each loop body is the same IEEE expression, with the same operand order, as the corresponding case of
 * {@link Program#run}, so a block gives the per-point results bit for bit. The loops are kept plain (one
 * expression, the same index i in every array, no branch) so that the JIT unrolls them and vectorises the
 * arithmetic ones; separate arrays rather than one array with row offsets matter for that, because C2 does
 * not vectorise loads and stores into one array at different loop-invariant offsets.
 */
final class Lanes {

    private Lanes() {
    }

    static void neg(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = -p[i];
        }
    }

    static void add(double[] d, double[] p, double[] q, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = p[i] + q[i];
        }
    }

    static void sub(double[] d, double[] p, double[] q, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = p[i] - q[i];
        }
    }

    static void mul(double[] d, double[] p, double[] q, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = p[i] * q[i];
        }
    }

    static void div(double[] d, double[] p, double[] q, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = p[i] / q[i];
        }
    }

    /** p·p */
    static void square(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i];
            d[i] = u * u;
        }
    }

    /** (p·p)·p */
    static void cube(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i];
            d[i] = u * u * u;
        }
    }

    /** 1/p */
    static void reciprocal(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = 1 / p[i];
        }
    }

    /** p·q + s */
    static void mulAdd(double[] d, double[] p, double[] q, double[] s, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = p[i] * q[i] + s[i];
        }
    }

    /** p·q − s */
    static void mulSub(double[] d, double[] p, double[] q, double[] s, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = p[i] * q[i] - s[i];
        }
    }

    /** s − p·q */
    static void mulRsub(double[] d, double[] p, double[] q, double[] s, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = s[i] - p[i] * q[i];
        }
    }

    /** (p·q)·s */
    static void mulMul(double[] d, double[] p, double[] q, double[] s, int m) {
        for (int i = 0; i < m; i++) {
            d[i] = p[i] * q[i] * s[i];
        }
    }

    /** u = p + q into row c, u·u into row d */
    static void addSquare(double[] d, double[] c, double[] p, double[] q, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i] + q[i];
            c[i] = u;
            d[i] = u * u;
        }
    }

    /** u = p − q into row c, u·u into row d */
    static void subSquare(double[] d, double[] c, double[] p, double[] q, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i] - q[i];
            c[i] = u;
            d[i] = u * u;
        }
    }

    static void sin(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i];
            d[i] = FdlibmSinCos.sin(u);
        }
    }

    static void cos(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i];
            d[i] = FdlibmSinCos.cos(u);
        }
    }

    /** sin p into row d and cos p into row c, one argument reduction per point */
    static void sinCos(double[] d, double[] c, double[] p, int m) {
        FdlibmSinCos.sinCos(p, d, c, m);
    }

    static void tan(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i];
            d[i] = Math.tan(u);
        }
    }

    static void asin(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i];
            d[i] = Math.asin(u);
        }
    }

    static void acos(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i];
            d[i] = Math.acos(u);
        }
    }

    static void atan(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i];
            d[i] = Math.atan(u);
        }
    }

    static void sinh(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i];
            d[i] = Math.sinh(u);
        }
    }

    static void cosh(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i];
            d[i] = Math.cosh(u);
        }
    }

    static void tanh(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i];
            d[i] = Math.tanh(u);
        }
    }

    static void exp(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i];
            d[i] = Math.exp(u);
        }
    }

    static void ln(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i];
            d[i] = Math.log(u);
        }
    }

    static void log10(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i];
            d[i] = Math.log10(u);
        }
    }

    static void log2(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i];
            d[i] = Math.log(u) / Op.LN2;
        }
    }

    static void sqrt(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i];
            d[i] = Math.sqrt(u);
        }
    }

    static void cbrt(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i];
            d[i] = Math.cbrt(u);
        }
    }

    static void abs(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i];
            d[i] = Math.abs(u);
        }
    }

    static void sign(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i];
            d[i] = Math.signum(u);
        }
    }

    static void floor(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i];
            d[i] = Math.floor(u);
        }
    }

    static void ceil(double[] d, double[] p, int m) {
        for (int i = 0; i < m; i++) {
            double u = p[i];
            d[i] = Math.ceil(u);
        }
    }

    static void pow(double[] d, double[] a, double[] b, int m) {
        for (int i = 0; i < m; i++) {
            double p = a[i];
            double q = b[i];
            d[i] = Math.pow(p, q);
        }
    }

    static void min(double[] d, double[] a, double[] b, int m) {
        for (int i = 0; i < m; i++) {
            double p = a[i];
            double q = b[i];
            d[i] = Math.min(p, q);
        }
    }

    static void max(double[] d, double[] a, double[] b, int m) {
        for (int i = 0; i < m; i++) {
            double p = a[i];
            double q = b[i];
            d[i] = Math.max(p, q);
        }
    }

    static void hypot(double[] d, double[] a, double[] b, int m) {
        for (int i = 0; i < m; i++) {
            double p = a[i];
            double q = b[i];
            d[i] = Math.hypot(p, q);
        }
    }

    static void atan2(double[] d, double[] a, double[] b, int m) {
        for (int i = 0; i < m; i++) {
            double p = a[i];
            double q = b[i];
            d[i] = Math.atan2(p, q);
        }
    }
}
