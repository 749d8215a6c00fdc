package org.gdlab.core.expr;

import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.BatchEvaluator;
import org.gdlab.core.surface.CostFunction;

/**
 * A formula compiled for evaluation: C, ∂C/∂x, ∂C/∂y and the second derivatives as one DAG with shared
 * subexpressions, cut into three straight-line {@link Program}s (value; value and gradient; Hessian).
 * Evaluation does no parsing, no map look-ups and no boxing; immutable and safe to call from several
 * threads at once. Undefined points give NaN or ±∞, never an exception.
 *
 * <p>The gradient, on every path (one point or many), follows two rules after the programs have run:
 * <ul>
 *   <li>it exists only where C is finite: where C is ±∞ or NaN, both components are NaN (so no
 *       simplification of the derivatives can define a gradient where C has no value);</li>
 *   <li>where C is finite and a component comes out NaN, it is computed again with every indeterminate
 *       form (0/0, 0·∞, ∞/∞, ∞ − ∞) taken as 0 ({@link IndeterminateForms}). That is the point of a kink
 *       such as the tip of the cone √(x² + y²) or Ackley's minimum, where the slope x/√(x² + y²) is 0/0 and
 *       0 is the mean of its one-sided values (the convention of the built-in Ackley). A component that is
 *       still NaN (a function outside its domain) stays NaN, and one that is ±∞ stays ±∞.</li>
 * </ul>
 * Both rules concern formulas with an operation that can give ±∞ or NaN for finite operands: a division, a
 * power, a root, a logarithm, exp, sinh, cosh, tan, asin, acos or hypot. A formula made only of +, −, ·,
 * squares and cubes and of functions finite for every finite argument (sin, cos, atan, tanh, cbrt, abs,
 * sign, floor, ceil, min, max, atan2) is finite wherever the numbers stay below ±1.8·10³⁰⁸, so its values
 * are returned as computed (also after an overflow), and its batches pay nothing for the rules. For the
 * others the rules cost three arithmetic operations and a comparison per point when C and ∇C are finite;
 * the indeterminate forms are traced only at the rare points where a component is NaN. The Hessian is
 * returned as computed.
 *
 * <p>Many points at once ({@link #values}, {@link #valuesAndGradients}) run the same programs
 * instruction-major: each instruction is one tight loop over a block of points, so the interpretation
 * overhead is paid per block instead of per point. The results are bit for bit the per-point ones. Those
 * methods allocate their scratch rows per call (so they stay thread-safe); the overloads that take a
 * {@link Workspace} ({@link #newWorkspace()}, EJML style: caller-owned, one per thread) allocate nothing.
 */
public final class CompiledFormula implements CostFunction, BatchEvaluator.Source {

    private final Program valueProgram;
    private final Program gradientProgram;
    private final Program hessianProgram;
    /** Null when every operation is finite for finite operands (see the class comment). */
    private final IndeterminateForms indeterminateFormsAsZero;

    /**
     * @param value the formula (as typed: the value is computed exactly as written)
     * @param dx    ∂C/∂x
     * @param dy    ∂C/∂y
     * @param dxx   ∂²C/∂x²
     * @param dxy   ∂²C/∂x∂y
     * @param dyy   ∂²C/∂y²
     * @param work  counts the compiler's steps (modified)
     */
    CompiledFormula(Expr value, Expr dx, Expr dy, Expr dxx, Expr dxy, Expr dyy, Work work) {
        Compiler c = new Compiler(work);
        int v = c.add(value);
        int gx = c.add(dx);
        int gy = c.add(dy);
        int hxx = c.add(dxx);
        int hxy = c.add(dxy);
        int hyy = c.add(dyy);
        valueProgram = c.program(v);
        gradientProgram = c.program(v, gx, gy);
        hessianProgram = c.program(hxx, hxy, hyy);
        indeterminateFormsAsZero = finiteForFiniteOperands(gradientProgram) ? null
                : new IndeterminateForms(c.program(false, v, gx, gy));
    }

    /**
     * @return true when every operation of the program gives a finite result for finite operands (unless it
     *         overflows): then neither rule of the class comment can apply short of an overflow
     */
    private static boolean finiteForFiniteOperands(Program program) {
        int[] code = program.code();
        for (int pc = 0; pc < code.length; pc += 4) {
            int op = code[pc] & 0xFF;
            switch (op) {
                case Op.NEG_R, Op.NEG_A, Op.ADD_R, Op.ADD_A, Op.SUB_R, Op.SUB_A, Op.SUB_RA, Op.MUL_R, Op.MUL_A,
                        Op.SQUARE_R, Op.SQUARE_A, Op.CUBE_R, Op.CUBE_A, Op.SIN, Op.COS, Op.SINCOS, Op.ATAN,
                        Op.TANH, Op.CBRT, Op.ABS, Op.SIGN, Op.FLOOR, Op.CEIL, Op.MIN, Op.MAX, Op.ATAN2 -> { }
                default -> {
                    if (!Op.fused(op)) { // the superinstructions only add, subtract, multiply and square
                        return false;
                    }
                }
            }
        }
        return true;
    }

