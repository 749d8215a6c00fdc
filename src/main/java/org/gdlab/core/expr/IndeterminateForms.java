package org.gdlab.core.expr;

/**
 * Evaluation with the indeterminate forms of arithmetic taken as 0: re-runs a reference {@link Program}
 * (one operation per instruction, operands in registers: {@code Compiler.program(false, …)}) at one point,
 * and where an arithmetic operation makes a NaN from two numbers that are not NaN (0/0, ∞/∞, 0·∞, ∞ − ∞,
 * and 1^∞ in a power), its result is 0 instead; the rest is computed as usual. So a NaN that is left came
 * from a function outside its domain (√ or ln of a negative number, asin(2), sin(∞), a negative number to
 * a non-integer power) or from a NaN given as x or y.
 *
 * <p>For the rare points where a derivative comes out NaN; every other operation is exactly that of
 * {@link Program#run}. Immutable and thread-safe.
 */
final class IndeterminateForms {

    private final Program reference;

    /** @param reference a program in reference form (no accumulator operands, no superinstructions) */
    IndeterminateForms(Program reference) {
        this.reference = reference;
    }

    /** @return the program's outputs at (x, y), with every indeterminate form taken as 0 */
    double[] outputs(double x, double y) {
        double[] r = reference.initialRegisters().clone();
        r[0] = x;
        r[1] = y;
        int[] code = reference.code();
        for (int pc = 0; pc < code.length; pc += 4) {
            int op = code[pc] & 0xFF;
            double u = r[code[pc + 1]];
            double v = Compiler.twoOperands(op) ? r[code[pc + 2]] : u;
            double result = apply(op, u, v);
            if (Double.isNaN(result) && !Double.isNaN(u) && !Double.isNaN(v) && indeterminate(op, u, v)) {
                result = 0;
            }
            r[code[pc] >>> 8] = result;
        }
        double[] out = new double[reference.outputCount()];
        for (int k = 0; k < out.length; k++) {
            out[k] = r[reference.outputRegister(k)];
        }
        return out;
    }

    /** @return true when op made a NaN of u and v (neither NaN) by an indeterminate form */
    private static boolean indeterminate(int op, double u, double v) {
        return switch (op) {
            case Op.NEG_R, Op.ADD_R, Op.SUB_R, Op.MUL_R, Op.DIV_R, Op.SQUARE_R, Op.CUBE_R, Op.RECIPROCAL_R -> true;
            case Op.POW -> !(u < 0 && Double.isFinite(v)); // 1^∞, not (−8)^0.5
            default -> false;                               // a function outside its domain
        };
    }

    /** The operation of a reference-form instruction, exactly as {@link Program#run} performs it. */
    private static double apply(int op, double u, double v) {
        return switch (op) {
            case Op.NEG_R -> -u;
            case Op.ADD_R -> u + v;
            case Op.SUB_R -> u - v;
            case Op.MUL_R -> u * v;
            case Op.DIV_R -> u / v;
            case Op.SQUARE_R -> u * u;
            case Op.CUBE_R -> u * u * u;
            case Op.RECIPROCAL_R -> 1 / u;
            case Op.POW -> Math.pow(u, v);
            case Op.SIN -> FdlibmSinCos.sin(u);
            case Op.COS -> FdlibmSinCos.cos(u);
            case Op.TAN -> Math.tan(u);
            case Op.ASIN -> Math.asin(u);
            case Op.ACOS -> Math.acos(u);
            case Op.ATAN -> Math.atan(u);
            case Op.SINH -> Math.sinh(u);
            case Op.COSH -> Math.cosh(u);
            case Op.TANH -> Math.tanh(u);
            case Op.EXP -> Math.exp(u);
            case Op.LN -> Math.log(u);
            case Op.LOG10 -> Math.log10(u);
            case Op.LOG2 -> Math.log(u) / Op.LN2;
            case Op.SQRT -> Math.sqrt(u);
            case Op.CBRT -> Math.cbrt(u);
            case Op.ABS -> Math.abs(u);
            case Op.SIGN -> Math.signum(u);
            case Op.FLOOR -> Math.floor(u);
            case Op.CEIL -> Math.ceil(u);
            case Op.MIN -> Math.min(u, v);
            case Op.MAX -> Math.max(u, v);
            case Op.HYPOT -> Math.hypot(u, v);
            case Op.ATAN2 -> Math.atan2(u, v);
            default -> throw new IllegalStateException("not a reference-form opcode: " + Op.name(op));
        };
    }
}
