package org.gdlab.core.expr;

/**
 * The instructions of a {@link BlockProgram} in the form its loops want: every operand an explicit row and
 * at most one operand a scalar constant.
 *
 * <p>A {@link Program} reads "the accumulator" (the previous result) through its {@code _A}/{@code _RA}
 * opcodes; in block form the accumulator is simply the previous instruction's destination row, so each
 * such opcode becomes its register form with that row as the operand ({@code ADD_A} b → {@code ADD_R}
 * prev, b; {@code MUL_R_ADD} a, b → p·q + s with s = prev; …). Then an operand that is a constant register
 * is taken out of its row and passed as a scalar ({@link ScalarLanes}), which saves a load per point.
 *
 * <p>Block opcodes: {@link Op}'s register forms keep their meaning with explicit rows p, q, s (fields 1, 2,
 * 3): {@code NEG_R} … the functions read p (and q); {@code MUL_A_ADD} is p·q + s, {@code MUL_A_SUB} p·q − s,
 * {@code MUL_A_RSUB} s − p·q, {@code MUL_A_MUL} (p·q)·s; {@code ADD_R_SQUARE}/{@code SUB_R_SQUARE} compute
 * u = p ± q, store u in row s and u² in the destination. The scalar forms below are numbered after
 * {@link Op#COUNT}; k is {@link #scalars}[instruction].
 */
final class BlockCode {

    /** p + k */
    static final int ADD_K = Op.COUNT;
    /** p − k */
    static final int SUB_K = Op.COUNT + 1;
    /** k − p */
    static final int K_SUB = Op.COUNT + 2;
    /** p·k */
    static final int MUL_K = Op.COUNT + 3;
    /** p / k */
    static final int DIV_K = Op.COUNT + 4;
    /** k / p */
    static final int K_DIV = Op.COUNT + 5;
    /** p·k + s */
    static final int MUL_K_ADD = Op.COUNT + 6;
    /** p·k − s */
    static final int MUL_K_SUB = Op.COUNT + 7;
    /** s − p·k */
    static final int MUL_K_RSUB = Op.COUNT + 8;
    /** (p·k)·s */
    static final int MUL_K_MUL = Op.COUNT + 9;
    /** p·q + k */
    static final int MUL_ADD_K = Op.COUNT + 10;
    /** p·q − k */
    static final int MUL_SUB_K = Op.COUNT + 11;
    /** k − p·q */
    static final int MUL_RSUB_K = Op.COUNT + 12;
    /** (p·q)·k */
    static final int MUL_MUL_K = Op.COUNT + 13;
    /** u = p + k into row s, u² */
    static final int ADD_K_SQUARE = Op.COUNT + 14;
    /** u = p − k into row s, u² */
    static final int SUB_K_SQUARE = Op.COUNT + 15;
    /** u = k − p into row s, u² */
    static final int K_SUB_SQUARE = Op.COUNT + 16;
    /** p^k */
    static final int POW_K = Op.COUNT + 17;
    /** min(p, k) */
    static final int MIN_K = Op.COUNT + 18;
    /** max(p, k) */
    static final int MAX_K = Op.COUNT + 19;

    /** Four ints per instruction: opcode | destination row &lt;&lt; 8, p, q, s (after {@link BlockFusion}). */
    final int[] code;
    /** The scalar k of each instruction that has one (indexed by instruction). */
    final double[] scalars;

    /**
     * @param renamed      a program's packed code with registers already renamed to rows (constants keep
     *                     their register numbers as rows)
     * @param constantsEnd rows 2 .. constantsEnd−1 hold constants
     * @param initial      the constants' values, indexed by row
     * @param outputRows   the rows holding the outputs after the last instruction
     */
    BlockCode(int[] renamed, int constantsEnd, double[] initial, int[] outputRows) {
        int[] code = new int[renamed.length];
        double[] scalars = new double[renamed.length / 4];
        int prev = 0;
        for (int pc = 0; pc < renamed.length; pc += 4) {
            int op = renamed[pc] & 0xFF;
            int dest = renamed[pc] >>> 8;
            int a = renamed[pc + 1];
            int b = renamed[pc + 2];
            int c = renamed[pc + 3];
            int[] ins = explicit(op, a, b, c, prev);
            withScalar(ins, constantsEnd, initial, scalars, pc / 4);
            code[pc] = ins[0] | dest << 8;
            code[pc + 1] = ins[1];
            code[pc + 2] = ins[2];
            code[pc + 3] = ins[3];
            prev = dest;
        }
        BlockFusion fused = new BlockFusion(code, scalars, outputRows);
        this.code = fused.code;
        this.scalars = fused.scalars;
    }