    @Override
    public double value(double x, double y) {
        return valueProgram.output(valueProgram.run(x, y), 0);
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double[] out = new double[3];
        valueAndGradient(x, y, out);
        return new Vec2(out[1], out[2]);
    }

    /**
     * Value and gradient in one pass (they share their subexpressions).
     *
     * @param out receives C, ∂C/∂x, ∂C/∂y in its first three entries (modified)
     */
    public void valueAndGradient(double x, double y, double[] out) {
        double[] r = gradientProgram.run(x, y);
        double v = gradientProgram.output(r, 0);
        double gx = gradientProgram.output(r, 1);
        double gy = gradientProgram.output(r, 2);
        out[0] = v;
        out[1] = gx;
        out[2] = gy;
        if (indeterminateFormsAsZero != null && unsettled(v, gx, gy)) {
            settle(x, y, out, out, out, 0, 1, 2);
        }
    }

    /**
     * @return true when C is not finite or a gradient component may be NaN: then {@link #settle} decides.
     *         v·0 is ±0 for a finite C and NaN otherwise, and a NaN component makes the sum NaN; so does
     *         +∞ + (−∞), which settle then leaves as it is. Three operations per point, on the batch path too.
     */
    private static boolean unsettled(double v, double gx, double gy) {
        double s = v * 0 + gx + gy;
        return s != s;
    }

    /**
     * Applies the two rules of the class comment to the point (x, y) whose value is value[iv] and whose
     * gradient is gx[ix], gy[iy] (modified).
     */
    private void settle(double x, double y, double[] value, double[] gx, double[] gy, int iv, int ix, int iy) {
        if (!Double.isFinite(value[iv])) {
            gx[ix] = Double.NaN;
            gy[iy] = Double.NaN;
            return;
        }
        if (Double.isNaN(gx[ix]) || Double.isNaN(gy[iy])) {
            double[] settled = indeterminateFormsAsZero.outputs(x, y);
            if (Double.isNaN(gx[ix])) {
                gx[ix] = settled[1];
            }
            if (Double.isNaN(gy[iy])) {
                gy[iy] = settled[2];
            }
        }
    }

    /** The rules of the class comment for n points of a batch (value, gx, gy modified). */
    private void settle(double[] xs, double[] ys, double[] value, double[] gx, double[] gy, int n) {
        if (indeterminateFormsAsZero == null) {
            return;
        }
        for (int i = 0; i < n; i++) {
            if (unsettled(value[i], gx[i], gy[i])) {
                settle(xs[i], ys[i], value, gx, gy, i, i, i);
            }
        }
    }

