package org.gdlab.core.expr;

import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.CostFunction;

/**
 * A formula compiled for evaluation: C, ∂C/∂x, ∂C/∂y and the second derivatives as one DAG with shared
 * subexpressions, cut into three straight-line {@link Program}s (value; value and gradient; Hessian).
 * Evaluation does no parsing, no map look-ups and no boxing; immutable and safe to call from several
 * threads at once. Undefined points give NaN or ±∞, never an exception.
 *
 * <p>Many points at once ({@link #values}, {@link #valuesAndGradients}) run the same programs
 * instruction-major: each instruction is one tight loop over a block of points, so the interpretation
 * overhead is paid per block instead of per point. The results are bit for bit the per-point ones.
 */
public final class CompiledFormula implements CostFunction {

    private final Program valueProgram;
    private final Program gradientProgram;
    private final Program hessianProgram;

    /**
     * @param value the formula (as typed: the value is computed exactly as written)
     * @param dx    ∂C/∂x
     * @param dy    ∂C/∂y
     * @param dxx   ∂²C/∂x²
     * @param dxy   ∂²C/∂x∂y
     * @param dyy   ∂²C/∂y²
     */
    CompiledFormula(Expr value, Expr dx, Expr dy, Expr dxx, Expr dxy, Expr dyy) {
        Compiler c = new Compiler();
        int v = c.add(value);
        int gx = c.add(dx);
        int gy = c.add(dy);
        int hxx = c.add(dxx);
        int hxy = c.add(dxy);
        int hyy = c.add(dyy);
        valueProgram = c.program(v);
        gradientProgram = c.program(v, gx, gy);
        hessianProgram = c.program(hxx, hxy, hyy);
    }

    @Override
    public double value(double x, double y) {
        return valueProgram.output(valueProgram.run(x, y), 0);
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double[] r = gradientProgram.run(x, y);
        return new Vec2(gradientProgram.output(r, 1), gradientProgram.output(r, 2));
    }

    /**
     * Value and gradient in one pass (they share their subexpressions).
     *
     * @param out receives C, ∂C/∂x, ∂C/∂y in its first three entries (modified)
     */
    public void valueAndGradient(double x, double y, double[] out) {
        double[] r = gradientProgram.run(x, y);
        out[0] = gradientProgram.output(r, 0);
        out[1] = gradientProgram.output(r, 1);
        out[2] = gradientProgram.output(r, 2);
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
    }

    private static void check(int n, int blockSize, double[]... arrays) {
        if (n < 0 || blockSize < 1) {
            throw new IllegalArgumentException("bad number of points " + n + " or block size " + blockSize);
        }
        for (double[] array : arrays) {
            if (array == null || array.length < n) {
                throw new IllegalArgumentException("an array of " + (array == null ? "null" : array.length)
                        + " entries for " + n + " points");
            }
        }
    }

    /** @return the number of instructions for value and gradient together (after sharing) */
    public int gradientInstructionCount() {
        return gradientProgram.size();
    }
}
