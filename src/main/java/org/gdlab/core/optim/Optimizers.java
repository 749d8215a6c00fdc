package org.gdlab.core.optim;

/** Factory of the optimizers of {@link OptimizerKind}. */
public final class Optimizers {

    private Optimizers() {
    }

    /**
     * @param k which optimizer
     * @param h its hyperparameters (of kind k)
     * @return an immutable optimizer, one lane of k's {@link OptimizerDefinition#kernel()}
     * @throws IllegalArgumentException if h belongs to another optimizer
     */
    public static Optimizer create(OptimizerKind k, Hyperparameters h) {
        if (h.kind() != k) {
            throw new IllegalArgumentException("the " + k.id() + " optimizer cannot use hyperparameters of " + h.kind().id());
        }
        return new KernelOptimizer(k, k.definition().kernel().apply(h));
    }

    /** @return an optimizer of kind k with {@link Hyperparameters#defaults(OptimizerKind)} */
    public static Optimizer create(OptimizerKind k) {
        return create(k, Hyperparameters.defaults(k));
    }
}
