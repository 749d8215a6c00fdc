package org.gdlab.core.expr;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A {@link Program} run instruction-major over many points: the points are cut into blocks, and for each
 * block every instruction is one loop over the block's points ({@link Lanes}), so the opcode dispatch is paid
 * once per instruction and block instead of once per instruction and point. Immutable and thread-safe: the
 * scratch rows are allocated per call, or lent by the caller as a {@link Scratch} (then that scratch must
 * not be used by two threads at once); the constant rows are filled once and only ever read.
 *
 * <p>Every register is a row of blockSize doubles. Row 0 holds the block's x, row 1 its y, then one row per
 * constant, then the scratch rows. The program's one-register-per-value scratch is renamed to as few rows as
 * the values alive at once need (a row is reused after its value's last read), which keeps the register
 * file small, so cheap to allocate and cache-resident. The accumulator of {@link Program#run} is the previous
 * instruction's destination row (run stores every result there too), so an {@code _A}/{@code _RA} operand
 * reads that row. No destination row is an operand row of the same instruction.
 *
 * <p>Every output is bit for bit what {@link Program#run} gives for the same point, because each loop
 * performs the same IEEE operations in the same order.
 */
final class BlockProgram {

    /** Block evaluation keeps rows × blockSize doubles; aim for about 64 KiB (L1/L2-resident). */
    private static final int BUDGET = 8192;
    private static final int MAX_BLOCK = 256;
    private static final int MIN_BLOCK = 16;

    // which fields an opcode reads (A, B, C: registers a, b, c; ACC: the previous result) and whether it
    // also writes register c (the squaring superinstructions)
    private static final int A = 1;
    private static final int B = 2;
    private static final int C = 4;
    private static final int ACC = 8;
    private static final int WRITES_C = 16;

    private final BlockCode blockCode;
    /**
     * Where each row of {@link #blockCode} lives in a run, per int of the code (destination and p, q, s):
     * 0 the register file, 1 x, 2 y, 3 + k output k's array. Rows 0 and 1 (x, y) and the rows of the
     * outputs that own their row are passed to the loops beside the register file, so a call never stores
     * the caller's arrays into it.
     */
    private final byte[] kinds;
    /** Output k owns its row: a scratch row of its own (not x, y, a constant or another output's). */
    private final boolean[] ownRow;
    private final int rowCount;
    private final int constantsEnd;
    private final double[] initial;
    private final double[][] constantRows;
    private final int[] outputs;
    private final int blockSize;

    /**
     * @param initial      the registers before a run: x, y, the constants, then the scratch (as in Program)
     * @param constantsEnd the first scratch register
     * @param code         the packed instructions (as in Program)
     * @param outputs      the output registers
     */
    BlockProgram(double[] initial, int constantsEnd, int[] code, int[] outputs) {
        this.constantsEnd = constantsEnd;
        this.initial = Arrays.copyOf(initial, constantsEnd);
        int registers = initial.length;
        int[] lastRead = new int[registers];
        Arrays.fill(lastRead, -1);
        for (int pc = 0, t = 0; pc < code.length; pc += 4, t++) {
            int mask = fields(code[pc] & 0xFF);
            for (int f = 0; f < 3; f++) {
                if ((mask & 1 << f) != 0) {
                    lastRead[code[pc + 1 + f]] = t;
                }
            }
            if ((mask & ACC) != 0) {
                lastRead[code[pc - 4] >>> 8] = t;
            }
        }
        for (int out : outputs) {
            lastRead[out] = Integer.MAX_VALUE;
        }
        int[] row = new int[registers];
        Arrays.fill(row, -1);
        for (int k = 0; k < constantsEnd; k++) {
            row[k] = k;
        }
        ArrayDeque<Integer> free = new ArrayDeque<>();
        int rows = constantsEnd;
        int[] renamed = new int[code.length];
        for (int pc = 0, t = 0; pc < code.length; pc += 4, t++) {
            int op = code[pc] & 0xFF;
            int mask = fields(op);
            int dest = code[pc] >>> 8;
            for (int f = 0; f < 3; f++) {
                if ((mask & 1 << f) != 0) {
                    renamed[pc + 1 + f] = row[code[pc + 1 + f]];
                }
            }
            // destinations first (so they differ from the operand rows), then release what is read last here
            row[dest] = free.isEmpty() ? rows++ : free.pop();
            renamed[pc] = op | row[dest] << 8;
            if ((mask & WRITES_C) != 0) {
                int c = code[pc + 3];
                row[c] = free.isEmpty() ? rows++ : free.pop();
                renamed[pc + 3] = row[c];
                release(c, t, lastRead, row, free);
            }
            for (int f = 0; f < 2; f++) {
                if ((mask & 1 << f) != 0) {
                    release(code[pc + 1 + f], t, lastRead, row, free);
                }
            }
            if ((mask & C) != 0) {
                release(code[pc + 3], t, lastRead, row, free);
            }
            if ((mask & ACC) != 0) {
                release(code[pc - 4] >>> 8, t, lastRead, row, free);
            }
            release(dest, t, lastRead, row, free); // a result nobody reads (its row is free again)
        }
        this.rowCount = rows;
        this.outputs = Arrays.stream(outputs).map(o -> row[o]).toArray();
        this.blockCode = new BlockCode(renamed, constantsEnd, this.initial, this.outputs);
        this.ownRow = new boolean[this.outputs.length];
        for (int k = 0; k < this.outputs.length; k++) {
            ownRow[k] = this.outputs[k] >= constantsEnd;
            for (int j = 0; j < this.outputs.length; j++) {
                if (j != k && this.outputs[j] == this.outputs[k]) {
                    ownRow[k] = false;
                }
            }
        }
        int[] blockCodeInts = blockCode.code;
        this.kinds = new byte[blockCodeInts.length];
        for (int pc = 0; pc < blockCodeInts.length; pc += 4) {
            kinds[pc] = kind(blockCodeInts[pc] >>> 8);
            for (int f = 1; f < 4; f++) {
                kinds[pc + f] = kind(blockCodeInts[pc + f]);
            }
        }
        this.blockSize = Math.max(MIN_BLOCK, Math.min(MAX_BLOCK, Integer.highestOneBit(Math.max(1, BUDGET / rows))));
        this.constantRows = new double[constantsEnd][];
        for (int k = 2; k < constantsEnd; k++) {
            constantRows[k] = new double[blockSize];
            Arrays.fill(constantRows[k], initial[k]);
        }
    }

    /** @return where row lives in a run (see {@link #kinds}) */
    private byte kind(int row) {
        if (row == 0 || row == 1) {
            return (byte) (1 + row);
        }
        for (int k = 0; k < outputs.length; k++) {
            if (ownRow[k] && outputs[k] == row) {
                return (byte) (3 + k);
            }
        }
        return 0;
    }

    /** Frees register's row after instruction t if t reads it last (scratch registers only, once). */
    private void release(int register, int t, int[] lastRead, int[] row, ArrayDeque<Integer> free) {
        if (register >= constantsEnd && lastRead[register] <= t && row[register] >= 0) {
            free.push(row[register]);
            row[register] = -1;
        }
    }

    /** @return the fields opcode op reads and writes (A, B, C, ACC, WRITES_C) */
    private static int fields(int op) {
        return switch (op) {
            case Op.NEG_A, Op.SQUARE_A, Op.CUBE_A, Op.RECIPROCAL_A -> ACC;
            case Op.ADD_A, Op.SUB_A, Op.MUL_A, Op.DIV_A -> ACC | B;
            case Op.SUB_RA, Op.DIV_RA -> A | ACC;
            case Op.ADD_R, Op.SUB_R, Op.MUL_R, Op.DIV_R, Op.POW, Op.MIN, Op.MAX, Op.HYPOT, Op.ATAN2 -> A | B;
            case Op.MUL_A_ADD, Op.MUL_A_SUB, Op.MUL_A_RSUB, Op.MUL_A_MUL -> ACC | B | C;
            case Op.MUL_R_ADD, Op.MUL_R_SUB, Op.MUL_R_RSUB, Op.MUL_R_MUL -> A | B | ACC;
            case Op.ADD_A_SQUARE, Op.SUB_A_SQUARE -> ACC | B | WRITES_C;
            case Op.SUB_RA_SQUARE -> A | ACC | WRITES_C;
            case Op.SUB_R_SQUARE, Op.ADD_R_SQUARE -> A | B | WRITES_C;
            case Op.SINCOS -> A | WRITES_C;
            default -> A; // NEG_R, SQUARE_R, CUBE_R, RECIPROCAL_R and the one-argument functions
        };
    }

    /** @return the number of points a block holds by default (16 to 256, fewer for larger programs) */
    int blockSize() {
        return blockSize;
    }

    /** @return the first scratch row (rows before it are x, y and the constants) */
    int constantRowsEnd() {
        return constantsEnd;
    }

    /** @return the number of block instructions (after fusing pairs) */
    int blockInstructionCount() {
        return blockCode.code.length / 4;
    }

    /** @return the opcode of block instruction i (an {@link Op}, {@link BlockCode} or {@link BlockFusion} code) */
    int blockOpcode(int i) {
        return blockCode.code[4 * i] & 0xFF;
    }

    /** @return how many block instructions are scalar or fused forms (opcodes after {@link Op#COUNT}) */
    int scalarInstructionCount() {
        int count = 0;
        for (int pc = 0; pc < blockCode.code.length; pc += 4) {
            if ((blockCode.code[pc] & 0xFF) >= Op.COUNT) {
                count++;
            }
        }
        return count;
    }

    /** @return the number of rows of the register file (x, y, constants, renamed scratch) */
    int rowCount() {
        return rowCount;
    }

    /**
     * Runs the program on n points with scratch rows allocated for this call only (thread-safe).
     *
     * @param xs        x of the points (read: the first n)
     * @param ys        y of the points (read: the first n)
     * @param n         the number of points
     * @param blockSize at least 1
     * @param outs      outs[k] receives output k for the n points (modified: the first n entries); a block's
     *                  inputs are read before its outputs are written, so an output may be xs or ys
     */
    void run(double[] xs, double[] ys, int n, int blockSize, double[]... outs) {
        if (n <= 0) {
            return;
        }
        final int bs = Math.min(n, blockSize);
        final double[][] rows = new double[rowCount][];
        constantRows(rows, bs);
        int direct = n == bs ? directOutputs(xs, ys, outs) : 0;
        for (int k = 0; k < outs.length; k++) {
            if ((direct & 1 << k) != 0) {
                rows[outputs[k]] = outs[k]; // one block: the output's row is the caller's array itself
            }
        }
        for (int k = constantsEnd; k < rowCount; k++) {
            if (rows[k] == null) {
                rows[k] = new double[bs];
            }
        }
        boolean copies = n > bs || aliased(xs, ys, outs);
        double[] xRow = copies ? new double[bs] : null;
        double[] yRow = copies ? new double[bs] : null;
        runBlocks(xs, ys, n, bs, rows, xRow, yRow, direct, outs);
    }

    /**
     * Runs the program on n points with the rows of a {@link Scratch} (no allocation; not thread-safe: the
     * scratch is modified). Results are those of {@link #run(double[], double[], int, int, double[]...)} with
     * the scratch's block size.
     *
     * <p>The call stores no reference at all: the scratch usually lives in the old generation, where every
     * reference stored into its register file costs a GC write barrier with a memory fence, a fixed cost
     * that dominated short calls. Instead the loops get x, y and the outputs' arrays beside the register
     * file ({@link #kinds}). When all points fit in one block (and no output array is an input or another
     * output), x and y are read in place and every output that owns its row is computed straight into its
     * array; otherwise each block's inputs are copied into rows 0 and 1 (all but the first block's, or all
     * if an output array is an input) and its outputs copied out.
     *
     * @param xs      x of the points (read: the first n)
     * @param ys      y of the points (read: the first n)
     * @param n       the number of points
     * @param scratch made by {@link #newScratch()} of this program (modified)
     * @param out0    receives output 0 (the first n entries)
     * @param out1    receives output 1, or null when the program has one output
     * @param out2    receives output 2, or null when the program has fewer than three
     */
    void run(double[] xs, double[] ys, int n, Scratch scratch, double[] out0, double[] out1, double[] out2) {
        if (n <= 0) {
            return;
        }
        final double[][] rows = scratch.rows;
        boolean aliased = out0 == xs || out0 == ys || out1 == xs || out1 == ys || out2 == xs || out2 == ys;
        if (n <= blockSize && !aliased && out0 != out1 && out0 != out2 && (out1 != out2 || out1 == null)) {
            // one block: inputs read in place, outputs that own their row computed straight into out0..2
            double[] o0 = ownRow[0] ? out0 : rows[outputs[0]];
            double[] o1 = outputs.length > 1 ? (ownRow[1] ? out1 : rows[outputs[1]]) : null;
            double[] o2 = outputs.length > 2 ? (ownRow[2] ? out2 : rows[outputs[2]]) : null;
            runBlock(rows, xs, ys, o0, o1, o2, n);
            copyOut(rows, xs, ys, 0, n, out0, out1, out2, true);
            return;
        }
        for (int from = 0; from < n; from += blockSize) {
            int m = Math.min(blockSize, n - from);
            double[] x = xs;
            double[] y = ys;
            if (from > 0 || aliased) { // the inputs from `from` on, copied to the start of rows 0 and 1
                x = rows[0];
                y = rows[1];
                System.arraycopy(xs, from, x, 0, m);
                System.arraycopy(ys, from, y, 0, m);
            }
            runBlock(rows, x, y, outputRow(rows, 0), outputRow(rows, 1), outputRow(rows, 2), m);
            // outputs last: an output array may be xs or ys, whose block is read by now
            copyOut(rows, x, y, from, m, out0, out1, out2, false);
        }
    }

    /**
     * Copies the block's outputs (rows, or x and y) to out0..2 from index from; with skipOwn, not those
     * that own their row (already computed into their array).
     */
    private void copyOut(double[][] rows, double[] x, double[] y, int from, int m, double[] out0, double[] out1,
            double[] out2, boolean skipOwn) {
        if (!(skipOwn && ownRow[0])) {
            System.arraycopy(row(rows, outputs[0], x, y), 0, out0, from, m);
        }
        if (outputs.length > 1 && !(skipOwn && ownRow[1])) {
            System.arraycopy(row(rows, outputs[1], x, y), 0, out1, from, m);
        }
        if (outputs.length > 2 && !(skipOwn && ownRow[2])) {
            System.arraycopy(row(rows, outputs[2], x, y), 0, out2, from, m);
        }
    }

    /** Points rows 2 .. constantsEnd−1 at constant rows of at least bs entries (shared ones if long enough). */
    private void constantRows(double[][] rows, int bs) {
        for (int k = 2; k < constantsEnd; k++) {
            if (bs <= constantRows[k].length) {
                rows[k] = constantRows[k]; // shared and never written: every destination is a scratch row
            } else {
                rows[k] = new double[bs];
                Arrays.fill(rows[k], initial[k]);
            }
        }
    }

    /**
     * The block loop: rows holds the constant and scratch rows (and the direct outputs); rows 0 and 1 become
     * xs and ys for the first block and xRow, yRow (copies) for the later ones.
     */
    private void runBlocks(double[] xs, double[] ys, int n, int bs, double[][] rows, double[] xRow,
            double[] yRow, int direct, double[][] outs) {
        boolean aliased = aliased(xs, ys, outs);
        for (int from = 0; from < n; from += bs) {
            int m = Math.min(bs, n - from);
            if (from == 0 && !aliased) { // read the inputs in place (rows 0 and 1 are never written)
                rows[0] = xs;
                rows[1] = ys;
            } else {
                rows[0] = xRow;
                rows[1] = yRow;
                System.arraycopy(xs, from, xRow, 0, m);
                System.arraycopy(ys, from, yRow, 0, m);
            }
            runBlock(rows, rows[0], rows[1], outputRow(rows, 0), outputRow(rows, 1), outputRow(rows, 2), m);
            for (int k = 0; k < outs.length; k++) {
                if ((direct & 1 << k) == 0) {
                    System.arraycopy(rows[outputs[k]], 0, outs[k], from, m);
                }
            }
        }
    }

    /**
     * @return whether an output array is an input array: then the inputs are read from copies, so that an
     *     output whose row is x or y itself (the formula "x", or ∂/∂x of x²/2) is not read back from an
     *     array that an earlier output has already overwritten
     */
    private static boolean aliased(double[] xs, double[] ys, double[][] outs) {
        for (double[] out : outs) {
            if (out == xs || out == ys) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return a bit set of the outputs that can be computed straight into the caller's array when all points
     *     fit in one block: those whose register is a scratch row of their own (not x, y or a constant, and
     *     not shared with another output), into an array that is not an input. Such a row may first hold
     *     earlier values renamed to the same row: they are scratch within out[0..n), overwritten by the output.
     */
    private int directOutputs(double[] xs, double[] ys, double[][] outs) {
        int direct = 0;
        for (int k = 0; k < outs.length; k++) {
            boolean ok = outputs[k] >= constantsEnd && outs[k] != xs && outs[k] != ys;
            for (int j = 0; j < outs.length; j++) {
                if (j != k && (outputs[j] == outputs[k] || outs[j] == outs[k])) {
                    ok = false;
                }
            }
            if (ok) {
                direct |= 1 << k;
            }
        }
        return direct;
    }

    /** @return fresh scratch rows for runs of this program with its default block size */
    Scratch newScratch() {
        double[][] owned = new double[rowCount][];
        owned[0] = new double[blockSize];
        owned[1] = new double[blockSize];
        constantRows(owned, blockSize);
        for (int k = constantsEnd; k < rowCount; k++) {
            owned[k] = new double[blockSize];
        }
        return new Scratch(owned);
    }

    /**
     * Reusable memory for runs of one program: mutable, not thread-safe. Its register file is never changed
     * by a run (the caller's arrays are passed beside it), so it never refers to them.
     */
    static final class Scratch {

        /** The register file: input copies (rows 0, 1), constants (shared read-only), scratch rows. */
        final double[][] rows;

        private Scratch(double[][] rows) {
            this.rows = rows;
        }
    }

    /** @return the row of output k in rows, or null when the program has fewer outputs */
    private double[] outputRow(double[][] rows, int k) {
        return k < outputs.length ? rows[outputs[k]] : null;
    }

    /** @return the array of a row that lives beside the register file (kind 1 to 5, see {@link #kinds}) */
    private static double[] pick(int kind, double[] x, double[] y, double[] o0, double[] o1, double[] o2) {
        switch (kind) {
            case 1: return x;
            case 2: return y;
            case 3: return o0;
            case 4: return o1;
            default: return o2;
        }
    }

    /** @return row i of the register file, with rows 0 and 1 (x and y) given separately */
    private static double[] row(double[][] rows, int i, double[] x, double[] y) {
        return i == 0 ? x : i == 1 ? y : rows[i];
    }

    /**
     * Runs every instruction over points 0 .. m−1 of the block in rows, reading x and y from the given
     * arrays (so that the caller's arrays need not be stored into the register file).
     */
    private void runBlock(double[][] rows, double[] x, double[] y, double[] o0, double[] o1, double[] o2, int m) {
        final int[] k = blockCode.code;
        final byte[] where = kinds;
        final double[] scalars = blockCode.scalars;
        final int n = k.length;
        for (int pc = 0; pc < n; pc += 4) {
            final int w = k[pc];
            final int kd = where[pc];
            final int kp = where[pc + 1];
            final int kq = where[pc + 2];
            final int ks = where[pc + 3];
            final double[] d = kd == 0 ? rows[w >>> 8] : pick(kd, x, y, o0, o1, o2);
            final double[] p = kp == 0 ? rows[k[pc + 1]] : pick(kp, x, y, o0, o1, o2);
            final double[] q = kq == 0 ? rows[k[pc + 2]] : pick(kq, x, y, o0, o1, o2);
            final double[] s = ks == 0 ? rows[k[pc + 3]] : pick(ks, x, y, o0, o1, o2);
            final double c = scalars[pc >>> 2];
            switch (w & 0xFF) {
                case Op.NEG_R: Lanes.neg(d, p, m); break;
                case Op.ADD_R: Lanes.add(d, p, q, m); break;
                case Op.SUB_R: Lanes.sub(d, p, q, m); break;
                case Op.MUL_R: Lanes.mul(d, p, q, m); break;
                case Op.DIV_R: Lanes.div(d, p, q, m); break;
                case Op.SQUARE_R: Lanes.square(d, p, m); break;
                case Op.CUBE_R: Lanes.cube(d, p, m); break;
                case Op.RECIPROCAL_R: Lanes.reciprocal(d, p, m); break;
                case Op.MUL_A_ADD: Lanes.mulAdd(d, p, q, s, m); break;
                case Op.MUL_A_SUB: Lanes.mulSub(d, p, q, s, m); break;
                case Op.MUL_A_RSUB: Lanes.mulRsub(d, p, q, s, m); break;
                case Op.MUL_A_MUL: Lanes.mulMul(d, p, q, s, m); break;
                case Op.ADD_R_SQUARE: Lanes.addSquare(d, s, p, q, m); break;
                case Op.SUB_R_SQUARE: Lanes.subSquare(d, s, p, q, m); break;
                case Op.POW: Lanes.pow(d, p, q, m); break;
                case Op.SIN: Lanes.sin(d, p, m); break;
                case Op.COS: Lanes.cos(d, p, m); break;
                case Op.SINCOS: Lanes.sinCos(d, s, p, m); break;
                case Op.TAN: Lanes.tan(d, p, m); break;
                case Op.ASIN: Lanes.asin(d, p, m); break;
                case Op.ACOS: Lanes.acos(d, p, m); break;
                case Op.ATAN: Lanes.atan(d, p, m); break;
                case Op.SINH: Lanes.sinh(d, p, m); break;
                case Op.COSH: Lanes.cosh(d, p, m); break;
                case Op.TANH: Lanes.tanh(d, p, m); break;
                case Op.EXP: Lanes.exp(d, p, m); break;
                case Op.LN: Lanes.ln(d, p, m); break;
                case Op.LOG10: Lanes.log10(d, p, m); break;
                case Op.LOG2: Lanes.log2(d, p, m); break;
                case Op.SQRT: Lanes.sqrt(d, p, m); break;
                case Op.CBRT: Lanes.cbrt(d, p, m); break;
                case Op.ABS: Lanes.abs(d, p, m); break;
                case Op.SIGN: Lanes.sign(d, p, m); break;
                case Op.FLOOR: Lanes.floor(d, p, m); break;
                case Op.CEIL: Lanes.ceil(d, p, m); break;
                case Op.MIN: Lanes.min(d, p, q, m); break;
                case Op.MAX: Lanes.max(d, p, q, m); break;
                case Op.HYPOT: Lanes.hypot(d, p, q, m); break;
                case Op.ATAN2: Lanes.atan2(d, p, q, m); break;
                case BlockCode.ADD_K: ScalarLanes.addK(d, p, c, m); break;
                case BlockCode.SUB_K: ScalarLanes.subK(d, p, c, m); break;
                case BlockCode.K_SUB: ScalarLanes.kSub(d, c, p, m); break;
                case BlockCode.MUL_K: ScalarLanes.mulK(d, p, c, m); break;
                case BlockCode.DIV_K: ScalarLanes.divK(d, p, c, m); break;
                case BlockCode.K_DIV: ScalarLanes.kDiv(d, c, p, m); break;
                case BlockCode.MUL_K_ADD: ScalarLanes.mulKAdd(d, p, c, s, m); break;
                case BlockCode.MUL_K_SUB: ScalarLanes.mulKSub(d, p, c, s, m); break;
                case BlockCode.MUL_K_RSUB: ScalarLanes.mulKRsub(d, p, c, s, m); break;
                case BlockCode.MUL_K_MUL: ScalarLanes.mulKMul(d, p, c, s, m); break;
                case BlockCode.MUL_ADD_K: ScalarLanes.mulAddK(d, p, q, c, m); break;
                case BlockCode.MUL_SUB_K: ScalarLanes.mulSubK(d, p, q, c, m); break;
                case BlockCode.MUL_RSUB_K: ScalarLanes.mulRsubK(d, p, q, c, m); break;
                case BlockCode.MUL_MUL_K: ScalarLanes.mulMulK(d, p, q, c, m); break;
                case BlockCode.ADD_K_SQUARE: ScalarLanes.addKSquare(d, s, p, c, m); break;
                case BlockCode.SUB_K_SQUARE: ScalarLanes.subKSquare(d, s, p, c, m); break;
                case BlockCode.K_SUB_SQUARE: ScalarLanes.kSubSquare(d, s, c, p, m); break;
                case BlockCode.POW_K: ScalarLanes.powK(d, p, c, m); break;
                case BlockCode.MIN_K: ScalarLanes.minK(d, p, c, m); break;
                case BlockCode.MAX_K: ScalarLanes.maxK(d, p, c, m); break;
                case BlockFusion.SQUARE_ADD_SQUARE: FusedLanes.squareAddSquare(d, s, p, q, m); break;
                case BlockFusion.SQUARE_SUB_SQUARE: FusedLanes.squareSubSquare(d, s, p, q, m); break;
                case BlockFusion.SQUARE_RSUB_SQUARE: FusedLanes.squareRsubSquare(d, s, p, q, m); break;
                case BlockFusion.SQUARE_ADD_K_SQUARE: FusedLanes.squareAddKSquare(d, s, p, c, m); break;
                case BlockFusion.SQUARE_SUB_K_SQUARE: FusedLanes.squareSubKSquare(d, s, p, c, m); break;
                case BlockFusion.SQUARE_K_SUB_SQUARE: FusedLanes.squareKSubSquare(d, s, p, c, m); break;
                case BlockFusion.MUL_K_MUL_ADD: FusedLanes.mulKMulAdd(d, p, c, q, s, m); break;
                case BlockFusion.MUL_K_MUL_SUB: FusedLanes.mulKMulSub(d, p, c, q, s, m); break;
                case BlockFusion.MUL_K_MUL_RSUB: FusedLanes.mulKMulRsub(d, p, c, q, s, m); break;
                default: throw new IllegalStateException("bad block opcode " + (w & 0xFF));
            }
        }
    }
}
