package org.gdlab.core.expr;

import java.util.Arrays;

/**
 * A straight-line register program with an accumulator: the compiled form of one or more formulas sharing
 * their common subexpressions. Immutable, thread-safe: each run uses its own register array.
 *
 * <p>Registers: 0 holds x, 1 holds y, then the constants, then one register per computed value. Every
 * instruction leaves its result in the accumulator {@code acc} (a local variable, so a CPU register) and
 * also stores it in its destination register. An operand is either a register or, when it
 * is the result of the instruction just before, the accumulator: the opcode says which (suffix {@code _A}
 * for "left operand is acc", {@code _RA} for "right operand is acc"). Reading the accumulator keeps the
 * dependency chain in CPU registers instead of a store followed by a load of the same memory.
 *
 * <p>Superinstructions ({@link Op#fused}) perform two arithmetic operations; each one performs exactly the
 * same IEEE operations, in the same order, as the two instructions it replaces (no {@code Math.fma}), so
 * fusing never changes a result. One {@code switch} on an int per instruction; no parsing, no look-ups, no
 * boxing. Instructions are packed four ints each: {@code opcode | destination << 8}, a, b, c.
 */
final class Program {

    /** Block evaluation keeps registers × blockSize doubles; aim for about 64 KiB (L1/L2-resident). */
    private static final int BLOCK_BUDGET = 8192;

    private final double[] initial;
    private final int constantsEnd;
    private final int[] code;
    private final int[] outputs;
    private final int blockSize;

    /**
     * @param initial registers before the run: x, y (overwritten), then the constants (copied)
     * @param code    the packed instructions, four ints each: opcode | destination &lt;&lt; 8, a, b, c (copied)
     * @param scratch the number of registers after the constants (the destinations)
     * @param outputs the registers that hold the results (copied)
     */
    Program(double[] initial, int[] code, int scratch, int[] outputs) {
        if (code.length % 4 != 0) {
            throw new IllegalArgumentException("code length " + code.length);
        }
        int first = initial.length;
        this.initial = Arrays.copyOf(initial, initial.length + scratch);
        for (int pc = 0; pc < code.length; pc += 4) {
            int d = code[pc] >>> 8;
            if (d < first || d >= this.initial.length) {
                throw new IllegalArgumentException("destination " + d);
            }
        }
        this.constantsEnd = first;
        this.code = code.clone();
        this.outputs = outputs.clone();
        int rows = this.initial.length;
        this.blockSize = Math.max(16, Math.min(256, Integer.highestOneBit(Math.max(1, BLOCK_BUDGET / rows))));
    }

    /** @return the number of points a block holds by default (16 to 256, fewer for larger programs) */
    int blockSize() {
        return blockSize;
    }

    /** @return the number of instructions */
    int size() {
        return code.length / 4;
    }

    /** @return the opcode of instruction i (for tests) */
    int opcode(int i) {
        return code[4 * i] & 0xFF;
    }

