package org.gdlab.core.surface;

import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;

/**
 * A cost C(x, y) of two parameters with its exact first and second derivatives.
 *
 * <p>Implementations are immutable and safe to call from several threads at once. Where C is not
 * defined (log of a negative number, say) they return NaN or ±∞, never throw; the simulation treats a
 * non-finite value or gradient as divergence. Where C is defined but not differentiable (a kink such as
 * |x| at 0), the gradient and Hessian follow a documented finite convention of the implementation.
 */
public interface CostFunction {

    /** @return C(x, y) */
    double value(double x, double y);

    /** @return ∇C(x, y) = (∂C/∂x, ∂C/∂y) */
    Vec2 gradient(double x, double y);

    /** @return the Hessian ∇²C(x, y) */
    Sym2 hessian(double x, double y);

    /** @return C(w) */
    default double value(Vec2 w) {
        return value(w.x(), w.y());
    }

    /** @return ∇C(w) */
    default Vec2 gradient(Vec2 w) {
        return gradient(w.x(), w.y());
    }

    /** @return ∇²C(w) */
    default Sym2 hessian(Vec2 w) {
        return hessian(w.x(), w.y());
    }
}
