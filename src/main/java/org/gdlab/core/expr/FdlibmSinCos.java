package org.gdlab.core.expr;

/**
 * Sine and cosine with the bits of {@link StrictMath#sin} and {@link StrictMath#cos} (fdlibm 5.3), and both
 * of one argument with a single shared argument reduction. Static methods only; nothing allocates.
 *
 * <h2>Method (fdlibm's {@code s_sin.c}, {@code s_cos.c})</h2>
 * Reduce {@code x} to {@code y0 + y1 = x - n·π/2} with {@code |y0 + y1| ≤ π/4} ({@code y1} the tail of
 * {@code y0}, below half an ulp of it), then, with S and C the sine and cosine kernels on [-π/4, π/4]:
 * <pre>
 *   n mod 4 |  sin x   cos x
 *   --------+-----------------
 *      0    |   S       C
 *      1    |   C      -S
 *      2    |  -S      -C
 *      3    |  -C       S
 * </pre>
 * The reduction is the expensive part; {@link #sinCos(double, double[], int, int)} does it once and runs both
 * kernels on the same {@code (y0, y1)}, so each result is the very double the separate call gives.
 *
 * <h2>Kernels ({@code k_sin.c}, {@code k_cos.c}), for |x| ≤ π/4 with tail y</h2>
 * <ul>
 *   <li>If |x| &lt; 2<sup>-27</sup>: sin = x, cos = 1 (the tail is below the last bit and is ignored).</li>
 *   <li>Sine: with z = x², v = z·x and r = S2 + z(S3 + z(S4 + z(S5 + z·S6))), the degree-13 polynomial
 *       sin x ≈ x + S1·x³ + … + S6·x¹³ (Remez error of sin(x)/x below 2<sup>-58</sup>) is evaluated as
 *       {@code x + v(S1 + z·r)} without tail, and as {@code x - ((z(y/2 - v·r) - y) - v·S1)} with tail,
 *       using sin(x + y) ≈ sin x + (1 - x²/2)·y.</li>
 *   <li>Cosine: with r = z(C1 + z(C2 + … + z·C6)), the degree-14 polynomial cos x ≈ 1 - x²/2 + C1·x⁴ + … +
 *       C6·x¹⁴ (Remez error below 2<sup>-58</sup>) is evaluated as {@code 1 - (z/2 - (z·r - x·y))}, using
 *       cos(x + y) ≈ cos x - x·y. For |x| ≥ 0.3 the subtraction from 1 loses bits, so fdlibm splits off
 *       qx = |x|/4 with its low 32 bits cleared (qx = 0.28125 if |x| &gt; 0.78125) and returns
 *       {@code (1 - qx) - ((z/2 - qx) - (z·r - x·y))}: {@code 1 - qx} and {@code z/2 - qx} are exact, and the
 *       latter is at least a quarter of z/2.</li>
 * </ul>
 *
 * <h2>Argument reduction ({@code e_rem_pio2.c}), for π/4 &lt; |x| ≤ 2<sup>19</sup>·π/2</h2>
 * π/2 is split into 33-bit pieces {@code PIO2_1 + PIO2_2 + PIO2_3} with the tails
 * {@code PIO2_kT = π/2 - (PIO2_1 + … + PIO2_k)}; each product n·PIO2_k (n &lt; 2<sup>20</sup>) is exact.
 * <ul>
 *   <li>|x| &lt; 3π/4: n = ±1 and y = x ∓ PIO2_1 ∓ PIO2_1T (33 + 53 bits of π/2), or, when x is within one
 *       high word of π/2 (where the cancellation is worst), x ∓ PIO2_1 ∓ PIO2_2 ∓ PIO2_2T.</li>
 *   <li>Otherwise (Cody–Waite): n = round(|x|·2/π), r = |x| - n·PIO2_1 (exact), w = n·PIO2_1T, y0 = r - w,
 *       good to about 85 bits of π/2. If more than 16 bits cancelled (exponent of y0 more than 16 below
 *       that of x; checked only when n ≥ 32 or x's high word equals that of n·π/2), a second step uses
 *       PIO2_2 and PIO2_2T (118 bits); if more than 49 bits cancelled, a third uses PIO2_3 and PIO2_3T
 *       (151 bits), enough for every double in range. The tail is y1 = (r - y0) - w; a negative x gives
 *       -y0, -y1 and -n.</li>
 * </ul>
 * fdlibm's sin and cos are within 1 ulp of the exact values (its documentation: "nearly rounded").
 *
 * <p><b>Delegated arguments.</b> For |x| &gt; 2<sup>19</sup>·π/2 (high word above {@code 0x413921fb}),
 * fdlibm reduces with Payne–Hanek ({@code __kernel_rem_pio2}, 2/π to 1584 bits); this class does not port
 * that and returns {@code StrictMath.sin(x)} / {@code StrictMath.cos(x)} instead, which are the same bits by
 * definition. NaN and ±∞ are delegated the same way (the result is NaN).
 *
 * <p>Ported from the C sources of Sun's fdlibm 5.3 ({@code s_sin.c}, {@code s_cos.c}, {@code k_sin.c},
 * {@code k_cos.c}, {@code e_rem_pio2.c}), which carry this notice:
 * <pre>
 * ====================================================
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 * </pre>
 * {@code __HI(x)} is the high 32 bits of {@link Double#doubleToRawLongBits}; every operation is a plain
 * IEEE double operation in the order of the C source (Java never contracts to fused multiply-add), which is
 * why the bits agree.
 */
