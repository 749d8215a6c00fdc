package org.gdlab.core.data;

import java.util.Optional;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;

/**
 * The cost J(p, q) of a two-parameter {@link Model} over a dataset, as a {@link Surface} that the engine runs
 * like any other: exact value, gradient and Hessian, a description whose known minimum is the
 * {@link #optimum()}. With scaling ({@link DataSpec#standardize()}) the parameters are in scaled units.
 *
 * <p>Besides the full cost, a data cost gives the cost and gradient over a mini-batch (the points
 * order[from … to)), which is what mini-batch SGD steps on:
 * J_B = (1/|B|) Σ_{i∈B} ℓᵢ (+ (λ/2)w² for logistic), ∇J_B likewise. With B all the points this is J, summed
 * point by point (the per-point loop). Immutable and thread-safe.
 */
public sealed interface DataCost extends Surface permits LeastSquaresCost, LogisticCost {

    /** @return what the cost is made of (the dataset in its own units) */
    DataSpec spec();

    /** @return the points the cost sums over: the spec's data, scaled when the spec asks */
    Dataset points();

    /** @return the scaling applied to the features, if any */
    Optional<Scaling> scaling();

    /** @return the minimiser, or why there is no finite, unique one */
    Optimum optimum();

    /**
     * @param order point indices (read: order[from … to))
     * @return J_B(p, q) over the points order[from … to), to &gt; from
     */
    double batchValue(int[] order, int from, int to, double p, double q);

    /**
     * @param order point indices (read: order[from … to))
     * @return ∇J_B(p, q) over the points order[from … to), to &gt; from
     */
    Vec2 batchGradient(int[] order, int from, int to, double p, double q);

    /**
     * @return the cost with point i (0-based, of the spec's data, in the data's units) moved to (x1, x2, y);
     *     x2 is ignored with one feature. The squared-error costs update their statistics in O(1)
     *     ({@link Moments}, {@link LeastSquaresCost}), scaled or not; the logistic cost is rebuilt.
     */
    default DataCost withMoved(int i, double x1, double x2, double y) {
        return spec().withData(spec().data().moved(i, x1, x2, y)).cost();
    }

    /**
     * @param target the spec's data with {@code moves} applied in order (the caller has them already)
     * @param moves  the moves that lead from this cost's data to {@code target}
     * @return the cost over {@code target}. The squared-error costs update their statistics with Welford's
     *     formulas, O(1) per move ({@link Moments#moved}), scaled or not; the logistic cost is rebuilt from the points
     */
    default DataCost withMoves(Dataset target, java.util.List<PointMove> moves) {
        return spec().withData(target).cost();
    }

    /** @return the cost with the point (x1, x2, y) added (in the data's units) */
    default DataCost withAdded(double x1, double x2, double y) {
        return spec().withData(spec().data().withPoint(x1, x2, y)).cost();
    }

    /** @return the cost without point i (a dataset keeps at least one point) */
    default DataCost withRemoved(int i) {
        return spec().withData(spec().data().without(i)).cost();
    }

    /**
     * @param s a surface, or null
     * @return the names of the plane's axes: the parameters' for a data cost (w and b, or w1 and w2), else x and y
     */
    static java.util.List<String> axisNames(Surface s) {
        return s instanceof DataCost c ? c.spec().model().parameterNames() : java.util.List.of("x", "y");
    }
}
