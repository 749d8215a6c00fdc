/**
 * Custom cost functions typed as formulas in x and y: parsing, exact symbolic derivatives, printing and
 * compiled evaluation.
 *
 * <p>Entry point: {@link org.gdlab.core.expr.FormulaSurface#parse(String)}; every invalid input gives a
 * {@link org.gdlab.core.expr.FormulaException} with a character range and a plain message.
 *
 * <p>Pipeline: {@code Lexer} (tokens) → {@code Parser} (recursive descent, one method per grammar rule) →
 * {@link org.gdlab.core.expr.Expr} (sealed records) → {@code Simplify} / {@code Derivative} (symbolic
 * ∂/∂x, ∂/∂y and second derivatives) → {@code Printer} (text that parses back to the same tree) →
 * {@code Compiler} (one DAG with common-subexpression elimination) → {@code Program} (an instruction
 * array run by one loop, point by point) and {@code BlockProgram} (the same instructions run over blocks of
 * points, one {@code Lanes} loop per instruction: {@code CostFunction.values} / {@code valuesAndGradients},
 * bit for bit the per-point results; with a caller-owned {@code CompiledFormula.Workspace}, one per thread,
 * they allocate nothing). User text never becomes Java code, classes or reflection calls.
 *
 * <p>The language, exactly (also in {@code formula-language.md} in this package's resources):
 * <ul>
 *   <li>numbers {@code 3 0.5 .5 1. 1e-3 2.5E+4}; the exponent needs digits, so {@code 2e} and
 *       {@code 2e^x} use the constant e;</li>
 *   <li>variables {@code x y}, constants {@code pi e}; names are case-sensitive;</li>
 *   <li>{@code + - * / ^} and parentheses; {@code ^} is right-associative and binds tighter than a sign:
 *       {@code -x^2 = -(x^2)}, {@code 2^3^2 = 2^9}, {@code 2^-x = 2^(-x)};</li>
 *   <li>implicit multiplication, with the precedence of {@code *}: a factor followed directly by a name or
 *       an opening parenthesis: {@code 2x}, {@code 2pi x}, {@code x y}, {@code 3(x+y)},
 *       {@code (x+1)(y-1)}, {@code 2sin(x)}, {@code x(y+1)}, {@code 2x^2 = 2(x^2)}. Not accepted: a number
 *       after a factor ({@code x 2}, {@code (x+1)2}), names run together ({@code xy}), and an implicit
 *       product right after a division ({@code 1/2x}, ambiguous);</li>
 *   <li>functions sin cos tan asin acos atan sinh cosh tanh exp log ln log10 log2 sqrt cbrt abs sign floor
 *       ceil (one argument) and min max pow hypot atan2 (two); {@code log} and {@code ln} are natural;</li>
 *   <li>whitespace anywhere between tokens; at most {@value org.gdlab.core.expr.FormulaLimits#MAX_LENGTH}
 *       characters, {@value org.gdlab.core.expr.FormulaLimits#MAX_NESTING} nested levels and
 *       {@value org.gdlab.core.expr.FormulaLimits#MAX_DEPTH} operations deep.</li>
 * </ul>
 */
package org.gdlab.core.expr;