final class FdlibmSinCos {

    private FdlibmSinCos() {
    }

    // Thresholds on the high word of |x|.
    /** |x| ≤ about π/4: no reduction. */
    private static final int PI_OVER_4_HW = 0x3fe921fb;
    /** |x| &lt; about 3π/4: n = ±1. */
    private static final int THREE_PI_OVER_4_HW = 0x4002d97c;
    /** High word of π/2: the worst cancellation for n = ±1. */
    private static final int PI_OVER_2_HW = 0x3ff921fb;
    /** |x| ≤ about 2<sup>19</sup>·π/2: the medium (Cody–Waite) reduction; above it, delegate. */
    private static final int MEDIUM_LIMIT_HW = 0x413921fb;
    /** |x| &lt; 2<sup>-27</sup>: the kernels return x and 1. */
    private static final int TINY_HW = 0x3e400000;
    /** |x| &lt; 0.3: cosine kernel without the qx split. */
    private static final int COS_SPLIT_HW = 0x3fd33333;
    /** |x| &gt; 0.78125: qx = 0.28125. */
    private static final int COS_QX_CAP_HW = 0x3fe90000;

    /** High words of n·π/2 for n = 1..32: an x with one of these may cancel badly. */
    private static final int[] NPIO2_HW = {
        0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C,
        0x4025FDBB, 0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C,
        0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
        0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
        0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB,
        0x404858EB, 0x404921FB,
    };

    // Reduction constants (fdlibm's hex words in comments).
    /** 53 bits of 2/π (0x3FE45F30 6DC9C883). */
    private static final double INVPIO2 = 0x1.45f306dc9c883p-1;
    /** First 33 bits of π/2 (0x3FF921FB 54400000). */
    private static final double PIO2_1 = 0x1.921fb544p0;
    /** π/2 - PIO2_1 (0x3DD0B461 1A626331). */
    private static final double PIO2_1T = 0x1.0b4611a626331p-34;
    /** Second 33 bits of π/2 (0x3DD0B461 1A600000). */
    private static final double PIO2_2 = 0x1.0b4611a6p-34;
    /** π/2 - (PIO2_1 + PIO2_2) (0x3BA3198A 2E037073). */
    private static final double PIO2_2T = 0x1.3198a2e037073p-69;
    /** Third 33 bits of π/2 (0x3BA3198A 2E000000). */
    private static final double PIO2_3 = 0x1.3198a2ep-69;
    /** π/2 - (PIO2_1 + PIO2_2 + PIO2_3) (0x397B839A 252049C1). */
    private static final double PIO2_3T = 0x1.b839a252049c1p-104;

    // Sine kernel coefficients (k_sin.c).
    private static final double S1 = -0x1.5555555555549p-3; // 0xBFC55555 55555549
    private static final double S2 = 0x1.111111110f8a6p-7; // 0x3F811111 1110F8A6
    private static final double S3 = -0x1.a01a019c161d5p-13; // 0xBF2A01A0 19C161D5
    private static final double S4 = 0x1.71de357b1fe7dp-19; // 0x3EC71DE3 57B1FE7D
    private static final double S5 = -0x1.ae5e68a2b9cebp-26; // 0xBE5AE5E6 8A2B9CEB
    private static final double S6 = 0x1.5d93a5acfd57cp-33; // 0x3DE5D93A 5ACFD57C

