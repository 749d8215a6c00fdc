package org.gdlab.core.optim;

/**
 * Every hyperparameter of every optimizer (each optimizer reads the ones it uses). Immutable; the
 * compact constructor rejects values outside PyTorch's valid ranges.
 *
 * @param momentum μ ≥ 0 of momentum and Nesterov (default 0.9)
 * @param beta1 β₁ ∈ [0, 1) of Adam (default 0.9)
 * @param beta2 β₂ ∈ [0, 1) of Adam (default 0.999)
 * @param eps ε ≥ 0 added to the denominator of Adagrad (default 1e-10), RMSprop and Adam (default 1e-8)
 * @param alpha ρ ∈ [0, 1] of RMSprop, the decay of the squared-gradient average (named alpha as in PyTorch; default 0.99)
 * @param damping D ≥ 0 of Newton: H + δI gets smallest eigenvalue at least D, δ = max(0, D − λmin)
 *     (default 1e-3; with D = 0 a singular Hessian makes the step undefined)
 */
public record Hyperparameters(double momentum, double beta1, double beta2, double eps, double alpha, double damping) {

    /** Newton's default damping margin D. */
    public static final double DEFAULT_DAMPING = 1e-3;

    /** @throws IllegalArgumentException with a one-line message for a value out of range */
    public Hyperparameters {
        check(momentum >= 0 && Double.isFinite(momentum), "momentum must be a finite number ≥ 0", momentum);
        check(beta1 >= 0 && beta1 < 1, "beta1 must be in [0, 1)", beta1);
        check(beta2 >= 0 && beta2 < 1, "beta2 must be in [0, 1)", beta2);
        check(eps >= 0 && Double.isFinite(eps), "eps must be a finite number ≥ 0", eps);
        check(alpha >= 0 && alpha <= 1, "alpha (RMSprop's decay ρ) must be in [0, 1]", alpha);
        check(damping >= 0 && Double.isFinite(damping), "damping must be a finite number ≥ 0", damping);
    }

    private static void check(boolean ok, String rule, double value) {
        if (!ok) {
            throw new IllegalArgumentException(rule + ", got " + value);
        }
    }

    /**
     * @param k an optimizer
     * @return PyTorch's defaults: μ = 0.9, β₁ = 0.9, β₂ = 0.999, ε = 1e-10 for Adagrad and 1e-8 otherwise,
     *     ρ = 0.99, and D = {@link #DEFAULT_DAMPING}
     */
    public static Hyperparameters defaults(OptimizerKind k) {
        double eps = k == OptimizerKind.ADAGRAD ? 1e-10 : 1e-8;
        return new Hyperparameters(0.9, 0.9, 0.999, eps, 0.99, DEFAULT_DAMPING);
    }

    /** @return a copy with momentum μ = m */
    public Hyperparameters withMomentum(double m) {
        return new Hyperparameters(m, beta1, beta2, eps, alpha, damping);
    }

    /** @return a copy with β₁ = b */
    public Hyperparameters withBeta1(double b) {
        return new Hyperparameters(momentum, b, beta2, eps, alpha, damping);
    }

    /** @return a copy with β₂ = b */
    public Hyperparameters withBeta2(double b) {
        return new Hyperparameters(momentum, beta1, b, eps, alpha, damping);
    }

    /** @return a copy with ε = e */
    public Hyperparameters withEps(double e) {
        return new Hyperparameters(momentum, beta1, beta2, e, alpha, damping);
    }

    /** @return a copy with RMSprop's ρ = a */
    public Hyperparameters withAlpha(double a) {
        return new Hyperparameters(momentum, beta1, beta2, eps, a, damping);
    }

    /** @return a copy with Newton's damping margin D = d */
    public Hyperparameters withDamping(double d) {
        return new Hyperparameters(momentum, beta1, beta2, eps, alpha, d);
    }
}
