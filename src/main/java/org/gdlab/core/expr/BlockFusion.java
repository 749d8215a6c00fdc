package org.gdlab.core.expr;

import java.util.Arrays;

/**
 * Fuses adjacent pairs of block instructions when the first one's result is read only once, by the second:
 * the pair becomes one loop and the intermediate row is neither stored nor loaded again. Element loops
 * are limited by loads and stores, so this saves about a third of the memory traffic of a fused pair.
 *
 * <p>The producer is a product (p·q, or p·p for a square) or a product with a constant (p·k); the
 * consumer adds, subtracts, multiplies or squares it:
 * <pre>
 *   t = p·q;  t ± r, r − t, t·r, t ± k, k − t, t·k   →  MUL_A_ADD / SUB / RSUB / MUL, MUL_ADD_K / …
 *   t = p·p;  (t ± r)², (r − t)², (t ± k)², (k − t)²   →  SQUARE_ADD_SQUARE / …  (u stored as before)
 *   t = p·k;  t·r, t ± r, r − t, t·r ± s, s − t·r      →  MUL_K_MUL, MUL_K_ADD / …, MUL_K_MUL_ADD / …
 * </pre>
 * Every fused loop performs the same IEEE operations in the same order as the pair (t is rounded exactly
 * as before; only its store disappears), except that operands of a commutative + or · may be swapped,
 * which IEEE 754 leaves exactly equal. So results stay bit for bit those of {@link Program#run}.
 *
 * <p>Safety of rows: the second instruction may write a row that held an operand of the first (renaming
 * frees a row after its last read); in the fused loop each element is read before it is written, at the
 * same index, so this is harmless. The two instructions are adjacent, so nothing overwrites the first
 * one's operands in between.
 */
final class BlockFusion {

    /** u = p·p + q into row s, u² */
    static final int SQUARE_ADD_SQUARE = BlockCode.MAX_K + 1;
    /** u = p·p − q into row s, u² */
    static final int SQUARE_SUB_SQUARE = BlockCode.MAX_K + 2;
    /** u = q − p·p into row s, u² */
    static final int SQUARE_RSUB_SQUARE = BlockCode.MAX_K + 3;
    /** u = p·p + k into row s, u² */
    static final int SQUARE_ADD_K_SQUARE = BlockCode.MAX_K + 4;
    /** u = p·p − k into row s, u² */
    static final int SQUARE_SUB_K_SQUARE = BlockCode.MAX_K + 5;
    /** u = k − p·p into row s, u² */
    static final int SQUARE_K_SUB_SQUARE = BlockCode.MAX_K + 6;
    /** (p·k)·q + s */
    static final int MUL_K_MUL_ADD = BlockCode.MAX_K + 7;
    /** (p·k)·q − s */
    static final int MUL_K_MUL_SUB = BlockCode.MAX_K + 8;
    /** s − (p·k)·q */
    static final int MUL_K_MUL_RSUB = BlockCode.MAX_K + 9;

    private static final int P = 1;
    private static final int Q = 2;
    private static final int S = 4;
    private static final int WRITES_S = 8;

    /** The fused code: four ints per instruction as in {@link BlockCode#code}. */
    final int[] code;
    /** The scalar of each fused instruction. */
    final double[] scalars;

    /**
     * @param code       block code (explicit rows, scalar forms), four ints per instruction
     * @param scalars    its scalars, one per instruction
     * @param outputRows the rows holding the outputs after the last instruction
     */
    BlockFusion(int[] code, double[] scalars, int[] outputRows) {
        int count = code.length / 4;
        int[] out = new int[code.length];
        double[] outScalars = new double[count];
        int n = 0;
        boolean[] readOnlyByNext = readOnlyByNext(code, outputRows);
        for (int i = 0; i < count; i++) {
            Fused fused = i + 1 < count && readOnlyByNext[i] ? fuse(code, scalars, i) : null;
            if (fused != null) {
                out[4 * n] = fused.op | fused.dest << 8;
                out[4 * n + 1] = fused.p;
                out[4 * n + 2] = fused.q;
                out[4 * n + 3] = fused.s;
                outScalars[n] = fused.k;
                i++;
            } else {
                System.arraycopy(code, 4 * i, out, 4 * n, 4);
                outScalars[n] = scalars[i];
            }
            n++;
        }
        this.code = Arrays.copyOf(out, 4 * n);
        this.scalars = Arrays.copyOf(outScalars, n);
    }

    /**
     * @return for each instruction i, whether its destination row is read once, by instruction i + 1, and
     *         is no output: one pass that follows which instruction's value each row holds
     */
    private static boolean[] readOnlyByNext(int[] code, int[] outputRows) {
        int count = code.length / 4;
        int rows = 0;
        for (int pc = 0; pc < code.length; pc += 4) {
            rows = Math.max(rows, Math.max(code[pc] >>> 8, Math.max(code[pc + 1], Math.max(code[pc + 2], code[pc + 3]))));
        }
        int[] holder = new int[rows + 1]; // the instruction whose result the row holds, or -1
        Arrays.fill(holder, -1);
        int[] reads = new int[count];
        boolean[] readElsewhere = new boolean[count];
        for (int j = 0; j < count; j++) {
            int mask = fields(code[4 * j] & 0xFF);
            for (int f = 0; f < 3; f++) {
                if ((mask & 1 << f) != 0) {
                    int i = holder[code[4 * j + 1 + f]];
                    if (i >= 0) {
                        reads[i]++;
                        readElsewhere[i] |= j != i + 1;
                    }
                }
            }
            if ((mask & WRITES_S) != 0) {
                holder[code[4 * j + 3]] = -1;
            }
            holder[code[4 * j] >>> 8] = j;
        }
        for (int o : outputRows) {
            if (o >= 0 && o <= rows && holder[o] >= 0) {
                readElsewhere[holder[o]] = true; // still there at the end: the caller reads it
            }
        }
        boolean[] once = new boolean[count];
        for (int i = 0; i < count; i++) {
            once[i] = reads[i] == 1 && !readElsewhere[i];
        }
        return once;
    }

