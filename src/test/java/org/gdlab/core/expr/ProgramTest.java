package org.gdlab.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Each accumulator-mode instruction and superinstruction against its unfused meaning, written out as
 * separate Java statements. They must agree bit for bit (NaN compared as NaN), because a superinstruction
 * performs the same IEEE operations in the same order; so the tolerance is zero. Operands include NaN, ±∞,
 * ±0, subnormals, the largest doubles and random bit patterns, so NaN/∞ propagation is checked too.
 */
class ProgramTest {

    private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1, -1, 1e154, 1e-160};

    /*
     * The test program: registers 0 = x (the accumulator's value), 1 = y, 2 = s (a constant), 3 = 1.0;
     * instruction 0 puts x·1 = x (exactly) in the accumulator and r4; instruction 1 is the op under test,
     * with a = 1 (y), b = 1 or 2, c = 2 (s) or, for the squaring ops, the register 6 that receives the
     * value before squaring. Outputs: r5 and r6.
     */
    private static double[] run(int op, double x, double y, double s) {
        boolean squaring = op >= Op.ADD_A_SQUARE && op <= Op.ADD_R_SQUARE;
        int a = 1;
        int b = op >= Op.MUL_R_ADD && op <= Op.MUL_R_MUL || op == Op.SUB_R_SQUARE || op == Op.ADD_R_SQUARE ? 2 : 1;
        int c = squaring ? 6 : 2;
        int[] code = {Op.MUL_R | 4 << 8, 0, 3, 0, op | 5 << 8, a, b, c};
        Program p = new Program(new double[] {0, 0, s, 1.0}, code, 3, new int[] {5, 6});
        double[] r = p.run(x, y);
        return new double[] {p.output(r, 0), p.output(r, 1)};
    }

    /** @return {result, value stored before squaring (or NaN)} as separate IEEE operations */
    private static double[] meaning(int op, double acc, double y, double s) {
        double t;
        switch (op) {
            case Op.NEG_A: return pair(-acc);
            case Op.ADD_A: return pair(acc + y);
            case Op.SUB_A: return pair(acc - y);
            case Op.SUB_RA: return pair(y - acc);
            case Op.MUL_A: return pair(acc * y);
            case Op.DIV_A: return pair(acc / y);
            case Op.DIV_RA: return pair(y / acc);
            case Op.SQUARE_A: return pair(acc * acc);
            case Op.CUBE_A: t = acc * acc; return pair(t * acc);
            case Op.RECIPROCAL_A: return pair(1 / acc);
            case Op.MUL_A_ADD: t = acc * y; return pair(t + s);
            case Op.MUL_A_SUB: t = acc * y; return pair(t - s);
            case Op.MUL_A_RSUB: t = acc * y; return pair(s - t);
            case Op.MUL_A_MUL: t = acc * y; return pair(t * s);
            case Op.MUL_R_ADD: t = y * s; return pair(t + acc);
            case Op.MUL_R_SUB: t = y * s; return pair(t - acc);
            case Op.MUL_R_RSUB: t = y * s; return pair(acc - t);
            case Op.MUL_R_MUL: t = y * s; return pair(t * acc);
            case Op.ADD_A_SQUARE: t = acc + y; return new double[] {t * t, t};
            case Op.SUB_A_SQUARE: t = acc - y; return new double[] {t * t, t};
            case Op.SUB_RA_SQUARE: t = y - acc; return new double[] {t * t, t};
            case Op.SUB_R_SQUARE: t = y - s; return new double[] {t * t, t};
            case Op.ADD_R_SQUARE: t = y + s; return new double[] {t * t, t};
            default: throw new AssertionError(Op.name(op));
        }
    }

    private static double[] pair(double v) {
        return new double[] {v, Double.NaN};
    }

    @ParameterizedTest
    @ValueSource(ints = {Op.NEG_A, Op.ADD_A, Op.SUB_A, Op.SUB_RA, Op.MUL_A, Op.DIV_A, Op.DIV_RA, Op.SQUARE_A,
        Op.CUBE_A, Op.RECIPROCAL_A, Op.MUL_A_ADD, Op.MUL_A_SUB, Op.MUL_A_RSUB, Op.MUL_A_MUL, Op.MUL_R_ADD,
        Op.MUL_R_SUB, Op.MUL_R_RSUB, Op.MUL_R_MUL, Op.ADD_A_SQUARE, Op.SUB_A_SQUARE, Op.SUB_RA_SQUARE,
        Op.SUB_R_SQUARE, Op.ADD_R_SQUARE})
    void accumulatorAndFusedInstructionsEqualTheirUnfusedMeaningBitForBit(int op) {
        SplittableRandom random = new SplittableRandom(40L + op);
        for (int i = 0; i < 3000; i++) {
            double x = pick(random);
            double y = pick(random);
            double s = pick(random);
            double[] expected = meaning(op, x, y, s);
            double[] actual = run(op, x, y, s);
            String where = Op.name(op) + " at acc=" + x + " y=" + y + " s=" + s;
            assertEquals(Double.doubleToLongBits(expected[0]), Double.doubleToLongBits(actual[0]), where);
            if (!Double.isNaN(expected[1]) || op >= Op.ADD_A_SQUARE && op <= Op.ADD_R_SQUARE) {
                assertEquals(Double.doubleToLongBits(expected[1]), Double.doubleToLongBits(actual[1]), where);
            }
        }
    }

    private static double pick(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> SPECIAL[random.nextInt(SPECIAL.length)];
            case 1 -> Double.longBitsToDouble(random.nextLong());
            default -> random.nextDouble(-10, 10);
        };
    }

    @Test
    void everyOpcodeHasAName() {
        for (int op = 0; op < Op.COUNT; op++) {
            assertEquals(false, Op.name(op).startsWith("?"), "opcode " + op);
        }
    }

    @Test
    void aDestinationOutsideTheScratchRegistersIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Program(new double[] {0, 0}, new int[] {Op.ADD_R | 1 << 8, 0, 1, 0}, 1, new int[] {2}));
    }
}
