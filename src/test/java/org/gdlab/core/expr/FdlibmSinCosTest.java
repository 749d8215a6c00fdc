package org.gdlab.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link FdlibmSinCos} against {@link StrictMath}: every assertion is bitwise equality of
 * {@link Double#doubleToRawLongBits}, no tolerance, since the class claims fdlibm's exact bits (and
 * delegates NaN, ±∞ and |x| &gt; 2<sup>19</sup>·π/2 to StrictMath itself). A failure names the form, the input
 * bits and both results' bits.
 */
class FdlibmSinCosTest {

    private static final double PI_OVER_2 = Math.PI / 2;
    /** π/2 - PI_OVER_2 (the double below the exact value's error), for k·π/2 to about 1 ulp. */
    private static final double PI_OVER_2_LOW = 6.123233995736766e-17;

    // ---- special values and thresholds ----

    @Test
    void allFormsMatchStrictMathBitForBitOnSpecialValuesAndThresholds() {
        assertAllFormsMatch(specialValues());
    }

    @Test
    void nanAndInfinitiesGiveStrictMathsNaN() {
        double[] xs = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.longBitsToDouble(0x7ff0000000000001L), Double.longBitsToDouble(0xfff8000000000123L)};
        assertAllFormsMatch(xs);
        for (double x : xs) {
            assertEquals(Double.NaN, FdlibmSinCos.sin(x), 0.0);
            assertEquals(Double.NaN, FdlibmSinCos.cos(x), 0.0);
        }
    }

    // ---- random doubles ----

    @Test
    void sinMatchesStrictMathBitForBitOnRandomExponents() {
        double[] xs = randomExponents(new SplittableRandom(11), 1_000_000, -1022, 1023);
        for (double x : xs) {
            assertSameBits("sin", x, StrictMath.sin(x), FdlibmSinCos.sin(x));
        }
    }

    @Test
    void cosMatchesStrictMathBitForBitOnRandomExponents() {
        double[] xs = randomExponents(new SplittableRandom(12), 1_000_000, -1022, 1023);
        for (double x : xs) {
            assertSameBits("cos", x, StrictMath.cos(x), FdlibmSinCos.cos(x));
        }
    }

    @Test
    void sinCosFormsMatchStrictMathBitForBitOnRandomExponents() {
        assertSinCosFormsMatch(randomExponents(new SplittableRandom(13), 1_000_000, -1022, 1023));
    }

    /** Exponents 2^-30 .. 2^20: the kernels' tiny shortcut, both reductions and the delegation edge. */
    @Test
    void allFormsMatchStrictMathBitForBitOnRandomExponentsOfThePortedRange() {
        assertAllFormsMatch(randomExponents(new SplittableRandom(14), 1_000_000, -30, 20));
    }

    @Test
    void allFormsMatchStrictMathBitForBitUniformlyOnMinus40To40() {
        assertAllFormsMatch(uniform(new SplittableRandom(15), 500_000, 40));
    }

    @Test
    void allFormsMatchStrictMathBitForBitUniformlyOnMinusAMillionToAMillion() {
        assertAllFormsMatch(uniform(new SplittableRandom(16), 500_000, 1e6));
    }

    /**
     * Every k in 1..10^6 (and -k): the doubles within 3 ulps of k·π/2, where x - k·π/2 cancels the most
     * bits and the second and third Cody–Waite steps run (k beyond 2^19 tests the delegation).
     */
    @Test
    void allFormsMatchStrictMathBitForBitNearMultiplesOfHalfPi() {
        int perK = 7;
        double[] xs = new double[2 * perK * 1_000_000];
        int count = 0;
        for (int k = 1; k <= 1_000_000; k++) {
            double near = Math.fma(k, PI_OVER_2, k * PI_OVER_2_LOW);
            double x = Math.nextDown(Math.nextDown(Math.nextDown(near)));
            for (int u = 0; u < perK; u++) {
                xs[count++] = x;
                xs[count++] = -x;
                x = Math.nextUp(x);
            }
        }
        assertAllFormsMatch(xs);
    }

    // ---- the batch form ----

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 1000})
    void batchSinCosMatchesStrictMathAndWritesOnlyTheFirstMEntries(int m) {
        SplittableRandom random = new SplittableRandom(17 + m);
        int length = m + 3;
        double[] p = uniform(random, length, 40);
        double[] sin = new double[length];
        double[] cos = new double[length];
        Arrays.fill(sin, -7.0);
        Arrays.fill(cos, 7.0);
        double[] pBefore = p.clone();

        FdlibmSinCos.sinCos(p, sin, cos, m);

        for (int i = 0; i < m; i++) {
            assertSameBits("batch sin", p[i], StrictMath.sin(p[i]), sin[i]);
            assertSameBits("batch cos", p[i], StrictMath.cos(p[i]), cos[i]);
        }
        for (int i = m; i < length; i++) {
            assertEquals(-7.0, sin[i], 0.0, "sin beyond m untouched");
            assertEquals(7.0, cos[i], 0.0, "cos beyond m untouched");
        }
        assertEquals(Arrays.toString(pBefore), Arrays.toString(p), "p is read only");
    }

    @Test
    void pointSinCosWritesOnlyItsTwoIndices() {
        double[] out = {9.0, 9.0, 9.0, 9.0, 9.0};
        double x = 2.5;

        FdlibmSinCos.sinCos(x, out, 3, 1);

        assertSameBits("sinCos sin", x, StrictMath.sin(x), out[3]);
        assertSameBits("sinCos cos", x, StrictMath.cos(x), out[1]);
        assertEquals(9.0, out[0], 0.0);
        assertEquals(9.0, out[2], 0.0);
        assertEquals(9.0, out[4], 0.0);
    }

    // ---- inputs ----

    /**
     * ±0, subnormals, MIN_NORMAL, MAX_VALUE, 2^-27, and the thresholds of the ported branches (0.3 and
     * 0.78125 in the cosine kernel; π/4, π/2, 3π/4, 5π/4, 32·π/2, 2^19·π/2, 2^20·π/2; also the doubles whose
     * high word sits just at or past π/4, 3π/4 and 2^19·π/2), each with its 8 neighbours on either side,
     * in both signs.
     */
    private static double[] specialValues() {
        double[] centres = {0.0, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 0x1p-27, 0x1p-26,
            0.3, 0.78125, 1.0, Math.PI / 4, PI_OVER_2, 3 * Math.PI / 4, Math.PI, 5 * Math.PI / 4,
            32 * PI_OVER_2, 33 * PI_OVER_2, 0x1p19 * PI_OVER_2, 0x1p20 * PI_OVER_2,
            highWord(0x3fe921fb), highWord(0x3fe921fc), highWord(0x4002d97c), highWord(0x413921fb),
            highWord(0x413921fc), highWord(0x3fd33333), highWord(0x3fe90000), highWord(0x3e400000)};
        DoubleStream.Builder all = DoubleStream.builder();
        for (double c : centres) {
            double x = c;
            for (int i = 0; i <= 8; i++) {
                all.add(x).add(-x);
                x = Math.nextUp(x);
            }
            x = c;
            for (int i = 0; i < 8; i++) {
                x = Math.nextDown(x);
                all.add(x).add(-x);
            }
            double lastOfHighWord = Double.longBitsToDouble(Double.doubleToRawLongBits(c) | 0xffffffffL);
            all.add(lastOfHighWord).add(-lastOfHighWord);
        }
        all.add(Double.NaN).add(Double.POSITIVE_INFINITY).add(Double.NEGATIVE_INFINITY);
        return all.build().toArray();
    }

    /** The double whose high word is {@code hw} and low word 0. */
    private static double highWord(int hw) {
        return Double.longBitsToDouble((long) hw << 32);
    }

    /**
     * Finite doubles with a random sign, a binary exponent uniform in [minExponent, maxExponent] (-1022
     * stands for the subnormals too: its biased exponent 0 or 1 is drawn) and a random fraction.
     */
    private static double[] randomExponents(SplittableRandom random, int n, int minExponent, int maxExponent) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            long biased = random.nextInt(minExponent + 1023 - (minExponent == -1022 ? 1 : 0), maxExponent + 1024);
            long bits = (random.nextBoolean() ? 1L << 63 : 0L) | biased << 52
                    | (random.nextLong() & 0x000fffffffffffffL);
            xs[i] = Double.longBitsToDouble(bits);
        }
        return xs;
    }

    private static double[] uniform(SplittableRandom random, int n, double halfWidth) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = random.nextDouble(-halfWidth, halfWidth);
        }
        return xs;
    }

    // ---- assertions ----

    private static void assertAllFormsMatch(double[] xs) {
        for (double x : xs) {
            assertSameBits("sin", x, StrictMath.sin(x), FdlibmSinCos.sin(x));
            assertSameBits("cos", x, StrictMath.cos(x), FdlibmSinCos.cos(x));
        }
        assertSinCosFormsMatch(xs);
    }

    /** The point form (into one array, sin after cos) and the batch form over all of xs. */
    private static void assertSinCosFormsMatch(double[] xs) {
        double[] out = new double[2];
        for (double x : xs) {
            FdlibmSinCos.sinCos(x, out, 1, 0);
            assertSameBits("sinCos(x, out, ..) sin", x, StrictMath.sin(x), out[1]);
            assertSameBits("sinCos(x, out, ..) cos", x, StrictMath.cos(x), out[0]);
        }
        double[] sin = new double[xs.length];
        double[] cos = new double[xs.length];
        FdlibmSinCos.sinCos(xs, sin, cos, xs.length);
        for (int i = 0; i < xs.length; i++) {
            assertSameBits("batch sin", xs[i], StrictMath.sin(xs[i]), sin[i]);
            assertSameBits("batch cos", xs[i], StrictMath.cos(xs[i]), cos[i]);
        }
    }

    private static void assertSameBits(String form, double x, double expected, double actual) {
        long e = Double.doubleToRawLongBits(expected);
        long a = Double.doubleToRawLongBits(actual);
        if (e != a) {
            fail(String.format("%s(x) for x = %s (bits 0x%016x): StrictMath 0x%016x (%s), got 0x%016x (%s)",
                    form, x, Double.doubleToRawLongBits(x), e, expected, a, actual));
        }
    }
}
