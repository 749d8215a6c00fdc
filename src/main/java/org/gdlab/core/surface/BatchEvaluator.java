package org.gdlab.core.surface;

/**
 * Batch evaluation of one cost function by one thread at a time: the same results as
 * {@link CostFunction#values} and {@link CostFunction#valuesAndGradients} (bit for bit, same arguments, same
 * exceptions), but an evaluator may keep scratch memory between its calls so that a call allocates nothing.
 * <b>Not thread-safe</b>: make one per thread or task ({@link #of}), e.g. one per worker of a parallel grid.
 */
public interface BatchEvaluator {

    /** As {@link CostFunction#values}: out[i] = C(xs[i], ys[i]), 0 ≤ i &lt; n (modified: out[0..n)). */
    void values(double[] xs, double[] ys, double[] out, int n);

    /** As {@link CostFunction#valuesAndGradients} (modified: value, gx, gy in [0, n)). */
    void valuesAndGradients(double[] xs, double[] ys, double[] value, double[] gx, double[] gy, int n);

    /**
     * Optional capability of a {@link CostFunction}: it makes evaluators that reuse scratch memory (a
     * compiled formula does). Functions without it get one that calls their plain batch methods.
     */
    interface Source {

        /** @return a new evaluator of this function, for one thread at a time */
        BatchEvaluator newBatchEvaluator();
    }

    /**
     * @param f a cost function
     * @return f's own evaluator if f is a {@link Source}, otherwise one that calls f's batch methods
     */
    static BatchEvaluator of(CostFunction f) {
        if (f instanceof Source source) {
            return source.newBatchEvaluator();
        }
        return new BatchEvaluator() {
            @Override
            public void values(double[] xs, double[] ys, double[] out, int n) {
                f.values(xs, ys, out, n);
            }

            @Override
            public void valuesAndGradients(double[] xs, double[] ys, double[] value, double[] gx, double[] gy,
                    int n) {
                f.valuesAndGradients(xs, ys, value, gx, gy, n);
            }
        };
    }
}
