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

    private final double[] initial;
    private final int[] code;
    private final int[] outputs;
    private final BlockProgram blocks;

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
        this.code = code.clone();
        this.outputs = outputs.clone();
        this.blocks = new BlockProgram(this.initial, first, this.code, this.outputs);
    }

    /** @return the same program for many points at once (instruction-major, bit for bit the same results) */
    BlockProgram blocks() {
        return blocks;
    }

    /** @return the number of instructions */
    int size() {
        return code.length / 4;
    }

    /** @return the packed instructions (not a copy: read only) */
    int[] code() {
        return code;
    }

    /** @return the registers before a run (not a copy: read only) */
    double[] initialRegisters() {
        return initial;
    }

    /** @return the number of outputs */
    int outputCount() {
        return outputs.length;
    }

    /** @return the register of output k */
    int outputRegister(int k) {
        return outputs[k];
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
                case Op.SIN: acc = FdlibmSinCos.sin(r[a]); break;
                case Op.COS: acc = FdlibmSinCos.cos(r[a]); break;
                case Op.SINCOS: {
                    FdlibmSinCos.sinCos(r[a], r, w >>> 8, k[pc + 3]);
                    acc = r[w >>> 8];
                    break;
                }
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