    /** @return the register array after running on (x, y); read results with {@link #output} */
    double[] run(double x, double y) {
        final double[] r = initial.clone(); // constants in place, no separate zeroing
        r[0] = x;
        r[1] = y;
        final int[] k = code;
        final int n = k.length;
        double acc = 0;
        for (int pc = 0; pc < n; pc += 4) {
            final int a = k[pc + 1];
            final int b = k[pc + 2];
            final int w = k[pc];
            switch (w & 0xFF) {
                case Op.NEG_R: acc = -r[a]; break;
                case Op.NEG_A: acc = -acc; break;
                case Op.ADD_R: acc = r[a] + r[b]; break;
                case Op.ADD_A: acc = acc + r[b]; break;
                case Op.SUB_R: acc = r[a] - r[b]; break;
                case Op.SUB_A: acc = acc - r[b]; break;
                case Op.SUB_RA: acc = r[a] - acc; break;
                case Op.MUL_R: acc = r[a] * r[b]; break;
                case Op.MUL_A: acc = acc * r[b]; break;
                case Op.DIV_R: acc = r[a] / r[b]; break;
                case Op.DIV_A: acc = acc / r[b]; break;
                case Op.DIV_RA: acc = r[a] / acc; break;
                case Op.SQUARE_R: { double u = r[a]; acc = u * u; break; }
                case Op.SQUARE_A: acc = acc * acc; break;
                case Op.CUBE_R: { double u = r[a]; acc = u * u * u; break; }
                case Op.CUBE_A: acc = acc * acc * acc; break;
                case Op.RECIPROCAL_R: acc = 1 / r[a]; break;
                case Op.RECIPROCAL_A: acc = 1 / acc; break;
                // superinstructions: (acc op1 r[b]) op2 r[c], (r[a] op1 r[b]) op2 acc, ...
                case Op.MUL_A_ADD: acc = acc * r[b] + r[k[pc + 3]]; break;
                case Op.MUL_A_SUB: acc = acc * r[b] - r[k[pc + 3]]; break;
                case Op.MUL_A_RSUB: acc = r[k[pc + 3]] - acc * r[b]; break;
                case Op.MUL_A_MUL: acc = acc * r[b] * r[k[pc + 3]]; break;
                case Op.MUL_R_ADD: acc = r[a] * r[b] + acc; break;
                case Op.MUL_R_SUB: acc = r[a] * r[b] - acc; break;
                case Op.MUL_R_RSUB: acc = acc - r[a] * r[b]; break;
                case Op.MUL_R_MUL: acc = r[a] * r[b] * acc; break;
                case Op.ADD_A_SQUARE: { double u = acc + r[b]; r[k[pc + 3]] = u; acc = u * u; break; }
                case Op.SUB_A_SQUARE: { double u = acc - r[b]; r[k[pc + 3]] = u; acc = u * u; break; }
                case Op.SUB_RA_SQUARE: { double u = r[a] - acc; r[k[pc + 3]] = u; acc = u * u; break; }
                case Op.SUB_R_SQUARE: { double u = r[a] - r[b]; r[k[pc + 3]] = u; acc = u * u; break; }
                case Op.ADD_R_SQUARE: { double u = r[a] + r[b]; r[k[pc + 3]] = u; acc = u * u; break; }
                case Op.POW: acc = Math.pow(r[a], r[b]); break;
                case Op.SIN: acc = Math.sin(r[a]); break;
                case Op.COS: acc = Math.cos(r[a]); break;
                case Op.TAN: acc = Math.tan(r[a]); break;
                case Op.ASIN: acc = Math.asin(r[a]); break;
                case Op.ACOS: acc = Math.acos(r[a]); break;
                case Op.ATAN: acc = Math.atan(r[a]); break;
                case Op.SINH: acc = Math.sinh(r[a]); break;
                case Op.COSH: acc = Math.cosh(r[a]); break;
                case Op.TANH: acc = Math.tanh(r[a]); break;
                case Op.EXP: acc = Math.exp(r[a]); break;
                case Op.LN: acc = Math.log(r[a]); break;
                case Op.LOG10: acc = Math.log10(r[a]); break;
                case Op.LOG2: acc = Math.log(r[a]) / Op.LN2; break;
                case Op.SQRT: acc = Math.sqrt(r[a]); break;
                case Op.CBRT: acc = Math.cbrt(r[a]); break;
                case Op.ABS: acc = Math.abs(r[a]); break;
                case Op.SIGN: acc = Math.signum(r[a]); break;
                case Op.FLOOR: acc = Math.floor(r[a]); break;
                case Op.CEIL: acc = Math.ceil(r[a]); break;
                case Op.MIN: acc = Math.min(r[a], r[b]); break;
                case Op.MAX: acc = Math.max(r[a], r[b]); break;
                case Op.HYPOT: acc = Math.hypot(r[a], r[b]); break;
                case Op.ATAN2: acc = Math.atan2(r[a], r[b]); break;
                default: throw new IllegalStateException("bad opcode " + (w & 0xFF));
            }
            r[w >>> 8] = acc;
        }
        return r;
    }

