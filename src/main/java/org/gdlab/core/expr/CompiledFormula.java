package org.gdlab.core.expr;

import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.CostFunction;

/**
 * A formula compiled for evaluation: C, ∂C/∂x, ∂C/∂y and the second derivatives as one DAG with shared
 * subexpressions, cut into three straight-line {@link Program}s (value; value and gradient; Hessian).
 * Evaluation does no parsing, no map look-ups and no boxing; immutable and safe to call from several
 * threads at once. Undefined points give NaN or ±∞, never an exception.
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

    /** @return the number of instructions for value and gradient together (after sharing) */
    public int gradientInstructionCount() {
        return gradientProgram.size();
    }
}
