package org.gdlab.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The optimised program (accumulator operands, superinstructions, constant folding) against the reference
 * program (every operand from a register, one operation per instruction). Both perform the same IEEE
 * operations in the same order, so they must agree bit for bit: tolerance zero.
 */
class CompilerTest {

    @Test
    void optimisedProgramsEqualTheReferenceProgramBitForBitOnRandomFormulas() {
        RandomFormulas gen = new RandomFormulas(31L, false);
        SplittableRandom points = new SplittableRandom(32L);
        int fusedSeen = 0;
        for (int i = 0; i < 3000; i++) {
            FormulaSurface s = FormulaSurface.parse(Printer.print(gen.next(5)));
            Compiler c = new Compiler();
            int[] ids = {c.add(s.expression()), c.add(s.derivativeX()), c.add(s.derivativeY())};
            Program fast = c.program(ids);
            Program reference = c.program(false, ids);
            for (int k = 0; k < fast.size(); k++) {
                fusedSeen += Op.fused(fast.opcode(k)) ? 1 : 0;
            }
            for (int k = 0; k < 4; k++) {
                double x = k == 3 ? Double.NaN : k == 2 ? Double.POSITIVE_INFINITY : points.nextDouble(-3, 3);
                double y = k == 2 ? -0.0 : points.nextDouble(-3, 3);
                double[] rf = fast.run(x, y);
                double[] rr = reference.run(x, y);
                for (int o = 0; o < 3; o++) {
                    assertEquals(Double.doubleToLongBits(reference.output(rr, o)),
                            Double.doubleToLongBits(fast.output(rf, o)),
                            Printer.print(s.expression()) + " output " + o + " at " + x + ", " + y + "\n"
                                    + fast.listing());
                }
            }
        }
        assertTrue(fusedSeen > 1000, "superinstructions exercised only " + fusedSeen + " times");
    }

    @Test
    void rosenbrockValueAndGradientNeedEightInstructions() {
        // (1-x)^2, x^2, (y-x^2)^2, 100·that + (1-x)^2, then -2(1-x), 400(y-x^2), ·x and subtract, 200(y-x^2)
        FormulaSurface s = FormulaSurface.parse("(1-x)^2 + 100(y-x^2)^2");
        assertEquals(8, s.compiled().gradientInstructionCount());
    }

    @Test
    void sinAndCosOfOneArgumentAreComputedByOneSinCosInstruction() {
        FormulaSurface s = FormulaSurface.parse("sin(x)cos(y) + sin(x y) + 0.1cos(3x + 2y)");
        Compiler c = new Compiler();
        int[] ids = {c.add(s.expression()), c.add(s.derivativeX()), c.add(s.derivativeY())};
        Program gradient = c.program(ids);
        int[] count = new int[Op.COUNT];
        for (int k = 0; k < gradient.size(); k++) {
            count[gradient.opcode(k)]++;
        }
        // sin and cos of x, y, xy and 3x + 2y: four arguments, one reduction each
        assertEquals(4, count[Op.SINCOS], gradient.listing());
        assertEquals(0, count[Op.SIN] + count[Op.COS], gradient.listing());
        Program value = c.program(ids[0]);
        boolean anySinCos = false;
        for (int k = 0; k < value.size(); k++) {
            anySinCos |= value.opcode(k) == Op.SINCOS;
        }
        assertEquals(false, anySinCos, "the value alone needs no cos of sin's arguments: " + value.listing());
    }

    @Test
    void formulaSinAndCosAreStrictMathsBitForBitInEveryEvaluationPath() {
        CompiledFormula c = FormulaSurface.parse("sin(x) + cos(y)").compiled();
        CompiledFormula product = FormulaSurface.parse("sin(x) cos(x)").compiled();
        SplittableRandom random = new SplittableRandom(33L);
        int n = 2000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = i % 2 == 0 ? random.nextDouble(-50, 50) : Double.longBitsToDouble(random.nextLong());
            ys[i] = random.nextDouble(-1e6, 1e6);
        }
        double[] value = new double[n];
        double[] gx = new double[n];
        double[] gy = new double[n];
        c.valuesAndGradients(xs, ys, value, gx, gy, n);
        double[] one = new double[3];
        for (int i = 0; i < n; i++) {
            double x = xs[i];
            double y = ys[i];
            String where = "at (" + x + ", " + y + ")";
            // d/dx sin x = cos x and d/dy cos y = -sin y: the gradient shows StrictMath's values exactly
            assertEquals(Double.doubleToLongBits(StrictMath.cos(x)), Double.doubleToLongBits(gx[i]), where);
            assertEquals(Double.doubleToLongBits(-StrictMath.sin(y)), Double.doubleToLongBits(gy[i]), where);
            assertEquals(Double.doubleToLongBits(StrictMath.sin(x) + StrictMath.cos(y)),
                    Double.doubleToLongBits(c.value(x, y)), where);
            product.valueAndGradient(x, y, one);
            assertEquals(Double.doubleToLongBits(StrictMath.sin(x) * StrictMath.cos(x)),
                    Double.doubleToLongBits(one[0]), where);
        }
    }

    @Test
    void operationsOnConstantsAreFoldedAtCompileTime() {
        Compiler c = new Compiler();
        // (-2)(3+4)/(-(0.5))^2 is one constant; x*(-2)*7 is not folded: it is (x*(-2))*7, as typed
        int id = c.add(Parser.parse("(-2)*(3+4)/(-(0.5))^2 * x"));
        Program p = c.program(id);
        assertEquals(1, p.size(), p.listing());
        double[] r = p.run(1.5, 0);
        assertEquals(Double.doubleToLongBits((-2.0 * 7 / 0.25) * 1.5), Double.doubleToLongBits(p.output(r, 0)));
    }

    @Test
    void fusedProgramsGiveTheSameResultsFromSeveralThreads() throws Exception {
        // squaring superinstructions also write the value before squaring: each run must use its own registers
        FormulaSurface s = FormulaSurface.parse("(x^2 + y - 11)^2 + (x + y^2 - 7)^2 + 3(x - y)^2*x");
        Callable<Double> work = () -> {
            double[] out = new double[3];
            double sum = 0;
            for (int i = 0; i < 50_000; i++) {
                s.compiled().valueAndGradient(-5 + i * 2e-4, 0.3 - i * 1e-4, out);
                sum += out[0] + 3 * out[1] + 7 * out[2];
            }
            return sum;
        };
        double expected = work.call();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Double>> results = pool.invokeAll(List.of(work, work, work, work));
            for (Future<Double> r : results) {
                assertEquals(expected, r.get(), 0);
            }
        } finally {
            pool.shutdown();
        }
    }
}
