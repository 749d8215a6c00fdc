package org.gdlab.core.expr;

/**
 * A straight-line register program: the compiled form of one or more formulas sharing their common
 * subexpressions. Immutable, thread-safe: each run uses its own register array.
 *
 * <p>Registers: 0 holds x, 1 holds y, then the constants, then one register per instruction, in order.
 * Instruction i computes {@code r[first + i] = op[i](r[a[i]], r[b[i]])}. No parsing, no look-ups, no boxing:
 * one {@code switch} on an int per instruction.
 */
final class Program {

    static final int NEG = 0;
    static final int ADD = 1;
    static final int SUB = 2;
    static final int MUL = 3;
    static final int DIV = 4;
    static final int POW = 5;
    static final int SQUARE = 6;
    static final int CUBE = 7;
    static final int SIN = 8;
    static final int COS = 9;
    static final int TAN = 10;
    static final int ASIN = 11;
    static final int ACOS = 12;
    static final int ATAN = 13;
    static final int SINH = 14;
    static final int COSH = 15;
    static final int TANH = 16;
    static final int EXP = 17;
    static final int LN = 18;
    static final int LOG10 = 19;
    static final int LOG2 = 20;
    static final int SQRT = 21;
    static final int CBRT = 22;
    static final int ABS = 23;
    static final int SIGN = 24;
    static final int FLOOR = 25;
    static final int CEIL = 26;
    static final int MIN = 27;
    static final int MAX = 28;
    static final int HYPOT = 29;
    static final int ATAN2 = 30;
    static final int RECIPROCAL = 31;

    private static final double LN2 = Math.log(2);

    private final double[] initial;
    private final int first;
    private final int[] op;
    private final int[] a;
    private final int[] b;
    private final int[] outputs;

    /**
     * @param initial registers before the run: x, y (overwritten), then the constants (copied)
     * @param op      the opcodes (copied)
     * @param a       first operand registers (copied)
     * @param b       second operand registers (copied; ignored for one-operand codes)
     * @param outputs the registers that hold the results (copied)
     */
    Program(double[] initial, int[] op, int[] a, int[] b, int[] outputs) {
        this.first = initial.length;
        this.initial = java.util.Arrays.copyOf(initial, initial.length + op.length);
        this.op = op.clone();
        this.a = a.clone();
        this.b = b.clone();
        this.outputs = outputs.clone();
    }

    /** @return the number of instructions */
    int size() {
        return op.length;
    }

    /** @return the register array after running on (x, y); read results with {@link #output} */
    double[] run(double x, double y) {
        int n = op.length;
        double[] r = initial.clone(); // constants in place, no separate zeroing
        r[0] = x;
        r[1] = y;
        int[] code = op;
        int[] ra = a;
        int[] rb = b;
        int base = first;
        for (int i = 0; i < n; i++) {
            double u = r[ra[i]];
            double v;
            switch (code[i]) {
                case NEG: v = -u; break;
                case ADD: v = u + r[rb[i]]; break;
                case SUB: v = u - r[rb[i]]; break;
                case MUL: v = u * r[rb[i]]; break;
                case DIV: v = u / r[rb[i]]; break;
                case POW: v = Math.pow(u, r[rb[i]]); break;
                case SQUARE: v = u * u; break;
                case CUBE: v = u * u * u; break;
                case RECIPROCAL: v = 1 / u; break;
                case SIN: v = Math.sin(u); break;
                case COS: v = Math.cos(u); break;
                case TAN: v = Math.tan(u); break;
                case ASIN: v = Math.asin(u); break;
                case ACOS: v = Math.acos(u); break;
                case ATAN: v = Math.atan(u); break;
                case SINH: v = Math.sinh(u); break;
                case COSH: v = Math.cosh(u); break;
                case TANH: v = Math.tanh(u); break;
                case EXP: v = Math.exp(u); break;
                case LN: v = Math.log(u); break;
                case LOG10: v = Math.log10(u); break;
                case LOG2: v = Math.log(u) / LN2; break;
                case SQRT: v = Math.sqrt(u); break;
                case CBRT: v = Math.cbrt(u); break;
                case ABS: v = Math.abs(u); break;
                case SIGN: v = Math.signum(u); break;
                case FLOOR: v = Math.floor(u); break;
                case CEIL: v = Math.ceil(u); break;
                case MIN: v = Math.min(u, r[rb[i]]); break;
                case MAX: v = Math.max(u, r[rb[i]]); break;
                case HYPOT: v = Math.hypot(u, r[rb[i]]); break;
                case ATAN2: v = Math.atan2(u, r[rb[i]]); break;
                default: throw new IllegalStateException("bad opcode " + code[i]);
            }
            r[base + i] = v;
        }
        return r;
    }

    /** @return the k-th output of a run */
    double output(double[] registers, int k) {
        return registers[outputs[k]];
    }
}
