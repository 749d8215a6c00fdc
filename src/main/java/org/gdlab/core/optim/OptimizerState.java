package org.gdlab.core.optim;

import java.util.Arrays;
import java.util.List;
import org.gdlab.core.math.Vec2;

/**
 * The read-only view of an optimizer's state: which optimizer, how many updates it holds, and its
 * statistics as the doubles its {@link UpdateKernel} carries (named by {@link OptimizerDefinition#state()},
 * e.g. Adam's "m.x", "m.y", "v.x", "v.y"). Immutable (the values are copied in). The state holds no
 * hyperparameter and no learning rate, so α and the hyperparameters can change between steps without
 * losing it. Buffers start at zero.
 */
public final class OptimizerState {

    private final OptimizerKind kind;
    private final int steps;
    private final double[] values;

    private OptimizerState(OptimizerKind kind, int steps, double[] values) {
        this.kind = kind;
        this.steps = steps;
        this.values = values;
    }

    /**
     * @param kind the optimizer
     * @param steps updates folded into the state (≥ 0)
     * @param values its statistics in the order of {@link OptimizerDefinition#state()} (copied)
     * @return the state
     * @throws IllegalArgumentException if the number of values is not the optimizer's, or steps &lt; 0
     */
    public static OptimizerState of(OptimizerKind kind, int steps, double... values) {
        int size = kind.definition().state().size();
        if (values.length != size) {
            throw new IllegalArgumentException("the state of " + kind.id() + " has " + size + " numbers, got "
                    + values.length);
        }
        if (steps < 0) {
            throw new IllegalArgumentException("a state holds 0 or more updates, got " + steps);
        }
        return new OptimizerState(kind, steps, values.clone());
    }

    /** @return the initial state of kind: zero statistics, no update */
    public static OptimizerState initial(OptimizerKind kind) {
        return new OptimizerState(kind, 0, new double[kind.definition().state().size()]);
    }

    /** @return the optimizer this state belongs to */
    public OptimizerKind kind() {
        return kind;
    }

    /** @return how many updates have been folded into this state (0 for the initial state) */
    public int steps() {
        return steps;
    }

    /** @return the statistic called name, e.g. "m.x" */
    public double get(String name) {
        int i = names().indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("the state of " + kind.id() + " has no " + name + "; it has: "
                    + (names().isEmpty() ? "(none)" : String.join(", ", names())));
        }
        return values[i];
    }

    /** @return the vector (name.x, name.y), e.g. vector("b") for momentum's velocity */
    public Vec2 vector(String name) {
        return new Vec2(get(name + ".x"), get(name + ".y"));
    }

    /** @return a copy of the statistics, in the order of {@link OptimizerDefinition#state()} */
    public double[] values() {
        return values.clone();
    }

    /**
     * @param h the run's hyperparameters
     * @param lr α_k, the rate of the step leaving the iterate this state belongs to
     * @return what the optimizer keeps in memory, as the plot draws it
     */
    public Memory memory(Hyperparameters h, double lr) {
        return kind.definition().memory().of(this, h, lr);
    }

    private List<String> names() {
        return kind.definition().state();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OptimizerState s && s.kind == kind && s.steps == steps && Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * kind.hashCode() + steps) + Arrays.hashCode(values);
    }

    /** @return e.g. "momentum after 2 steps: b.x=2.0, b.y=-1.0" */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(kind.id()).append(" after ").append(steps).append(" steps");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? ": " : ", ").append(names().get(i)).append('=').append(values[i]);
        }
        return b.toString();
    }
}
