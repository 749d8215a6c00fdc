/**
 * Cost surfaces C(x, y): the {@link org.gdlab.core.surface.CostFunction} contract (value, exact gradient,
 * exact Hessian), the {@link org.gdlab.core.surface.Surface} with its
 * {@link org.gdlab.core.surface.SurfaceDescription} (id, name, formula, view, known points, suggested start
 * and learning rate, log levels, notes), and {@link org.gdlab.core.surface.SurfaceCatalog}, which creates the
 * built-ins of {@code org.gdlab.core.surface.builtin} by id:
 * <pre>
 *   sphere            x² + y²                                   [-5,5]²
 *   quadratic         ½(u² + κv²), (u, v) = R(θ)(x, y)           [-5,5]²        params kappa ∈ [1,1e6], theta ∈ [-360,360]°
 *   rosenbrock        (1-x)² + 100(y-x²)²                       [-2,2]×[-1,3]
 *   banana            (1-x)² + 20(3y-x²)²                       [-2,2]×[-0.5,1.5]
 *   himmelblau        (x²+y-11)² + (x+y²-7)²                    [-5,5]²
 *   beale             Σ (cᵢ - x + xyⁱ)², c = 1.5, 2.25, 2.625   [-4.5,4.5]²
 *   booth             (x+2y-7)² + (2x+y-5)²                     [-10,10]²
 *   matyas            0.26(x²+y²) - 0.48xy                      [-10,10]²
 *   three-hump-camel  2x² - 1.05x⁴ + x⁶/6 + xy + y²             [-5,5]²
 *   six-hump-camel    (4-2.1x²+x⁴/3)x² + xy + (-4+4y²)y²        [-3,3]×[-2,2]
 *   goldstein-price   [1+(x+y+1)²(…)]·[30+(2x-3y)²(…)]          [-2,2]²
 *   mccormick         sin(x+y) + (x-y)² - 1.5x + 2.5y + 1       [-1.5,4]×[-3,4]
 *   rastrigin         20 + Σ (t² - 10cos2πt)                    [-5.12,5.12]²
 *   ackley            -20e^(-0.2r) - e^(½Σcos2πt) + e + 20      [-5,5]²
 *   styblinski-tang   ½ Σ (t⁴ - 16t² + 5t)                      [-5,5]²
 *   saddle            x² - y²                                   [-2,2]²
 *   monkey-saddle     x³ - 3xy²                                 [-2,2]²
 *   cliff             0.1(x-2)² + 0.5y² + smoothed ramp         [-4,4]×[-2,2]
 *   valley            |x| + 4|y - x/2|                          [-3,3]×[-2,2]
 * </pre>
 * Where a derivative does not exist (Ackley's origin, the valley's kinks) the built-ins return a documented
 * finite convention, never NaN for a finite input. Unknown ids and parameters are reported as
 * {@link java.lang.IllegalArgumentException}s with a one-sentence message that suggests the nearest valid
 * name and lists all of them. {@link org.gdlab.core.surface.BatchEvaluator} evaluates many points for one
 * thread, reusing scratch memory where the function offers it (a compiled formula does). Plain Java; no
 * JavaFX, no EJML.
 */
package org.gdlab.core.surface;