    @Override
    public Sym2 hessian(double x, double y) {
        double[] r = hessianProgram.run(x, y);
        return new Sym2(hessianProgram.output(r, 0), hessianProgram.output(r, 1), hessianProgram.output(r, 2));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Evaluated instruction-major over blocks of points ({@link BlockProgram}).
     */
    @Override
    public void values(double[] xs, double[] ys, double[] out, int n) {
        values(xs, ys, out, n, valueProgram.blocks().blockSize());
    }

    /** {@link #values} with a chosen block size (for tests of the block boundaries). */
    void values(double[] xs, double[] ys, double[] out, int n, int blockSize) {
        check(n, blockSize, xs, ys, out, out, out);
        valueProgram.blocks().run(xs, ys, n, blockSize, out);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Evaluated instruction-major over blocks of points ({@link BlockProgram}), value and gradient
     * in one pass as in {@link #valueAndGradient}.
     */
    @Override
    public void valuesAndGradients(double[] xs, double[] ys, double[] value, double[] gx, double[] gy, int n) {
        valuesAndGradients(xs, ys, value, gx, gy, n, gradientProgram.blocks().blockSize());
    }

    /** {@link #valuesAndGradients} with a chosen block size (for tests of the block boundaries). */
    void valuesAndGradients(double[] xs, double[] ys, double[] value, double[] gx, double[] gy, int n,
            int blockSize) {
        check(n, blockSize, xs, ys, value, gx, gy);
        if (value == gx || value == gy || gx == gy) {
            throw new IllegalArgumentException("value, gx and gy must be three different arrays");
        }
        gradientProgram.blocks().run(xs, ys, n, blockSize, value, gx, gy);
        settle(xs, ys, value, gx, gy, n);
    }

    /**
     * Caller-owned scratch memory for batch evaluation of one formula: the register rows of its value and
     * its value-and-gradient block programs, sized for the formula and its default block size (each kept near
     * 64 KiB, more only for very large formulas). Reused by every call that is given it, whatever the number of points, so those
     * calls allocate nothing. <b>Not thread-safe</b>: a workspace is modified by every call that uses it;
     * use one per thread (or per task). It holds no references to the caller's arrays between calls. Only
     * the formula that made it accepts it (not even an equal formula parsed again).
     */
    public static final class Workspace {

        private final CompiledFormula formula;
        private final BlockProgram.Scratch value;
        private final BlockProgram.Scratch gradient;

        private Workspace(CompiledFormula formula) {
            this.formula = formula;
            this.value = formula.valueProgram.blocks().newScratch();
            this.gradient = formula.gradientProgram.blocks().newScratch();
        }
    }

    /** @return a new workspace for the batch methods of this formula (for one thread at a time) */
    public Workspace newWorkspace() {
        return new Workspace(this);
    }

    /**
     * {@link #values(double[], double[], double[], int)} in a caller-owned workspace: the same results bit
     * for bit, no allocation.
     *
     * @param workspace made by {@link #newWorkspace()} of this formula (modified; not thread-safe)
     * @throws IllegalArgumentException as the method without workspace, or if workspace is null or was made
     *                                  by another formula (then nothing is written)
     */
    public void values(double[] xs, double[] ys, double[] out, int n, Workspace workspace) {
        BlockProgram blocks = valueProgram.blocks();
        check(n, blocks.blockSize(), xs, ys, out, out, out);
        blocks.run(xs, ys, n, own(workspace).value, out, null, null);
    }

    /**
     * {@link #valuesAndGradients(double[], double[], double[], double[], double[], int)} in a caller-owned
     * workspace: the same results bit for bit, no allocation.
     *
     * @param workspace made by {@link #newWorkspace()} of this formula (modified; not thread-safe)
     * @throws IllegalArgumentException as the method without workspace, or if workspace is null or was made
     *                                  by another formula (then nothing is written)
     */
    public void valuesAndGradients(double[] xs, double[] ys, double[] value, double[] gx, double[] gy, int n,
            Workspace workspace) {
        BlockProgram blocks = gradientProgram.blocks();
        check(n, blocks.blockSize(), xs, ys, value, gx, gy);
        if (value == gx || value == gy || gx == gy) {
            throw new IllegalArgumentException("value, gx and gy must be three different arrays");
        }
        blocks.run(xs, ys, n, own(workspace).gradient, value, gx, gy);
        settle(xs, ys, value, gx, gy, n);
    }

    private Workspace own(Workspace workspace) {
        if (workspace == null || workspace.formula != this) {
            throw new IllegalArgumentException(workspace == null ? "no workspace"
                    : "a workspace of another formula: make one with this formula's newWorkspace()");
        }
        return workspace;
    }

    /**
     * {@inheritDoc}
     *
     * <p>An evaluator with its own {@link Workspace}: no allocation per call, for one thread at a time.
     */
    @Override
    public BatchEvaluator newBatchEvaluator() {
        Workspace workspace = newWorkspace();
        return new BatchEvaluator() {
            @Override
            public void values(double[] xs, double[] ys, double[] out, int n) {
                CompiledFormula.this.values(xs, ys, out, n, workspace);
            }

            @Override
            public void valuesAndGradients(double[] xs, double[] ys, double[] value, double[] gx, double[] gy,
                    int n) {
                CompiledFormula.this.valuesAndGradients(xs, ys, value, gx, gy, n, workspace);
            }
        };
    }

    /** Fixed arity (no varargs array): the workspace calls must not allocate. */
    private static void check(int n, int blockSize, double[] xs, double[] ys, double[] a, double[] b,
            double[] c) {
        if (n < 0 || blockSize < 1) {
            throw new IllegalArgumentException("bad number of points " + n + " or block size " + blockSize);
        }
        checkLength(xs, n);
        checkLength(ys, n);
        checkLength(a, n);
        checkLength(b, n);
        checkLength(c, n);
    }

    private static void checkLength(double[] array, int n) {
        if (array == null || array.length < n) {
            throw new IllegalArgumentException("an array of " + (array == null ? "null" : array.length)
                    + " entries for " + n + " points");
        }
    }

    /** @return the number of instructions for value and gradient together (after sharing) */
    public int gradientInstructionCount() {
        return gradientProgram.size();
    }
}