    // Cosine kernel coefficients (k_cos.c).
    private static final double C1 = 0x1.555555555554cp-5; // 0x3FA55555 5555554C
    private static final double C2 = -0x1.6c16c16c15177p-10; // 0xBF56C16C 16C15177
    private static final double C3 = 0x1.a01a019cb159p-16; // 0x3EFA01A0 19CB1590
    private static final double C4 = -0x1.27e4f809c52adp-22; // 0xBE927E4F 809C52AD
    private static final double C5 = 0x1.1ee9ebdb4b1c4p-29; // 0x3E21EE9E BDB4B1C4
    private static final double C6 = -0x1.8fae9be8838d4p-37; // 0xBDA8FAE9 BE8838D4

    // What the shared core computes.
    private static final int SIN = 0;
    private static final int COS = 1;
    private static final int BOTH = 2;

    /** sin(x), the bits of {@code StrictMath.sin(x)} for every double. */
    static double sin(double x) {
        return evaluate(x, SIN, null, 0, null, 0);
    }

    /** cos(x), the bits of {@code StrictMath.cos(x)} for every double. */
    static double cos(double x) {
        return evaluate(x, COS, null, 0, null, 0);
    }

    /**
     * Stores sin(x) into {@code out[sinIndex]} and cos(x) into {@code out[cosIndex]} (the bits of
     * {@link #sin} and {@link #cos}) with one argument reduction. Modifies only those two entries.
     */
    static void sinCos(double x, double[] out, int sinIndex, int cosIndex) {
        evaluate(x, BOTH, out, sinIndex, out, cosIndex);
    }

    /**
     * For i in 0..m-1 stores sin(p[i]) into {@code sin[i]} and cos(p[i]) into {@code cos[i]}, one argument
     * reduction per point. Modifies only {@code sin[0..m)} and {@code cos[0..m)}; {@code p} is read only,
     * and {@code sin} and {@code cos} must be different arrays.
     */
    static void sinCos(double[] p, double[] sin, double[] cos, int m) {
        for (int i = 0; i < m; i++) {
            evaluate(p[i], BOTH, sin, i, cos, i);
        }
    }