    /** One fused instruction: opcode, destination row, operand rows p, q, s and the scalar k. */
    private record Fused(int op, int dest, int p, int q, int s, double k) {
    }

    /** @return the fused pair i, i + 1, or null when the pair is not one of the patterns */
    private static Fused fuse(int[] code, double[] scalars, int i) {
        int pop = code[4 * i] & 0xFF;
        int t = code[4 * i] >>> 8;
        int p = code[4 * i + 1];
        int q = code[4 * i + 2];
        double pk = scalars[i];
        int c = 4 * (i + 1);
        int cop = code[c] & 0xFF;
        int dest = code[c] >>> 8;
        int a = code[c + 1];
        int b = code[c + 2];
        int s = code[c + 3];
        double ck = scalars[i + 1];
        boolean square = pop == Op.SQUARE_R;
        if (square || pop == Op.MUL_R) {
            int q2 = square ? p : q; // p·p or p·q
            int other = a == t ? b : a;
            switch (cop) {
                case Op.ADD_R: return ins(Op.MUL_A_ADD, dest, p, q2, other, 0);
                case Op.MUL_R: return ins(Op.MUL_A_MUL, dest, p, q2, other, 0);
                case Op.SUB_R: return ins(a == t ? Op.MUL_A_SUB : Op.MUL_A_RSUB, dest, p, q2, other, 0);
                case BlockCode.ADD_K: return ins(BlockCode.MUL_ADD_K, dest, p, q2, 0, ck);
                case BlockCode.SUB_K: return ins(BlockCode.MUL_SUB_K, dest, p, q2, 0, ck);
                case BlockCode.K_SUB: return ins(BlockCode.MUL_RSUB_K, dest, p, q2, 0, ck);
                case BlockCode.MUL_K: return ins(BlockCode.MUL_MUL_K, dest, p, q2, 0, ck);
                default: break;
            }
            if (square) {
                switch (cop) {
                    case Op.ADD_R_SQUARE: return ins(SQUARE_ADD_SQUARE, dest, p, other, s, 0);
                    case Op.SUB_R_SQUARE:
                        return ins(a == t ? SQUARE_SUB_SQUARE : SQUARE_RSUB_SQUARE, dest, p, other, s, 0);
                    case BlockCode.ADD_K_SQUARE: return ins(SQUARE_ADD_K_SQUARE, dest, p, 0, s, ck);
                    case BlockCode.SUB_K_SQUARE: return ins(SQUARE_SUB_K_SQUARE, dest, p, 0, s, ck);
                    case BlockCode.K_SUB_SQUARE: return ins(SQUARE_K_SUB_SQUARE, dest, p, 0, s, ck);
                    default: return null;
                }
            }
            return null;
        }
        if (pop == BlockCode.MUL_K) {
            int other = a == t ? b : a;
            return switch (cop) {
                case Op.MUL_R -> ins(BlockCode.MUL_K_MUL, dest, p, 0, other, pk);
                case Op.ADD_R -> ins(BlockCode.MUL_K_ADD, dest, p, 0, other, pk);
                case Op.SUB_R -> ins(a == t ? BlockCode.MUL_K_SUB : BlockCode.MUL_K_RSUB, dest, p, 0, other, pk);
                case Op.MUL_A_ADD -> s == t ? null : ins(MUL_K_MUL_ADD, dest, p, other, s, pk);
                case Op.MUL_A_SUB -> s == t ? null : ins(MUL_K_MUL_SUB, dest, p, other, s, pk);
                case Op.MUL_A_RSUB -> s == t ? null : ins(MUL_K_MUL_RSUB, dest, p, other, s, pk);
                default -> null;
            };
        }
        return null;
    }

    private static Fused ins(int op, int dest, int p, int q, int s, double k) {
        return new Fused(op, dest, p, q, s, k);
    }

    /** @return which of p, q, s an instruction of block code reads, and whether it writes row s */
    static int fields(int op) {
        switch (op) {
            case Op.ADD_R, Op.SUB_R, Op.MUL_R, Op.DIV_R, Op.POW, Op.MIN, Op.MAX, Op.HYPOT, Op.ATAN2,
                    BlockCode.MUL_ADD_K, BlockCode.MUL_SUB_K, BlockCode.MUL_RSUB_K, BlockCode.MUL_MUL_K:
                return P | Q;
            case Op.MUL_A_ADD, Op.MUL_A_SUB, Op.MUL_A_RSUB, Op.MUL_A_MUL, MUL_K_MUL_ADD, MUL_K_MUL_SUB,
                    MUL_K_MUL_RSUB:
                return P | Q | S;
            case Op.ADD_R_SQUARE, Op.SUB_R_SQUARE, SQUARE_ADD_SQUARE, SQUARE_SUB_SQUARE, SQUARE_RSUB_SQUARE:
                return P | Q | WRITES_S;
            case Op.SINCOS, BlockCode.ADD_K_SQUARE, BlockCode.SUB_K_SQUARE, BlockCode.K_SUB_SQUARE,
                    SQUARE_ADD_K_SQUARE, SQUARE_SUB_K_SQUARE, SQUARE_K_SUB_SQUARE:
                return P | WRITES_S;
            case BlockCode.MUL_K_ADD, BlockCode.MUL_K_SUB, BlockCode.MUL_K_RSUB, BlockCode.MUL_K_MUL:
                return P | S;
            default:
                return P; // one-operand ops, functions, and the other scalar forms
        }
    }
}