    /**
     * Runs the program on n points, instruction-major: the points are cut into blocks of at most blockSize,
     * and for each block every instruction is one loop over the block's points ({@link Lanes}), so the
     * opcode dispatch is paid once per instruction and block instead of once per instruction and point.
     * The register file (registers × blockSize doubles) is allocated per call: no shared mutable state.
     * Every output is bit for bit what {@link #run} gives for the same point, because each loop performs
     * the same IEEE operations in the same order.
     *
     * <p>The accumulator of {@link #run} is the previous instruction's destination register (run stores
     * every result there too), so an {@code _A}/{@code _RA} operand reads that row.
     *
     * @param xs        x of the points (read: the first n)
     * @param ys        y of the points (read: the first n)
     * @param n         the number of points
     * @param blockSize at least 1
     * @param outs      outs[k] receives output k for the n points (modified: the first n entries); the
     *                  inputs of a block are copied before its outputs are written, so an output may be xs
     *                  or ys
     */
    void runBlocks(double[] xs, double[] ys, int n, int blockSize, double[]... outs) {
        if (n <= 0) {
            return;
        }
        final int bs = Math.min(n, blockSize);
        final double[] r = new double[initial.length * bs];
        for (int k = 2; k < constantsEnd; k++) { // constant rows are never written: filled once per call
            Arrays.fill(r, k * bs, k * bs + bs, initial[k]);
        }
        for (int from = 0; from < n; from += bs) {
            int m = Math.min(bs, n - from);
            System.arraycopy(xs, from, r, 0, m);
            System.arraycopy(ys, from, r, bs, m);
            runBlock(r, bs, m);
            for (int k = 0; k < outs.length; k++) {
                System.arraycopy(r, outputs[k] * bs, outs[k], from, m);
            }
        }
    }