    /**
     * The shared core: reduces x and returns sin(x) ({@code want == SIN}) or cos(x) ({@code COS}), or stores
     * both ({@code BOTH}, then returns 0).
     */
    private static double evaluate(double x, int want, double[] sinOut, int sinIndex, double[] cosOut,
            int cosIndex) {
        int hx = highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix <= PI_OVER_4_HW) {
            return finish(want, 0, x, 0.0, false, sinOut, sinIndex, cosOut, cosIndex);
        }
        if (ix > MEDIUM_LIMIT_HW) {
            return delegate(x, want, sinOut, sinIndex, cosOut, cosIndex);
        }
        double y0;
        double y1;
        int n;
        if (ix < THREE_PI_OVER_4_HW) {
            // n = ±1: x ∓ π/2 with 33 + 53 bits of π/2, or 33 + 33 + 53 near π/2.
            if (hx > 0) {
                double z = x - PIO2_1;
                if (ix != PI_OVER_2_HW) {
                    y0 = z - PIO2_1T;
                    y1 = (z - y0) - PIO2_1T;
                } else {
                    z -= PIO2_2;
                    y0 = z - PIO2_2T;
                    y1 = (z - y0) - PIO2_2T;
                }
                n = 1;
            } else {
                double z = x + PIO2_1;
                if (ix != PI_OVER_2_HW) {
                    y0 = z + PIO2_1T;
                    y1 = (z - y0) + PIO2_1T;
                } else {
                    z += PIO2_2;
                    y0 = z + PIO2_2T;
                    y1 = (z - y0) + PIO2_2T;
                }
                n = -1;
            }
        } else {
            // Cody–Waite: |x| - n·π/2 with 33 + 53 bits, refined to 118 and 151 bits on cancellation.
            double t = Math.abs(x);
            n = (int) (t * INVPIO2 + 0.5);
            double fn = n;
            double r = t - fn * PIO2_1;
            double w = fn * PIO2_1T;
            y0 = r - w;
            if (n >= 32 || ix == NPIO2_HW[n - 1]) {
                int j = ix >> 20;
                if (j - ((highWord(y0) >> 20) & 0x7ff) > 16) {
                    t = r;
                    w = fn * PIO2_2;
                    r = t - w;
                    w = fn * PIO2_2T - ((t - r) - w);
                    y0 = r - w;
                    if (j - ((highWord(y0) >> 20) & 0x7ff) > 49) {
                        t = r;
                        w = fn * PIO2_3;
                        r = t - w;
                        w = fn * PIO2_3T - ((t - r) - w);
                        y0 = r - w;
                    }
                }
            }
            y1 = (r - y0) - w;
            if (hx < 0) {
                y0 = -y0;
                y1 = -y1;
                n = -n;
            }
        }
        return finish(want, n, y0, y1, true, sinOut, sinIndex, cosOut, cosIndex);
    }

    /**
     * Applies the quadrant table to the kernels at the reduced argument {@code y0 + y1} ({@code hasTail}
     * false: no reduction took place, y1 = 0, and the sine kernel takes its tail-free form).
     */
    private static double finish(int want, int n, double y0, double y1, boolean hasTail, double[] sinOut,
            int sinIndex, double[] cosOut, int cosIndex) {
        int q = n & 3;
        if (want == SIN) {
            return switch (q) {
                case 0 -> kernelSin(y0, y1, hasTail);
                case 1 -> kernelCos(y0, y1);
                case 2 -> -kernelSin(y0, y1, hasTail);
                default -> -kernelCos(y0, y1);
            };
        }
        if (want == COS) {
            return switch (q) {
                case 0 -> kernelCos(y0, y1);
                case 1 -> -kernelSin(y0, y1, hasTail);
                case 2 -> -kernelCos(y0, y1);
                default -> kernelSin(y0, y1, hasTail);
            };
        }
        double s = kernelSin(y0, y1, hasTail);
        double c = kernelCos(y0, y1);
        // q = 1, 3 swap the kernels; sin is negated for q = 2, 3 and cos for q = 1, 2.
        boolean swap = (q & 1) != 0;
        double sinValue = swap ? c : s;
        double cosValue = swap ? s : c;
        sinOut[sinIndex] = (q & 2) != 0 ? -sinValue : sinValue;
        cosOut[cosIndex] = ((q + 1) & 2) != 0 ? -cosValue : cosValue;
        return 0.0;
    }

    /** Beyond the medium range, and NaN and ±∞: fdlibm itself, through StrictMath. */
    private static double delegate(double x, int want, double[] sinOut, int sinIndex, double[] cosOut,
            int cosIndex) {
        if (want == SIN) {
            return StrictMath.sin(x);
        }
        if (want == COS) {
            return StrictMath.cos(x);
        }
        sinOut[sinIndex] = StrictMath.sin(x);
        cosOut[cosIndex] = StrictMath.cos(x);
        return 0.0;
    }

    /**
     * fdlibm's {@code __kernel_sin(x, y, iy)}: sin(x + y) for |x| ≤ about π/4, y the tail of x
     * ({@code hasTail} is {@code iy != 0}).
     */
    private static double kernelSin(double x, double y, boolean hasTail) {
        int ix = highWord(x) & 0x7fffffff;
        if (ix < TINY_HW) {
            return x;
        }
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (!hasTail) {
            return x + v * (S1 + z * r);
        }
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    /** fdlibm's {@code __kernel_cos(x, y)}: cos(x + y) for |x| ≤ about π/4, y the tail of x. */
    private static double kernelCos(double x, double y) {
        int ix = highWord(x) & 0x7fffffff;
        if (ix < TINY_HW) {
            return 1.0;
        }
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ix < COS_SPLIT_HW) {
            return 1.0 - (0.5 * z - (z * r - x * y));
        }
        double qx = ix > COS_QX_CAP_HW ? 0.28125 : Double.longBitsToDouble((long) (ix - 0x00200000) << 32);
        double hz = 0.5 * z - qx;
        double a = 1.0 - qx;
        return a - (hz - (z * r - x * y));
    }

    /** fdlibm's {@code __HI(x)}: the sign, exponent and top 20 fraction bits. */
    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }
}
