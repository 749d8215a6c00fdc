package org.gdlab.core.optim;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything about one optimizer, declared once in that optimizer's own file and registered as one
 * constant of {@link OptimizerKind} (e.g. {@code ADAM(Adam.DEFINITION)}). The side panel, the race editor,
 * the command line, the scenario format and the captions all read it; none of them lists optimizers.
 *
 * <p><b>Adding an optimizer</b>: write one file with its {@code DEFINITION} (id, name, rule, hyperparameter
 * declarations, state names, its arithmetic as an {@link UpdateKernel}, and its memory glyph) and add one
 * constant to {@link OptimizerKind}; the one-run stepper, the batch and lockstep runners, the side panel,
 * the race editor, the command line and the scenario format then know it. <b>Adding a
 * hyperparameter</b>: declare it in that file and read it there.
 *
 * @param id the command-line and file id, e.g. "adam" (a contract: never rename)
 * @param displayName the name shown to people, e.g. "Adam"
 * @param defaultLearningRate the rate GD Lab proposes for it when nothing better is known (finite, &gt; 0)
 * @param rule the update rule in one line with g = ∇C, as on the plot's captions and in the legend
 * @param hyperparameters its hyperparameters in the order they are shown (distinct names)
 * @param state the names of the doubles of state its kernel carries per run, e.g. "b.x", "b.y" (a vector
 *     v is stored as "v.x", "v.y"); empty for rules without memory
 * @param kernel makes its arithmetic ({@link UpdateKernel}) from values of exactly these hyperparameters;
 *     the kernel's {@link UpdateKernel#stateSize()} is the number of state names
 * @param memory how its state is drawn on the plot ({@link Memory.View#NONE} for rules without memory)
 * @param alpha what α means to it ({@link Alpha#RATE} for the rules with a fixed α)
 */
public record OptimizerDefinition(String id, String displayName, double defaultLearningRate, String rule,
        List<Hyperparameter> hyperparameters, List<String> state, Function<Hyperparameters, UpdateKernel> kernel,
        Memory.View memory, Alpha alpha) {

    /**
     * What the learning rate α means to a rule. The rules that choose their own step length t
     * (everything but {@link #RATE}) are deterministic line-search methods: they take no noise, no schedule
     * and no warm-up ({@link org.gdlab.core.sim.RunConfig} refuses them).
     */
    public enum Alpha {
        /** α is the step size of every step (gd, momentum, adam, …) */
        RATE,
        /** α is the first trial step of each line search (armijo, wolfe, cg, bfgs, lbfgs) */
        FIRST_TRIAL,
        /** α is the first step's length only (bb) */
        FIRST_STEP,
        /** α is not used (exact, polyak): no α sweep, no ghost paths */
        UNUSED;

        /** @return true when the rule chooses its own step length (everything but {@link #RATE}) */
        public boolean choosesStepLength() {
            return this != RATE;
        }
    }

    /** A rule with a fixed α ({@link Alpha#RATE}). */
    public OptimizerDefinition(String id, String displayName, double defaultLearningRate, String rule,
            List<Hyperparameter> hyperparameters, List<String> state, Function<Hyperparameters, UpdateKernel> kernel,
            Memory.View memory) {
        this(id, displayName, defaultLearningRate, rule, hyperparameters, state, kernel, memory, Alpha.RATE);
    }

    /** @throws IllegalArgumentException if the id is malformed, the rate is not &gt; 0 or two names repeat */
    public OptimizerDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(alpha, "alpha");
        hyperparameters = List.copyOf(hyperparameters);
        state = List.copyOf(state);
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("an optimizer id is lower-case letters, digits and -, got '" + id + "'");
        }
        if (!(defaultLearningRate > 0) || !Double.isFinite(defaultLearningRate)) {
            throw new IllegalArgumentException(id + ": the default learning rate must be > 0, got " + defaultLearningRate);
        }
        Set<String> seen = new HashSet<>();
        for (Hyperparameter h : hyperparameters) {
            if (!seen.add(h.name())) {
                throw new IllegalArgumentException(id + " declares the hyperparameter " + h.name() + " twice");
            }
        }
    }

    /** @return the declaration called name, if this optimizer has one */
    public Optional<Hyperparameter> hyperparameter(String name) {
        return hyperparameters.stream().filter(h -> h.name().equals(name)).findFirst();
    }
}
