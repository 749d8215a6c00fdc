package org.gdlab.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.BatchEvaluator;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.surface.builtin.Rosenbrock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Block (instruction-major) evaluation against per-point evaluation. Every block loop performs the same IEEE
 * operations in the same order as the per-point interpreter, so they must agree bit for bit: tolerance zero
 * (NaNs compared as NaN, via {@link Double#doubleToLongBits}, since Java does not promise NaN payloads).
 */
class BatchEvaluationTest {

    private static final int[] SIZES = {0, 1, 63, 64, 65, 1000};
    private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        0.0, -0.0, Double.MIN_VALUE, -Double.MAX_VALUE, 1e300, -1e-300, 1, -1, Math.PI};
    private static final double SENTINEL = 12345.678;

    @Test
    void blockEvaluationEqualsPerPointEvaluationBitForBitOnRandomFormulas() {
        RandomFormulas gen = new RandomFormulas(71L, false);
        SplittableRandom random = new SplittableRandom(72L);
        for (int f = 0; f < 3000; f++) {
            CompiledFormula c = FormulaSurface.parse(Printer.print(gen.next(5))).compiled();
            int n = SIZES[f % SIZES.length];
            // the default block size, and small ones so that n = 63, 64, 65, 1000 cross block boundaries
            int blockSize = switch (f / SIZES.length % 4) {
                case 0 -> Integer.MAX_VALUE; // replaced by the default below
                case 1 -> 1;
                case 2 -> 7;
                default -> 64;
            };
            double[] xs = points(random, n);
            double[] ys = points(random, n);
            check(c, xs, ys, n, blockSize == Integer.MAX_VALUE ? -1 : blockSize);
        }
    }

    @Test
    void typicalFormulasAgreeBitForBitAcrossSeveralDefaultBlocks() {
        SplittableRandom random = new SplittableRandom(73L);
        for (String text : List.of("(1-x)^2 + 100(y-x^2)^2", "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
                "-20exp(-0.2sqrt(0.5(x^2+y^2))) - exp(0.5(cos(2pi x)+cos(2pi y))) + e + 20",
                "sin(x)cos(y) + sin(x y) + 0.1cos(3x + 2y)", "x", "3", "abs(x) + sign(y) + floor(x y) + min(x, y)")) {
            CompiledFormula c = FormulaSurface.parse(text).compiled();
            for (int n : new int[] {0, 1, 255, 256, 257, 1000}) {
                check(c, points(random, n), points(random, n), n, -1);
            }
        }
    }

    @Test
    void constantOperandsRunAsScalarsWithTheSameResultsBitForBit() {
        SplittableRandom random = new SplittableRandom(74L);
        // one formula per scalar form of BlockCode, with the constant on either side where that is allowed
        for (String text : List.of("(2 - x)^2 + y", "(x - 3)^2 + y", "(x + 3)^2 + y", "(3 + x)^2 + y", "2x + y",
                "x*2 + y", "x/3 + y", "3/x + y", "x - 3 + y", "3 - x + y", "x + 3 + y", "2x y", "x y*2",
                "x y + 2", "x y - 2", "2 - x y", "2x + x y", "x y - 2y", "y - 2x", "x^2.5 + y", "min(x, 2) + y",
                "max(2, x) + y", "2^x + y", "(1-x)^2 + 100(y-x^2)^2")) {
            CompiledFormula c = FormulaSurface.parse(text).compiled();
            checkWithSpecialValues(c, random, 1, 65, 1000);
        }
        Compiler compiler = new Compiler();
        FormulaSurface rosenbrock = FormulaSurface.parse("(1-x)^2 + 100(y-x^2)^2");
        Program p = compiler.program(compiler.add(rosenbrock.expression()), compiler.add(rosenbrock.derivativeX()),
                compiler.add(rosenbrock.derivativeY()));
        assertTrue(p.blocks().scalarInstructionCount() >= 4, p.listing());
    }

    @Test
    void fusedPairsGiveTheResultsOfTheirTwoInstructionsBitForBit() {
        SplittableRandom random = new SplittableRandom(75L);
        java.util.Set<Integer> fusedSeen = new java.util.TreeSet<>();
        for (String text : List.of("(x^2 + y)^2", "(x^2 - y)^2", "(y - x^2)^2", "(x^2 + 3)^2 + y", "(x^2 - 3)^2 + y",
                "(3 - x^2)^2 + y", "x^2 y + 3x y^2", "2x^2 + y^2 - x y", "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
                "(1-x)^2 + 100(y-x^2)^2", "x y - 2x y^3", "5 - 3x y", "3x y - y")) {
            CompiledFormula c = FormulaSurface.parse(text).compiled();
            checkWithSpecialValues(c, random, 1, 65, 300, 1000);
            Compiler compiler = new Compiler();
            FormulaSurface s = FormulaSurface.parse(text);
            Program p = compiler.program(compiler.add(s.expression()), compiler.add(s.derivativeX()),
                    compiler.add(s.derivativeY()));
            for (int i = 0; i < p.blocks().blockInstructionCount(); i++) {
                if (p.blocks().blockOpcode(i) > BlockCode.MAX_K) {
                    fusedSeen.add(p.blocks().blockOpcode(i));
                }
            }
        }
        // some forms appear in value programs only ((x^2 + y)^2, 3x y - y): check those too
        for (String text : List.of("(x^2 + y)^2", "(x^2 - y)^2", "(y - x^2)^2", "(x^2 + 3)^2", "(x^2 - 3)^2",
                "(3 - x^2)^2", "3x y - y")) {
            Compiler compiler = new Compiler();
            Program p = compiler.program(compiler.add(FormulaSurface.parse(text).expression()));
            for (int i = 0; i < p.blocks().blockInstructionCount(); i++) {
                if (p.blocks().blockOpcode(i) > BlockCode.MAX_K) {
                    fusedSeen.add(p.blocks().blockOpcode(i));
                }
            }
        }
        assertEquals(9, fusedSeen.size(), "every fused form of BlockFusion occurs: " + fusedSeen);
        Compiler compiler = new Compiler();
        FormulaSurface rosenbrock = FormulaSurface.parse("(1-x)^2 + 100(y-x^2)^2");
        Program p = compiler.program(compiler.add(rosenbrock.expression()), compiler.add(rosenbrock.derivativeX()),
                compiler.add(rosenbrock.derivativeY()));
        assertEquals(6, p.blocks().blockInstructionCount(), "8 instructions, two pairs fused: " + p.listing());
    }

    /** {@link #check} for random points with the special values among them, default and 7-point blocks. */
    private static void checkWithSpecialValues(CompiledFormula c, SplittableRandom random, int... sizes) {
        for (int n : sizes) {
            double[] xs = points(random, n);
            double[] ys = points(random, n);
            for (int k = 0; k < SPECIAL.length && k < n; k++) {
                xs[k] = SPECIAL[k];
                ys[n - 1 - k] = SPECIAL[k];
            }
            check(c, xs, ys, n, -1);
            check(c, xs, ys, n, 7);
        }
    }

    /** Compares values and valuesAndGradients (blockSize -1: the default) with value, gradient, valueAndGradient. */
    private static void check(CompiledFormula c, double[] xs, double[] ys, int n, int blockSize) {
        double[] v1 = filled(n + 3);
        double[] v2 = filled(n + 3);
        double[] gx = filled(n + 3);
        double[] gy = filled(n + 3);
        double[] xsCopy = xs.clone();
        double[] ysCopy = ys.clone();
        if (blockSize < 0) {
            c.values(xs, ys, v1, n);
            c.valuesAndGradients(xs, ys, v2, gx, gy, n);
        } else {
            c.values(xs, ys, v1, n, blockSize);
            c.valuesAndGradients(xs, ys, v2, gx, gy, n, blockSize);
        }
        double[] one = new double[3];
        for (int i = 0; i < n; i++) {
            int k = i;
            Supplier<String> where = () -> c.gradientInstructionCount() + " instructions, n " + n + ", block "
                    + blockSize + ", point " + k + " (" + xs[k] + ", " + ys[k] + ")";
            c.valueAndGradient(xs[i], ys[i], one);
            Vec2 g = c.gradient(xs[i], ys[i]);
            assertBits(c.value(xs[i], ys[i]), v1[i], () -> where.get() + " values");
            assertBits(one[0], v2[i], () -> where.get() + " value");
            assertBits(one[1], gx[i], () -> where.get() + " gx");
            assertBits(one[2], gy[i], () -> where.get() + " gy");
            assertBits(g.x(), gx[i], () -> where.get() + " gradient x");
            assertBits(g.y(), gy[i], () -> where.get() + " gradient y");
        }
        for (double[] out : List.of(v1, v2, gx, gy)) {
            for (int i = n; i < n + 3; i++) {
                assertBits(SENTINEL, out[i], "entry " + i + " beyond n = " + n + " was written");
            }
        }
        assertEquals(Arrays.toString(xsCopy), Arrays.toString(xs), "xs modified");
        assertEquals(Arrays.toString(ysCopy), Arrays.toString(ys), "ys modified");
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 300}) // several blocks; one block (outputs may then be computed in place)
    void anOutputMayBeTheInputArray(int blockSize) {
        CompiledFormula c = FormulaSurface.parse("x^2 y + sin(y) - 3x").compiled();
        SplittableRandom random = new SplittableRandom(74L);
        double[] xs = points(random, 300);
        double[] ys = points(random, 300);
        double[] expected = new double[300];
        double[] gx = new double[300];
        double[] gy = new double[300];
        for (int i = 0; i < 300; i++) {
            expected[i] = c.value(xs[i], ys[i]);
            gx[i] = c.gradient(xs[i], ys[i]).x();
            gy[i] = c.gradient(xs[i], ys[i]).y();
        }
        double[] xsInPlace = xs.clone();
        double[] ysInPlace = ys.clone();
        c.values(xsInPlace, ys, xsInPlace, 300, blockSize);
        double[] gyInPlace = new double[300];
        c.valuesAndGradients(xs, ysInPlace, xs.clone(), ysInPlace, gyInPlace, 300, blockSize);
        for (int i = 0; i < 300; i++) {
            assertBits(expected[i], xsInPlace[i], "values into xs, point " + i);
            assertBits(gx[i], ysInPlace[i], "gx into ys, point " + i);
            assertBits(gy[i], gyInPlace[i], "gy, point " + i);
        }
    }

    @Test
    void blockEvaluationGivesTheSameResultsFromSeveralThreads() throws Exception {
        CompiledFormula c = FormulaSurface.parse("(x^2 + y - 11)^2 + (x + y^2 - 7)^2 + 3(x - y)^2*x + cos(x y)")
                .compiled();
        double[] xs = points(new SplittableRandom(75L), 1000);
        double[] ys = points(new SplittableRandom(76L), 1000);
        Callable<double[]> work = () -> {
            double[] v = new double[1000];
            double[] gx = new double[1000];
            double[] gy = new double[1000];
            double[] sum = new double[3000];
            for (int k = 0; k < 200; k++) {
                c.valuesAndGradients(xs, ys, v, gx, gy, 1000);
                for (int i = 0; i < 1000; i++) {
                    sum[3 * i] += v[i];
                    sum[3 * i + 1] += gx[i];
                    sum[3 * i + 2] += gy[i];
                }
            }
            return sum;
        };
        double[] expected = work.call();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<double[]> result : pool.invokeAll(List.of(work, work, work, work))) {
                double[] actual = result.get();
                for (int i = 0; i < expected.length; i++) {
                    assertBits(expected[i], actual[i], "entry " + i);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void scratchRegistersShareRowsOnceTheirValuesAreDead() {
        // 1 + x + x^2 + ... + x^12: each power is read by the next one and by one addition, so few are alive
        StringBuilder text = new StringBuilder("1");
        for (int p = 1; p <= 12; p++) {
            text.append(" + x^").append(p).append(" * ").append(p + 1);
        }
        Compiler compiler = new Compiler();
        FormulaSurface s = FormulaSurface.parse(text.toString());
        Program p = compiler.program(compiler.add(s.expression()), compiler.add(s.derivativeX()),
                compiler.add(s.derivativeY()));
        int constantsAndInputs = p.blocks().rowCount() - scratchRows(p);
        // without renaming there is at least one scratch register per instruction
        assertTrue(scratchRows(p) * 2 < p.size(), scratchRows(p) + " rows for " + p.size() + " instructions, "
                + constantsAndInputs + " input and constant rows");
    }

    /** @return the rows beyond x, y and the constants */
    private static int scratchRows(Program p) {
        return p.blocks().rowCount() - p.blocks().constantRowsEnd();
    }

    @Test
    void badArgumentsAreRefusedBeforeAnythingIsWritten() {
        CompiledFormula c = FormulaSurface.parse("x + y").compiled();
        double[] five = filled(5);
        double[] four = filled(4);
        assertThrows(IllegalArgumentException.class, () -> c.values(five, five, four, 5));
        assertThrows(IllegalArgumentException.class, () -> c.values(five, five, five, -1));
        assertThrows(IllegalArgumentException.class, () -> c.valuesAndGradients(five, four, five.clone(),
                five.clone(), five.clone(), 5));
        assertThrows(IllegalArgumentException.class, () -> c.valuesAndGradients(four, four, four, four,
                four.clone(), 4));
        for (double v : four) {
            assertBits(SENTINEL, v, "written although refused");
        }
    }

    @Test
    void defaultBatchMethodsEqualPerPointCallsOfABuiltInSurface() {
        CostFunction f = new Rosenbrock();
        SplittableRandom random = new SplittableRandom(77L);
        double[] xs = points(random, 65);
        double[] ys = points(random, 65);
        double[] v = filled(66);
        double[] v2 = filled(66);
        double[] gx = filled(66);
        double[] gy = filled(66);
        f.values(xs, ys, v, 65);
        f.valuesAndGradients(xs, ys, v2, gx, gy, 65);
        for (int i = 0; i < 65; i++) {
            Vec2 g = f.gradient(xs[i], ys[i]);
            assertBits(f.value(xs[i], ys[i]), v[i], "value " + i);
            assertBits(f.value(xs[i], ys[i]), v2[i], "value " + i);
            assertBits(g.x(), gx[i], "gx " + i);
            assertBits(g.y(), gy[i], "gy " + i);
        }
        assertBits(SENTINEL, v[65], "beyond n");
        assertThrows(IllegalArgumentException.class, () -> f.values(xs, ys, new double[3], 65));
        assertThrows(IllegalArgumentException.class, () -> f.valuesAndGradients(xs, ys, v, v, gy, 65));
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 256, 600})
    void anOutputThatIsXStillReadsTheOriginalXWhenTheValueOverwritesTheInputArray(int n) {
        // ∂C/∂x = x: output 1 is register x itself; the value is written over xs
        CompiledFormula c = FormulaSurface.parse("x^2/2 + y").compiled();
        SplittableRandom random = new SplittableRandom(80L);
        double[] xs = points(random, n);
        double[] ys = points(random, n);
        double[] original = xs.clone();
        double[] gx = new double[n];
        double[] gy = new double[n];
        double[] xs2 = original.clone();
        double[] gx2 = new double[n];
        double[] gy2 = new double[n];
        c.valuesAndGradients(xs, ys, xs, gx, gy, n, c.newWorkspace());
        c.valuesAndGradients(xs2, ys, xs2, gx2, gy2, n); // the allocating call too
        for (int i = 0; i < n; i++) {
            assertBits(xs[i], xs2[i], "allocating value " + i);
            assertBits(gx[i], gx2[i], "allocating gx " + i);
            assertBits(gy[i], gy2[i], "allocating gy " + i);
            double[] one = new double[3];
            c.valueAndGradient(original[i], ys[i], one);
            assertBits(one[0], xs[i], "value " + i);
            assertBits(one[1], gx[i], "gx " + i);
            assertBits(one[2], gy[i], "gy " + i);
        }
    }

    @Test
    void aWorkspaceGivesTheResultsOfTheAllocatingCallsBitForBitAcrossSizesAndCalls() {
        RandomFormulas gen = new RandomFormulas(78L, false);
        SplittableRandom random = new SplittableRandom(79L);
        // one workspace: growing, shrinking, repeated n; one block below 256 points, one block in place, several blocks
        int[] sizes = {65, 1, 1000, 0, 64, 255, 256, 2600, 63, 257, 3, 1024, 1000};
        for (int f = 0; f < 300; f++) {
            CompiledFormula c = FormulaSurface.parse(Printer.print(gen.next(5))).compiled();
            CompiledFormula.Workspace w = c.newWorkspace();
            for (int n : sizes) {
                double[] xs = points(random, n);
                double[] ys = points(random, n);
                double[] v1 = filled(n + 3);
                double[] v2 = filled(n + 3);
                double[] gx = filled(n + 3);
                double[] gy = filled(n + 3);
                double[] w1 = filled(n + 3);
                double[] w2 = filled(n + 3);
                double[] wx = filled(n + 3);
                double[] wy = filled(n + 3);
                c.values(xs, ys, v1, n);
                c.valuesAndGradients(xs, ys, v2, gx, gy, n);
                c.values(xs, ys, w1, n, w);
                c.valuesAndGradients(xs, ys, w2, wx, wy, n, w);
                for (int i = 0; i < n + 3; i++) { // beyond n: both still hold the sentinel
                    String where = c.gradientInstructionCount() + " instructions, n " + n + ", entry " + i;
                    assertBits(v1[i], w1[i], where + " values");
                    assertBits(v2[i], w2[i], where + " value");
                    assertBits(gx[i], wx[i], where + " gx");
                    assertBits(gy[i], wy[i], where + " gy");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 300, 2500}) // copied in and out, one block in place, several blocks
    void aWorkspaceAcceptsAnOutputThatIsTheInputArray(int n) {
        CompiledFormula c = FormulaSurface.parse("x^2 y + sin(y) - 3x").compiled();
        CompiledFormula.Workspace w = c.newWorkspace();
        SplittableRandom random = new SplittableRandom(80L);
        for (int call = 0; call < 3; call++) {
            double[] xs = points(random, n);
            double[] ys = points(random, n);
            double[] expected = new double[n];
            double[] gx = new double[n];
            double[] gy = new double[n];
            c.valuesAndGradients(xs, ys, expected, gx, gy, n);
            double[] xsInPlace = xs.clone();
            c.values(xsInPlace, ys, xsInPlace, n, w);
            double[] ysInPlace = ys.clone();
            double[] gyOut = new double[n];
            c.valuesAndGradients(xs, ysInPlace, xs.clone(), ysInPlace, gyOut, n, w);
            for (int i = 0; i < n; i++) {
                assertBits(expected[i], xsInPlace[i], "call " + call + ", values into xs, point " + i);
                assertBits(gx[i], ysInPlace[i], "call " + call + ", gx into ys, point " + i);
                assertBits(gy[i], gyOut[i], "call " + call + ", gy, point " + i);
            }
        }
    }

    @Test
    void aWorkspaceOfAnotherFormulaIsRefusedBeforeAnythingIsWritten() {
        CompiledFormula c = FormulaSurface.parse("x + y").compiled();
        CompiledFormula same = FormulaSurface.parse("x + y").compiled(); // equal text, still another formula
        CompiledFormula.Workspace other = same.newWorkspace();
        double[] five = filled(5);
        double[] a = filled(5);
        double[] b = filled(5);
        double[] d = filled(5);
        assertThrows(IllegalArgumentException.class, () -> c.values(five, five, a, 5, other));
        assertThrows(IllegalArgumentException.class, () -> c.valuesAndGradients(five, five, a, b, d, 5, other));
        assertThrows(IllegalArgumentException.class, () -> c.values(five, five, a, 5, null));
        assertThrows(IllegalArgumentException.class,
                () -> c.valuesAndGradients(five, five, a, a, d, 5, c.newWorkspace()));
        for (double[] out : List.of(a, b, d)) {
            for (double v : out) {
                assertBits(SENTINEL, v, "written although refused");
            }
        }
    }

    @Test
    void callsWithAWorkspaceAllocateNothing() {
        // HotSpot counts the bytes each thread allocates; 200 calls that allocated even one small object each
        // would add at least 200 × 16 bytes, so 1 KiB leaves room only for the counter's own noise
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "needs HotSpot's allocation counter");
        com.sun.management.ThreadMXBean hotspot = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(hotspot.isThreadAllocatedMemorySupported() && hotspot.isThreadAllocatedMemoryEnabled());
        CompiledFormula c = FormulaSurface.parse("(1-x)^2 + 100(y-x^2)^2 + sin(x y)").compiled();
        CompiledFormula.Workspace w = c.newWorkspace();
        SplittableRandom random = new SplittableRandom(81L);
        double[] xs = points(random, 600);
        double[] ys = points(random, 600);
        double[] v = new double[600];
        double[] gx = new double[600];
        double[] gy = new double[600];
        int[] sizes = {600, 64, 1};
        for (int n : sizes) { // warm up (class loading, first calls)
            c.values(xs, ys, v, n, w);
            c.valuesAndGradients(xs, ys, v, gx, gy, n, w);
        }
        long id = Thread.currentThread().getId();
        long before = hotspot.getThreadAllocatedBytes(id);
        for (int call = 0; call < 100; call++) {
            int n = sizes[call % sizes.length];
            c.values(xs, ys, v, n, w);
            c.valuesAndGradients(xs, ys, v, gx, gy, n, w);
        }
        long allocated = hotspot.getThreadAllocatedBytes(id) - before;
        assertTrue(allocated < 1024, "200 calls with a workspace allocated " + allocated + " bytes");
    }

    @Test
    void batchEvaluatorsGiveThePlainBatchResults() {
        SplittableRandom random = new SplittableRandom(82L);
        double[] xs = points(random, 300);
        double[] ys = points(random, 300);
        for (CostFunction f : List.of(new Rosenbrock(), FormulaSurface.parse("(1-x)^2 + 100(y-x^2)^2"))) {
            BatchEvaluator e = BatchEvaluator.of(f);
            for (int n : new int[] {300, 17, 300}) {
                double[] v = filled(n);
                double[] v2 = filled(n);
                double[] gx = filled(n);
                double[] gy = filled(n);
                double[] ev = filled(n);
                double[] ev2 = filled(n);
                double[] egx = filled(n);
                double[] egy = filled(n);
                f.values(xs, ys, v, n);
                f.valuesAndGradients(xs, ys, v2, gx, gy, n);
                e.values(xs, ys, ev, n);
                e.valuesAndGradients(xs, ys, ev2, egx, egy, n);
                for (int i = 0; i < n; i++) {
                    String where = f + ", n " + n + ", point " + i;
                    assertBits(v[i], ev[i], where + " values");
                    assertBits(v2[i], ev2[i], where + " value");
                    assertBits(gx[i], egx[i], where + " gx");
                    assertBits(gy[i], egy[i], where + " gy");
                }
            }
        }
    }

    /** n points: a quarter special values (NaN, ±∞, ±0, extremes), the rest uniform in [−3, 3). */
    private static double[] points(SplittableRandom random, int n) {
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = random.nextInt(4) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)] : random.nextDouble(-3, 3);
        }
        return p;
    }

    private static double[] filled(int n) {
        double[] a = new double[n];
        Arrays.fill(a, SENTINEL);
        return a;
    }

    private static void assertBits(double expected, double actual, String where) {
        assertBits(expected, actual, () -> where);
    }

    private static void assertBits(double expected, double actual, Supplier<String> where) {
        if (Double.doubleToLongBits(expected) != Double.doubleToLongBits(actual)) {
            fail(where.get() + ": expected " + expected + ", got " + actual);
        }
    }
}
