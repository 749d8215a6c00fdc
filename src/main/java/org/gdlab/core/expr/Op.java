package org.gdlab.core.expr;

/**
 * The opcodes of a {@link Program} (ints, for a dense {@code switch}). Naming: {@code _R} reads its operands
 * from registers a (and b); {@code _A} reads its left operand from the accumulator and the right one from
 * register b; {@code _RA} reads its left operand from register a and its right one from the accumulator.
 * Functions read register a (and b).
 *
 * <p>Superinstructions, with p = r[a], q = r[b], s = r[c] and acc the previous result:
 * <ul>
 *   <li>{@code MUL_A_ADD} acc·q + s, {@code MUL_A_SUB} acc·q − s, {@code MUL_A_RSUB} s − acc·q,
 *       {@code MUL_A_MUL} (acc·q)·s;</li>
 *   <li>{@code MUL_R_ADD} p·q + acc, {@code MUL_R_SUB} p·q − acc, {@code MUL_R_RSUB} acc − p·q,
 *       {@code MUL_R_MUL} (p·q)·acc;</li>
 *   <li>{@code ADD_A_SQUARE} (acc + q)², {@code SUB_A_SQUARE} (acc − q)², {@code SUB_RA_SQUARE} (p − acc)²,
 *       {@code ADD_R_SQUARE} (p + q)², {@code SUB_R_SQUARE} (p − q)²; these also store the value before
 *       squaring in r[c], since it is often needed again (by the gradient).</li>
 * </ul>
 * Each is evaluated with the same two IEEE roundings as the pair it replaces (no fused multiply-add).
 */
final class Op {

    static final int NEG_R = 0;
    static final int NEG_A = 1;
    static final int ADD_R = 2;
    static final int ADD_A = 3;
    static final int SUB_R = 4;
    static final int SUB_A = 5;
    static final int SUB_RA = 6;
    static final int MUL_R = 7;
    static final int MUL_A = 8;
    static final int DIV_R = 9;
    static final int DIV_A = 10;
    static final int DIV_RA = 11;
    static final int SQUARE_R = 12;
    static final int SQUARE_A = 13;
    static final int CUBE_R = 14;
    static final int CUBE_A = 15;
    static final int RECIPROCAL_R = 16;
    static final int RECIPROCAL_A = 17;
    static final int MUL_A_ADD = 18;
    static final int MUL_A_SUB = 19;
    static final int MUL_A_RSUB = 20;
    static final int MUL_A_MUL = 21;
    static final int MUL_R_ADD = 22;
    static final int MUL_R_SUB = 23;
    static final int MUL_R_RSUB = 24;
    static final int MUL_R_MUL = 25;
    static final int ADD_A_SQUARE = 26;
    static final int SUB_A_SQUARE = 27;
    static final int SUB_RA_SQUARE = 28;
    static final int SUB_R_SQUARE = 29;
    static final int ADD_R_SQUARE = 30;
    static final int POW = 31;
    static final int SIN = 32;
    static final int COS = 33;
    static final int TAN = 34;
    static final int ASIN = 35;
    static final int ACOS = 36;
    static final int ATAN = 37;
    static final int SINH = 38;
    static final int COSH = 39;
    static final int TANH = 40;
    static final int EXP = 41;
    static final int LN = 42;
    static final int LOG10 = 43;
    static final int LOG2 = 44;
    static final int SQRT = 45;
    static final int CBRT = 46;
    static final int ABS = 47;
    static final int SIGN = 48;
    static final int FLOOR = 49;
    static final int CEIL = 50;
    static final int MIN = 51;
    static final int MAX = 52;
    static final int HYPOT = 53;
    static final int ATAN2 = 54;
    /**
     * sin(r[a]) into the destination and cos(r[a]) into r[c], with one argument reduction
     * ({@link FdlibmSinCos#sinCos}); the compiler emits it when a program needs both of one argument, as
     * every gradient of a sin or cos does.
     */
    static final int SINCOS = 55;

    /** The number of opcodes (they are 0 .. COUNT-1). */
    static final int COUNT = 56;

    static final double LN2 = Math.log(2);

    private static final String[] NAMES = {
        "NEG_R", "NEG_A", "ADD_R", "ADD_A", "SUB_R", "SUB_A", "SUB_RA", "MUL_R", "MUL_A", "DIV_R", "DIV_A",
        "DIV_RA", "SQUARE_R", "SQUARE_A", "CUBE_R", "CUBE_A", "RECIPROCAL_R", "RECIPROCAL_A", "MUL_A_ADD",
        "MUL_A_SUB", "MUL_A_RSUB", "MUL_A_MUL", "MUL_R_ADD", "MUL_R_SUB", "MUL_R_RSUB", "MUL_R_MUL",
        "ADD_A_SQUARE", "SUB_A_SQUARE", "SUB_RA_SQUARE", "SUB_R_SQUARE", "ADD_R_SQUARE", "POW", "SIN", "COS",
        "TAN", "ASIN", "ACOS", "ATAN", "SINH", "COSH", "TANH", "EXP", "LN", "LOG10", "LOG2", "SQRT", "CBRT",
        "ABS", "SIGN", "FLOOR", "CEIL", "MIN", "MAX", "HYPOT", "ATAN2", "SINCOS",
    };

    private Op() {
    }

    /** @return the opcode's name, e.g. "MUL_A_ADD" */
    static String name(int op) {
        return op >= 0 && op < COUNT ? NAMES[op] : "?" + op;
    }

    /** @return true for the two-operation superinstructions */
    static boolean fused(int op) {
        return op >= MUL_A_ADD && op <= ADD_R_SQUARE;
    }
}