    /** Runs every instruction over points 0..m of the block in r (rows of bs entries). */
    private void runBlock(double[] r, int bs, int m) {
        final int[] k = code;
        final int n = k.length;
        int p = 0; // the accumulator's row: the previous instruction's destination
        for (int pc = 0; pc < n; pc += 4) {
            final int w = k[pc];
            final int d = (w >>> 8) * bs;
            final int a = k[pc + 1] * bs;
            final int b = k[pc + 2] * bs;
            final int c = k[pc + 3] * bs;
            switch (w & 0xFF) {
                case Op.NEG_R: Lanes.neg(r, d, a, m); break;
                case Op.NEG_A: Lanes.neg(r, d, p, m); break;
                case Op.ADD_R: Lanes.add(r, d, a, b, m); break;
                case Op.ADD_A: Lanes.add(r, d, p, b, m); break;
                case Op.SUB_R: Lanes.sub(r, d, a, b, m); break;
                case Op.SUB_A: Lanes.sub(r, d, p, b, m); break;
                case Op.SUB_RA: Lanes.sub(r, d, a, p, m); break;
                case Op.MUL_R: Lanes.mul(r, d, a, b, m); break;
                case Op.MUL_A: Lanes.mul(r, d, p, b, m); break;
                case Op.DIV_R: Lanes.div(r, d, a, b, m); break;
                case Op.DIV_A: Lanes.div(r, d, p, b, m); break;
                case Op.DIV_RA: Lanes.div(r, d, a, p, m); break;
                case Op.SQUARE_R: Lanes.square(r, d, a, m); break;
                case Op.SQUARE_A: Lanes.square(r, d, p, m); break;
                case Op.CUBE_R: Lanes.cube(r, d, a, m); break;
                case Op.CUBE_A: Lanes.cube(r, d, p, m); break;
                case Op.RECIPROCAL_R: Lanes.reciprocal(r, d, a, m); break;
                case Op.RECIPROCAL_A: Lanes.reciprocal(r, d, p, m); break;
                case Op.MUL_A_ADD: Lanes.mulAdd(r, d, p, b, c, m); break;
                case Op.MUL_A_SUB: Lanes.mulSub(r, d, p, b, c, m); break;
                case Op.MUL_A_RSUB: Lanes.mulRsub(r, d, p, b, c, m); break;
                case Op.MUL_A_MUL: Lanes.mulMul(r, d, p, b, c, m); break;
                case Op.MUL_R_ADD: Lanes.mulAdd(r, d, a, b, p, m); break;
                case Op.MUL_R_SUB: Lanes.mulSub(r, d, a, b, p, m); break;
                case Op.MUL_R_RSUB: Lanes.mulRsub(r, d, a, b, p, m); break;
                case Op.MUL_R_MUL: Lanes.mulMul(r, d, a, b, p, m); break;
                case Op.ADD_A_SQUARE: Lanes.addSquare(r, d, c, p, b, m); break;
                case Op.SUB_A_SQUARE: Lanes.subSquare(r, d, c, p, b, m); break;
                case Op.SUB_RA_SQUARE: Lanes.subSquare(r, d, c, a, p, m); break;
                case Op.SUB_R_SQUARE: Lanes.subSquare(r, d, c, a, b, m); break;
                case Op.ADD_R_SQUARE: Lanes.addSquare(r, d, c, a, b, m); break;
                case Op.POW: Lanes.pow(r, d, a, b, m); break;
                case Op.SIN: Lanes.sin(r, d, a, m); break;
                case Op.COS: Lanes.cos(r, d, a, m); break;
                case Op.TAN: Lanes.tan(r, d, a, m); break;
                case Op.ASIN: Lanes.asin(r, d, a, m); break;
                case Op.ACOS: Lanes.acos(r, d, a, m); break;
                case Op.ATAN: Lanes.atan(r, d, a, m); break;
                case Op.SINH: Lanes.sinh(r, d, a, m); break;
                case Op.COSH: Lanes.cosh(r, d, a, m); break;
                case Op.TANH: Lanes.tanh(r, d, a, m); break;
                case Op.EXP: Lanes.exp(r, d, a, m); break;
                case Op.LN: Lanes.ln(r, d, a, m); break;
                case Op.LOG10: Lanes.log10(r, d, a, m); break;
                case Op.LOG2: Lanes.log2(r, d, a, m); break;
                case Op.SQRT: Lanes.sqrt(r, d, a, m); break;
                case Op.CBRT: Lanes.cbrt(r, d, a, m); break;
                case Op.ABS: Lanes.abs(r, d, a, m); break;
                case Op.SIGN: Lanes.sign(r, d, a, m); break;
                case Op.FLOOR: Lanes.floor(r, d, a, m); break;
                case Op.CEIL: Lanes.ceil(r, d, a, m); break;
                case Op.MIN: Lanes.min(r, d, a, b, m); break;
                case Op.MAX: Lanes.max(r, d, a, b, m); break;
                case Op.HYPOT: Lanes.hypot(r, d, a, b, m); break;
                case Op.ATAN2: Lanes.atan2(r, d, a, b, m); break;
                default: throw new IllegalStateException("bad opcode " + (w & 0xFF));
            }
            p = d;
        }
    }

    /** @return the k-th output of a run */
    double output(double[] registers, int k) {
        return registers[outputs[k]];
    }

    /** @return one line per instruction, for debugging and test messages */
    String listing() {
        StringBuilder s = new StringBuilder();
        for (int pc = 0; pc < code.length; pc += 4) {
            s.append('r').append(code[pc] >>> 8).append(" = ").append(Op.name(code[pc] & 0xFF)).append(' ')
                    .append(code[pc + 1]).append(' ').append(code[pc + 2]).append(' ').append(code[pc + 3])
                    .append('\n');
        }
        return s.append("outputs ").append(Arrays.toString(outputs)).toString();
    }
}
