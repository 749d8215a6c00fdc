package org.gdlab.core.expr;

/**
 * The element loops of block evaluation ({@link Program#runBlocks}): each applies one operation to the m
 * points of a block. The register file r holds one row of blockSize entries per register; the arguments d, a,
 * b, c are row offsets (register · blockSize), so r[a + i] is register a at point i of the block.
 *
 * <p>Each loop body is the same IEEE expression, with the same operand order, as the corresponding case of
 * {@link Program#run}, so a block gives the per-point results bit for bit. The loops are kept plain (no
 * branch, no switch, one expression) so that the JIT can unroll and, for the arithmetic ones, vectorise
 * them. Destinations never coincide with operands (every computed value has its own register).
 */
final class Lanes {

    private Lanes() {
    }

    static void neg(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            r[d + i] = -r[a + i];
        }
    }

    static void add(double[] r, int d, int a, int b, int m) {
        for (int i = 0; i < m; i++) {
            r[d + i] = r[a + i] + r[b + i];
        }
    }

    static void sub(double[] r, int d, int a, int b, int m) {
        for (int i = 0; i < m; i++) {
            r[d + i] = r[a + i] - r[b + i];
        }
    }

    static void mul(double[] r, int d, int a, int b, int m) {
        for (int i = 0; i < m; i++) {
            r[d + i] = r[a + i] * r[b + i];
        }
    }

    static void div(double[] r, int d, int a, int b, int m) {
        for (int i = 0; i < m; i++) {
            r[d + i] = r[a + i] / r[b + i];
        }
    }

    /** u·u */
    static void square(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i];
            r[d + i] = u * u;
        }
    }

    /** (u·u)·u */
    static void cube(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i];
            r[d + i] = u * u * u;
        }
    }

    /** 1/u */
    static void reciprocal(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            r[d + i] = 1 / r[a + i];
        }
    }

    /** p·q + s */
    static void mulAdd(double[] r, int d, int a, int b, int c, int m) {
        for (int i = 0; i < m; i++) {
            r[d + i] = r[a + i] * r[b + i] + r[c + i];
        }
    }

    /** p·q − s */
    static void mulSub(double[] r, int d, int a, int b, int c, int m) {
        for (int i = 0; i < m; i++) {
            r[d + i] = r[a + i] * r[b + i] - r[c + i];
        }
    }

    /** s − p·q */
    static void mulRsub(double[] r, int d, int a, int b, int c, int m) {
        for (int i = 0; i < m; i++) {
            r[d + i] = r[c + i] - r[a + i] * r[b + i];
        }
    }

    /** (p·q)·s */
    static void mulMul(double[] r, int d, int a, int b, int c, int m) {
        for (int i = 0; i < m; i++) {
            r[d + i] = r[a + i] * r[b + i] * r[c + i];
        }
    }

    /** u = p + q into row c, u·u into row d */
    static void addSquare(double[] r, int d, int c, int a, int b, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i] + r[b + i];
            r[c + i] = u;
            r[d + i] = u * u;
        }
    }

    /** u = p − q into row c, u·u into row d */
    static void subSquare(double[] r, int d, int c, int a, int b, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i] - r[b + i];
            r[c + i] = u;
            r[d + i] = u * u;
        }
    }

    static void sin(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i];
            r[d + i] = Math.sin(u);
        }
    }

    static void cos(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i];
            r[d + i] = Math.cos(u);
        }
    }

    static void tan(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i];
            r[d + i] = Math.tan(u);
        }
    }

    static void asin(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i];
            r[d + i] = Math.asin(u);
        }
    }

    static void acos(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i];
            r[d + i] = Math.acos(u);
        }
    }

    static void atan(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i];
            r[d + i] = Math.atan(u);
        }
    }

    static void sinh(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i];
            r[d + i] = Math.sinh(u);
        }
    }

    static void cosh(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i];
            r[d + i] = Math.cosh(u);
        }
    }

    static void tanh(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i];
            r[d + i] = Math.tanh(u);
        }
    }

    static void exp(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i];
            r[d + i] = Math.exp(u);
        }
    }

    static void ln(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i];
            r[d + i] = Math.log(u);
        }
    }

    static void log10(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i];
            r[d + i] = Math.log10(u);
        }
    }

    static void log2(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i];
            r[d + i] = Math.log(u) / Op.LN2;
        }
    }

    static void sqrt(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i];
            r[d + i] = Math.sqrt(u);
        }
    }

    static void cbrt(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i];
            r[d + i] = Math.cbrt(u);
        }
    }

    static void abs(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i];
            r[d + i] = Math.abs(u);
        }
    }

    static void sign(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i];
            r[d + i] = Math.signum(u);
        }
    }

    static void floor(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i];
            r[d + i] = Math.floor(u);
        }
    }

    static void ceil(double[] r, int d, int a, int m) {
        for (int i = 0; i < m; i++) {
            double u = r[a + i];
            r[d + i] = Math.ceil(u);
        }
    }

    static void pow(double[] r, int d, int a, int b, int m) {
        for (int i = 0; i < m; i++) {
            double p = r[a + i];
            double q = r[b + i];
            r[d + i] = Math.pow(p, q);
        }
    }

    static void min(double[] r, int d, int a, int b, int m) {
        for (int i = 0; i < m; i++) {
            double p = r[a + i];
            double q = r[b + i];
            r[d + i] = Math.min(p, q);
        }
    }

    static void max(double[] r, int d, int a, int b, int m) {
        for (int i = 0; i < m; i++) {
            double p = r[a + i];
            double q = r[b + i];
            r[d + i] = Math.max(p, q);
        }
    }

    static void hypot(double[] r, int d, int a, int b, int m) {
        for (int i = 0; i < m; i++) {
            double p = r[a + i];
            double q = r[b + i];
            r[d + i] = Math.hypot(p, q);
        }
    }

    static void atan2(double[] r, int d, int a, int b, int m) {
        for (int i = 0; i < m; i++) {
            double p = r[a + i];
            double q = r[b + i];
            r[d + i] = Math.atan2(p, q);
        }
    }
}
