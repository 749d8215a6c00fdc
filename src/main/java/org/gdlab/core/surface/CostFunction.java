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

    /**
     * Many values at once: out[i] = C(xs[i], ys[i]) for 0 ≤ i &lt; n. For contour grids, basin maps and
     * sweeps; an implementation may evaluate the points together (faster), but each out[i] is bit for bit
     * what {@link #value(double, double)} gives for that point. This default calls it once per point.
     *
     * <p>Only {@code out[0..n)} is modified; xs and ys are not. out may be the same array as xs or ys
     * (each point's inputs are read before its output is written).
     *
     * @param xs  the x coordinates (read: the first n)
     * @param ys  the y coordinates (read: the first n)
     * @param out receives the values (modified: the first n entries)
     * @param n   the number of points, at least 0
     * @throws IllegalArgumentException if n &lt; 0 or an array is shorter than n (then nothing is written)
     */
    default void values(double[] xs, double[] ys, double[] out, int n) {
        checkBatch(n, xs, ys, out, out, out);
        for (int i = 0; i < n; i++) {
            out[i] = value(xs[i], ys[i]);
        }
    }

    /**
     * Many values and gradients at once: value[i] = C(p), gx[i] = ∂C/∂x(p), gy[i] = ∂C/∂y(p) at
     * p = (xs[i], ys[i]), 0 ≤ i &lt; n. Each entry is bit for bit what {@link #value(double, double)} and
     * {@link #gradient(double, double)} give for that point. This default calls both once per point.
     *
     * <p>Only {@code value[0..n)}, {@code gx[0..n)} and {@code gy[0..n)} are modified; xs and ys are not.
     * The three outputs must be distinct arrays; any of them may be xs or ys (each point's inputs are read
     * before its outputs are written).
     *
     * @param xs    the x coordinates (read: the first n)
     * @param ys    the y coordinates (read: the first n)
     * @param value receives C (modified: the first n entries)
     * @param gx    receives ∂C/∂x (modified: the first n entries)
     * @param gy    receives ∂C/∂y (modified: the first n entries)
     * @param n     the number of points, at least 0
     * @throws IllegalArgumentException if n &lt; 0, an array is shorter than n, or two outputs are the same
     *                                  array (then nothing is written)
     */
    default void valuesAndGradients(double[] xs, double[] ys, double[] value, double[] gx, double[] gy, int n) {
        checkBatch(n, xs, ys, value, gx, gy);
        if (value == gx || value == gy || gx == gy) {
            throw new IllegalArgumentException("value, gx and gy must be three different arrays");
        }
        for (int i = 0; i < n; i++) {
            double x = xs[i];
            double y = ys[i];
            Vec2 g = gradient(x, y);
            value[i] = value(x, y);
            gx[i] = g.x();
            gy[i] = g.y();
        }
    }

    /** @throws IllegalArgumentException if n &lt; 0 or one of the arrays is null or shorter than n */
    private static void checkBatch(int n, double[] xs, double[] ys, double[] a, double[] b, double[] c) {
        if (n < 0) {
            throw new IllegalArgumentException("negative number of points: " + n);
        }
        for (double[] array : new double[][] {xs, ys, a, b, c}) {
            if (array == null || array.length < n) {
                throw new IllegalArgumentException("an array of " + (array == null ? "null" : array.length)
                        + " entries for " + n + " points");
            }
        }
    }
}