    /** @return {op, p, q, s}: the instruction with the accumulator replaced by row acc */
    private static int[] explicit(int op, int a, int b, int c, int acc) {
        return switch (op) {
            case Op.NEG_A -> new int[] {Op.NEG_R, acc, 0, 0};
            case Op.SQUARE_A -> new int[] {Op.SQUARE_R, acc, 0, 0};
            case Op.CUBE_A -> new int[] {Op.CUBE_R, acc, 0, 0};
            case Op.RECIPROCAL_A -> new int[] {Op.RECIPROCAL_R, acc, 0, 0};
            case Op.ADD_A -> new int[] {Op.ADD_R, acc, b, 0};
            case Op.SUB_A -> new int[] {Op.SUB_R, acc, b, 0};
            case Op.SUB_RA -> new int[] {Op.SUB_R, a, acc, 0};
            case Op.MUL_A -> new int[] {Op.MUL_R, acc, b, 0};
            case Op.DIV_A -> new int[] {Op.DIV_R, acc, b, 0};
            case Op.DIV_RA -> new int[] {Op.DIV_R, a, acc, 0};
            case Op.MUL_A_ADD, Op.MUL_A_SUB, Op.MUL_A_RSUB, Op.MUL_A_MUL -> new int[] {op, acc, b, c};
            case Op.MUL_R_ADD -> new int[] {Op.MUL_A_ADD, a, b, acc};
            case Op.MUL_R_SUB -> new int[] {Op.MUL_A_SUB, a, b, acc};
            case Op.MUL_R_RSUB -> new int[] {Op.MUL_A_RSUB, a, b, acc};
            case Op.MUL_R_MUL -> new int[] {Op.MUL_A_MUL, a, b, acc};
            case Op.ADD_A_SQUARE -> new int[] {Op.ADD_R_SQUARE, acc, b, c};
            case Op.SUB_A_SQUARE -> new int[] {Op.SUB_R_SQUARE, acc, b, c};
            case Op.SUB_RA_SQUARE -> new int[] {Op.SUB_R_SQUARE, a, acc, c};
            default -> new int[] {op, a, b, c};
        };
    }

    /** Turns ins = {op, p, q, s} into a scalar form when one of its operands is a constant row. */
    private static void withScalar(int[] ins, int constantsEnd, double[] initial, double[] scalars, int index) {
        int op = ins[0];
        boolean p = isConstant(ins[1], constantsEnd);
        boolean q = isConstant(ins[2], constantsEnd);
        boolean s = isConstant(ins[3], constantsEnd);
        int form = -1;
        int kRow = -1;
        int[] rows = null; // the new {p, q, s}
        switch (op) {
            case Op.ADD_R, Op.MUL_R, Op.MIN, Op.MAX -> { // symmetric: k may move to the right
                int scalar = switch (op) {
                    case Op.ADD_R -> ADD_K;
                    case Op.MUL_R -> MUL_K;
                    case Op.MIN -> MIN_K;
                    default -> MAX_K;
                };
                if (p || q) {
                    form = scalar;
                    kRow = q ? ins[2] : ins[1];
                    rows = new int[] {q ? ins[1] : ins[2], 0, 0};
                }
            }
            case Op.SUB_R, Op.DIV_R -> {
                if (q) {
                    form = op == Op.SUB_R ? SUB_K : DIV_K;
                    kRow = ins[2];
                    rows = new int[] {ins[1], 0, 0};
                } else if (p) {
                    form = op == Op.SUB_R ? K_SUB : K_DIV;
                    kRow = ins[1];
                    rows = new int[] {ins[2], 0, 0};
                }
            }
            case Op.POW -> {
                if (q) {
                    form = POW_K;
                    kRow = ins[2];
                    rows = new int[] {ins[1], 0, 0};
                }
            }
            case Op.MUL_A_ADD, Op.MUL_A_SUB, Op.MUL_A_RSUB, Op.MUL_A_MUL -> {
                int offset = op - Op.MUL_A_ADD; // ADD, SUB, RSUB, MUL in this order in all three families
                if (p || q) {
                    form = MUL_K_ADD + offset;
                    kRow = q ? ins[2] : ins[1];
                    rows = new int[] {q ? ins[1] : ins[2], 0, ins[3]};
                } else if (s) {
                    form = MUL_ADD_K + offset;
                    kRow = ins[3];
                    rows = new int[] {ins[1], ins[2], 0};
                }
            }
            case Op.ADD_R_SQUARE -> {
                if (p || q) {
                    form = ADD_K_SQUARE;
                    kRow = q ? ins[2] : ins[1];
                    rows = new int[] {q ? ins[1] : ins[2], 0, ins[3]};
                }
            }
            case Op.SUB_R_SQUARE -> {
                if (q) {
                    form = SUB_K_SQUARE;
                    kRow = ins[2];
                    rows = new int[] {ins[1], 0, ins[3]};
                } else if (p) {
                    form = K_SUB_SQUARE;
                    kRow = ins[1];
                    rows = new int[] {ins[2], 0, ins[3]};
                }
            }
            default -> { }
        }
        if (form < 0 || isConstant(rows[0], constantsEnd)) {
            return; // no constant operand, or all operands constant: keep the rows
        }
        ins[0] = form;
        ins[1] = rows[0];
        ins[2] = rows[1];
        ins[3] = rows[2];
        scalars[index] = initial[kRow];
    }

    private static boolean isConstant(int row, int constantsEnd) {
        return row >= 2 && row < constantsEnd;
    }
}
