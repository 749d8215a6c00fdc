package org.gdlab.core.expr;

import java.util.List;
import java.util.Locale;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.BatchEvaluator;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * A cost surface typed by the user as a formula in x and y (the language is described in
 * {@code formula-language.md} next to this class). Exact gradient and Hessian by symbolic differentiation;
 * compiled evaluation ({@link CompiledFormula}: no gradient where C is not finite, 0 where a slope is 0/0 at
 * a kink). Accepting a formula takes at most {@link FormulaLimits#MAX_WORK} counted steps, whatever its
 * text. Immutable and thread-safe.
 *
 * <p>Description: id = the text as typed, name "Custom formula", view [-5, 5]², no known points,
 * log-spaced levels off. Suggested start: the first of (−4, 3.5), (3.5, −4), (−2, 2), (1, 1), (0.5, 0.5)
 * where C and ∇C are finite. Suggested learning rate: 0.01, lowered along 5, 2, 1 × 10^k until the first
 * step α·|∇C(start)| is at most 1 (one tenth of the view).
 */
public final class FormulaSurface implements Surface, BatchEvaluator.Source {

    private static final List<Vec2> STARTS = List.of(new Vec2(-4, 3.5), new Vec2(3.5, -4), new Vec2(-2, 2),
            new Vec2(1, 1), new Vec2(0.5, 0.5));

    private final String text;
    private final Expr expression;
    private final Expr dx;
    private final Expr dy;
    private final String dxText;
    private final String dyText;
    private final CompiledFormula compiled;
    private final SurfaceDescription description;

    private FormulaSurface(String text, Expr expression, Work work) {
        this.text = text;
        this.expression = expression;
        Simplify s = new Simplify(work);
        // where C is undefined because of a zero (a denominator, a logarithm), read from C as typed; a
        // quotient may cancel such a zero, since the gradient is undefined wherever C is (CompiledFormula)
        Expr typed = s.light().simplify(expression);
        s.excludeZerosOf(typed);
        Expr simplified = s.simplify(typed);
        this.dx = Derivative.of(s, simplified, Expr.Variable.X);
        this.dy = Derivative.of(s, simplified, Expr.Variable.Y);
        if (Exprs.treeSize(dx) > FormulaLimits.MAX_DERIVATIVE_NODES
                || Exprs.treeSize(dy) > FormulaLimits.MAX_DERIVATIVE_NODES) {
            throw new FormulaException(String.format(Locale.ROOT, "formula too complex: its exact derivative would"
                    + " have more than %,d parts", FormulaLimits.MAX_DERIVATIVE_NODES), 0, text.length());
        }
        this.dxText = Printer.print(dx);
        this.dyText = Printer.print(dy);
        // The second derivatives are only evaluated, never shown: they are taken through the light view,
        // which keeps the sharing of common subexpressions (for a product of n factors, O(n) nodes instead
        // of the O(n²) of the simplified first derivatives, or the O(n³) of differentiating those).
        Simplify light = s.light();
        Expr gx = Derivative.of(light, simplified, Expr.Variable.X);
        Expr gy = Derivative.of(light, simplified, Expr.Variable.Y);
        this.compiled = new CompiledFormula(expression, dx, dy, Derivative.of(light, gx, Expr.Variable.X),
                Derivative.of(light, gx, Expr.Variable.Y), Derivative.of(light, gy, Expr.Variable.Y), work);
        Vec2 start = suggestedStart();
        this.description = new SurfaceDescription(text, "Custom formula", text, ViewRect.square(5), List.of(),
                start, suggestedRate(start), false, "");
    }

    /**
     * @param text a formula in x and y, e.g. {@code "(1-x)^2 + 100(y-x^2)^2"}
     * @return the surface
     * @throws FormulaException for any text that is not a valid formula, with the range it refers to;
     *                          never any other exception
     */
    public static FormulaSurface parse(String text) throws FormulaException {
        return parse(text, Work.forOneFormula());
    }

    /**
     * {@link #parse(String)} within a given budget (for tests that measure the work).
     *
     * @param work counts the steps of simplifying, differentiating and compiling (modified)
     */
    static FormulaSurface parse(String text, Work work) throws FormulaException {
        try {
            return new FormulaSurface(text, Parser.parse(text), work);
        } catch (FormulaException e) {
            throw e;
        } catch (Work.Exceeded e) {
            throw new FormulaException(e.getMessage(), 0, text.length());
        } catch (StackOverflowError | RuntimeException e) {
            int length = text == null ? 0 : text.length();
            throw new FormulaException("formula could not be processed (" + e.getClass().getSimpleName()
                    + "); please report it", 0, length);
        }
    }

    /** @return the formula as typed */
    public String text() {
        return text;
    }

    /** @return the formula's tree, as parsed (not simplified) */
    public Expr expression() {
        return expression;
    }

    /** @return ∂C/∂x, simplified */
    public Expr derivativeX() {
        return dx;
    }

    /** @return ∂C/∂y, simplified */
    public Expr derivativeY() {
        return dy;
    }

    /** @return the simplified ∂C/∂x as formula text that parses back to the same tree */
    public String derivativeXText() {
        return dxText;
    }

    /** @return the simplified ∂C/∂y as formula text that parses back to the same tree */
    public String derivativeYText() {
        return dyText;
    }

    /** @return the compiled evaluator (also offers value and gradient in one pass) */
    public CompiledFormula compiled() {
        return compiled;
    }

    @Override
    public SurfaceDescription description() {
        return description;
    }

    @Override
    public double value(double x, double y) {
        return compiled.value(x, y);
    }

    @Override
    public Vec2 gradient(double x, double y) {
        return compiled.gradient(x, y);
    }

    @Override
    public Sym2 hessian(double x, double y) {
        return compiled.hessian(x, y);
    }

    /** Block evaluation, see {@link CompiledFormula#values}. */
    @Override
    public void values(double[] xs, double[] ys, double[] out, int n) {
        compiled.values(xs, ys, out, n);
    }

    /** Block evaluation, see {@link CompiledFormula#valuesAndGradients}. */
    @Override
    public void valuesAndGradients(double[] xs, double[] ys, double[] value, double[] gx, double[] gy, int n) {
        compiled.valuesAndGradients(xs, ys, value, gx, gy, n);
    }

    /** An evaluator with its own workspace, see {@link CompiledFormula#newBatchEvaluator}. */
    @Override
    public BatchEvaluator newBatchEvaluator() {
        return compiled.newBatchEvaluator();
    }

    @Override
    public String toString() {
        return "FormulaSurface[" + text + "]";
    }

    private Vec2 suggestedStart() {
        for (Vec2 p : STARTS) {
            if (Double.isFinite(value(p)) && gradient(p).isFinite()) {
                return p;
            }
        }
        return STARTS.get(0);
    }

    private double suggestedRate(Vec2 start) {
        double slope = gradient(start).norm();
        double[] mantissas = {5, 2, 1};
        double rate = 0.01;
        for (int k = 2; k < 12 && Double.isFinite(slope) && rate * slope > 1; k++) {
            for (double m : mantissas) {
                rate = m * Math.pow(10, -k - 1);
                if (rate * slope <= 1) {
                    break;
                }
            }
        }
        return rate;
    }
}
