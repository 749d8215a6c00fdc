package org.gdlab.core.optim;

/** Factory of the optimizers of {@link OptimizerKind}. */
public final class Optimizers {

    private Optimizers() {
    }

    /**
     * @param k which optimizer
     * @param h its hyperparameters (each optimizer reads the ones it uses)
     * @return an immutable optimizer
     */
    public static Optimizer create(OptimizerKind k, Hyperparameters h) {
        return switch (k) {
            case GD -> new GradientDescent();
            case MOMENTUM -> new HeavyBall(h.momentum(), false);
            case NESTEROV -> new HeavyBall(h.momentum(), true);
            case ADAGRAD -> new Adagrad(h.eps());
            case RMSPROP -> new RmsProp(h.alpha(), h.eps());
            case ADAM -> new Adam(h.beta1(), h.beta2(), h.eps());
            case NORMALIZED -> new NormalizedGradient();
            case NEWTON -> new Newton(h.damping());
        };
    }

    /** @return an optimizer of kind k with {@link Hyperparameters#defaults(OptimizerKind)} */
    public static Optimizer create(OptimizerKind k) {
        return create(k, Hyperparameters.defaults(k));
    }

    static <S extends OptimizerState> S expect(Class<S> type, OptimizerState state, OptimizerKind k) {
        if (!type.isInstance(state)) {
            throw new IllegalArgumentException("the " + k.id() + " optimizer cannot continue from a state of "
                    + (state == null ? "null" : state.kind().id()));
        }
        return type.cast(state);
    }
}
