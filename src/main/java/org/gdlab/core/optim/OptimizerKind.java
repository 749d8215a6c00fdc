package org.gdlab.core.optim;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gdlab.core.surface.EditDistance;

/**
 * The registry of the optimizers GD Lab knows: one constant per optimizer, made from the
 * {@link OptimizerDefinition} that lives in that optimizer's own file (adding an optimizer is that file plus
 * one constant here). Everything else (names, hyperparameters, captions) is read from the definition.
 *
 * <p>PyTorch's update rules (g = the gradient the optimizer sees, α = the
 * learning rate of this step, all vector operations element-wise, buffers start at 0):
 * <table>
 *   <caption>update rules</caption>
 *   <tr><th>id</th><th>rule</th></tr>
 *   <tr><td>gd</td><td>w ← w − α g</td></tr>
 *   <tr><td>momentum</td><td>b ← μ b + g; w ← w − α b (μ ∈ [0, 1), default 0.9)</td></tr>
 *   <tr><td>nesterov</td><td>b ← μ b + g; w ← w − α (g + μ b) (μ ∈ [0, 1), default 0.9)</td></tr>
 *   <tr><td>adagrad</td><td>s ← s + g²; w ← w − α g / (√s + ε) (ε ∈ [0, ∞), default 1e-10)</td></tr>
 *   <tr><td>rmsprop</td><td>v ← ρ v + (1 − ρ) g²; w ← w − α g / (√v + ε) (ρ ∈ [0, 1], default 0.99, called
 *       alpha as in PyTorch; ε ∈ [0, ∞), default 1e-8)</td></tr>
 *   <tr><td>adam</td><td>m ← β₁m + (1 − β₁)g; v ← β₂v + (1 − β₂)g²; m̂ = m/(1 − β₁ᵗ); v̂ = v/(1 − β₂ᵗ),
 *       t = 1, 2, …; w ← w − α m̂/(√v̂ + ε) (β₁, β₂ ∈ [0, 1), defaults 0.9, 0.999; ε ∈ [0, ∞), default
 *       1e-8)</td></tr>
 *   <tr><td>normalized</td><td>w ← w − α g/|g| (a zero gradient takes no step)</td></tr>
 *   <tr><td>newton</td><td>w ← w − α (H + δI)⁻¹ g, δ = max(0, D − λmin(H)), D = damping ∈ [0, ∞) (default
 *       1e-3)</td></tr>
 * </table>
 *
 * <p>Rules that choose their own step length t each step (w ← w + t·d, d = −g for the first five; see each
 * class for the details and defaults): armijo ({@link Armijo}), wolfe ({@link Wolfe}), exact
 * ({@link ExactLineSearch}), polyak ({@link Polyak}), bb ({@link BarzilaiBorwein}), cg
 * ({@link ConjugateGradient}), bfgs ({@link Bfgs}), lbfgs ({@link Lbfgs}). For them α is the first trial
 * step (armijo, wolfe, cg, bfgs, lbfgs; default 1), the first step (bb; 0.01) or unused (exact, polyak);
 * see {@link OptimizerDefinition.Alpha}.
 *
 * <p>{@link #defaultLearningRate()} is the rate GD Lab proposes for the optimizer when nothing better is
 * known (a surface's suggested rate is tuned for plain GD). Values: gd, momentum, nesterov 0.01; adagrad 0.1;
 * rmsprop 0.01; adam 0.01; normalized 0.1; newton 1. PyTorch's own defaults are 0.001 for SGD (2.x), 0.01
 * for Adagrad and RMSprop, 0.001 for Adam; GD Lab takes larger rates where PyTorch's would need thousands
 * of steps to cross a view of width ~10 (adaptive methods move about α per coordinate per step, Adagrad
 * less and less), and Newton's natural rate 1.
 */
public enum OptimizerKind {
    GD(GradientDescent.DEFINITION),
    MOMENTUM(HeavyBall.MOMENTUM_DEFINITION),
    NESTEROV(HeavyBall.NESTEROV_DEFINITION),
    ADAGRAD(Adagrad.DEFINITION),
    RMSPROP(RmsProp.DEFINITION),
    ADAM(Adam.DEFINITION),
    NORMALIZED(NormalizedGradient.DEFINITION),
    NEWTON(Newton.DEFINITION),
    ARMIJO(Armijo.DEFINITION),
    WOLFE(Wolfe.DEFINITION),
    EXACT(ExactLineSearch.DEFINITION),
    POLYAK(Polyak.DEFINITION),
    BB(BarzilaiBorwein.DEFINITION),
    CG(ConjugateGradient.DEFINITION),
    BFGS(Bfgs.DEFINITION),
    LBFGS(Lbfgs.DEFINITION);

    private final OptimizerDefinition definition;

    OptimizerKind(OptimizerDefinition definition) {
        this.definition = definition;
    }

    /** @return everything this optimizer declares (see {@link OptimizerDefinition}) */
    public OptimizerDefinition definition() {
        return definition;
    }

    /** @return the command-line id, e.g. "adam" */
    public String id() {
        return definition.id();
    }

    /** @return the name shown to people, e.g. "Gradient descent" */
    public String displayName() {
        return definition.displayName();
    }

    /** @return the learning rate GD Lab proposes for this optimizer (see the class comment) */
    public double defaultLearningRate() {
        return definition.defaultLearningRate();
    }

    /** @return its hyperparameters' declarations, in the order they are shown (empty for gd and normalized) */
    public List<Hyperparameter> hyperparameters() {
        return definition.hyperparameters();
    }

    /** @return the declaration called name, if this optimizer has one */
    public Optional<Hyperparameter> hyperparameter(String name) {
        return definition.hyperparameter(name);
    }

    /** @return the update rule in one line, with g = ∇C and element-wise operations, e.g. "w ← w − α∇C" */
    public String rule() {
        return definition.rule();
    }

    /** @return what α means to this rule: a rate, a first trial step, the first step, or nothing */
    public OptimizerDefinition.Alpha alpha() {
        return definition.alpha();
    }

    /**
     * @return true when the rule chooses its own step length (a line search or a formula for t): it takes no
     *     noise, schedule or warm-up, and each row's {@code lr} is the accepted t
     */
    public boolean choosesStepLength() {
        return definition.alpha().choosesStepLength();
    }

    /** @return the valid ids, comma separated, in declaration order */
    public static String validIds() {
        return Arrays.stream(values()).map(OptimizerKind::id).collect(Collectors.joining(", "));
    }

    /**
     * @param id an id such as "adam" (case and surrounding spaces ignored)
     * @return the optimizer with that id
     * @throws IllegalArgumentException naming the valid ids (and the closest one) when there is none
     */
    public static OptimizerKind fromId(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (OptimizerKind k : values()) {
            if (k.id().equals(key)) {
                return k;
            }
        }
        List<String> ids = Arrays.stream(values()).map(OptimizerKind::id).toList();
        String hint = EditDistance.closest(key, ids).map(c -> " (did you mean '" + c + "'?)").orElse("");
        throw new IllegalArgumentException("unknown optimizer '" + id + "'" + hint + "; valid: " + validIds());
    }
}
