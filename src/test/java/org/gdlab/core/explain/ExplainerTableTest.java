package org.gdlab.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.core.testing.TestFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How runs end, worked out from the maths before running them: every built-in surface and every optimizer,
 * each row with the reason expected and why. λ are Hessian eigenvalues; the limits are those of
 * {@link StepSizeLimit} (GD 2/λmax, momentum 2(1+μ)/λmax, Nesterov 2(1+μ)/((1+2μ)λmax), Newton
 * 2(λmax+δ)/λmax).
 */
class ExplainerTableTest {

    private static final OptimizerKind GD = OptimizerKind.GD;
    private static final OptimizerKind MOMENTUM = OptimizerKind.MOMENTUM;
    private static final OptimizerKind NESTEROV = OptimizerKind.NESTEROV;
    private static final OptimizerKind ADAGRAD = OptimizerKind.ADAGRAD;
    private static final OptimizerKind RMSPROP = OptimizerKind.RMSPROP;
    private static final OptimizerKind ADAM = OptimizerKind.ADAM;
    private static final OptimizerKind NORMALIZED = OptimizerKind.NORMALIZED;
    private static final OptimizerKind NEWTON = OptimizerKind.NEWTON;
    private static final OptimizerKind ARMIJO = OptimizerKind.ARMIJO;
    private static final OptimizerKind WOLFE = OptimizerKind.WOLFE;
    private static final OptimizerKind EXACT = OptimizerKind.EXACT;
    private static final OptimizerKind POLYAK = OptimizerKind.POLYAK;
    private static final OptimizerKind BB = OptimizerKind.BB;
    private static final OptimizerKind CG = OptimizerKind.CG;
    private static final OptimizerKind BFGS = OptimizerKind.BFGS;
    private static final OptimizerKind LBFGS = OptimizerKind.LBFGS;

    /** One run and what the maths says about its end. */
    record Case(String surface, CostFunction f, OptimizerKind k, double lr, Vec2 start, int steps,
                UnaryOperator<RunConfig> more, Reason expected, String why) {

        Case with(UnaryOperator<RunConfig> m) {
            return new Case(surface, f, k, lr, start, steps, c -> m.apply(more.apply(c)), expected, why);
        }

        Case mu(double mu) {
            return with(c -> c.withHyper(Hyperparameters.defaults(k).with("momentum", mu)));
        }

        RunConfig config() {
            Vec2 w0 = start != null ? start : ((Surface) f).description().suggestedStart();
            return more.apply(RunConfig.of(f, w0, k, lr).withMaxSteps(steps));
        }

        @Override
        public String toString() {
            return surface + " " + k.id() + " α=" + lr + " → " + expected.code();
        }
    }

    private static Case c(String surface, OptimizerKind k, double lr, Vec2 start, int steps, Reason r, String why) {
        return new Case(surface, SurfaceCatalog.create(surface), k, lr, start, steps, UnaryOperator.identity(), r, why);
    }

    private static Case c(String surface, Map<String, Double> p, OptimizerKind k, double lr, Vec2 start, int steps,
            Reason r, String why) {
        return new Case(surface, SurfaceCatalog.create(surface, p), k, lr, start, steps, UnaryOperator.identity(), r, why);
    }

    private static Case suggested(String surface, OptimizerKind k, int steps, Reason r, String why) {
        Surface s = SurfaceCatalog.create(surface);
        return c(surface, k, RunConfig.defaultLearningRate(s, k), null, steps, r, why);
    }

    private static Case f(String name, CostFunction f, OptimizerKind k, double lr, Vec2 start, int steps, Reason r,
            String why) {
        return new Case(name, f, k, lr, start, steps, UnaryOperator.identity(), r, why);
    }

    private static Vec2 w(double x, double y) {
        return new Vec2(x, y);
    }

    private static final Map<String, Double> KAPPA_10 = Map.of("kappa", 10.0);

    static List<Case> table() {
        List<Case> t = new ArrayList<>();
        // ---- sphere x² + y²: H = 2I, λmax = 2
        t.add(c("sphere", GD, 0.5, w(3, 4), 10, Reason.CONVERGED,
                "w − 0.5·2w = 0 exactly: ∇C = 0 at step 1"));
        t.add(c("sphere", GD, 1.0, w(3, 4), 100, Reason.OSCILLATING,
                "α = 2/λmax = 1: w ↦ w − 2w = −w exactly, a 2-cycle between (3, 4) and (−3, −4) at C = 25"));
        t.add(c("sphere", GD, 1.01, w(3, 4), 2000, Reason.STEP_TOO_LARGE,
                "α = 1.01 > 2/λmax = 1: |w| grows by |1 − 2.02| = 1.02 per step and passes 7.07e4 after about 500 steps"));
        t.add(c("sphere", NORMALIZED, 0.3, w(3, 4), 100, Reason.OSCILLATING,
                "steps of exactly 0.3 along the ray to 0: |w| = 5 − 0.3k reaches 0.2 at k = 16, then hops to "
                        + "−0.1 and back to 0.2 for ever"));
        t.add(c("sphere", ADAM, 0.01, w(3, 4), 10, Reason.STILL_DESCENDING,
                "Adam's first steps move each coordinate by about α towards 0: C falls at every step, and after 10 "
                        + "steps w is still near (2.9, 3.9), C ≈ 23"));
        t.add(c("sphere", ADAGRAD, 1e-15, w(3, 4), 1000, Reason.STALLED,
                "AdaGrad's step is at most α per coordinate: in 64 steps w moves < 1e-13 and C changes < 1e-12, "
                        + "far below 1e-9·C = 2.5e-8"));
        t.add(c("sphere", RMSPROP, 1e-15, w(3, 4), 1000, Reason.STALLED,
                "RMSProp's step is at most α/√(1 − ρ) = 10α per coordinate: C changes by < 1e-11 in 64 steps"));
        t.add(c("sphere", MOMENTUM, 0.1, w(3, 4), 2000, Reason.CONVERGED,
                "αλ = 0.2 < 2(1 + μ) = 3.8: the heavy-ball map has complex eigenvalues of modulus √μ ≈ 0.95, so "
                        + "|∇C| < 1e-8 after about 450 steps").mu(0.9));
        t.add(c("sphere", NEWTON, 1, w(3, 4), 10, Reason.CONVERGED,
                "δ = max(0, 10⁻³ − 2) = 0: one exact Newton step lands on the minimum"));
        // ---- quadratic ½(u² + κv²), κ = 10: λ = 1, 10
        t.add(c("quadratic", KAPPA_10, GD, 0.25, w(1, 1), 1000, Reason.STEP_TOO_LARGE,
                "λmax = 10, α = 0.25 > 2/λmax = 0.2: v grows by |1 − 2.5| = 1.5 per step"));
        t.add(c("quadratic", KAPPA_10, GD, 0.2, w(1, 1), 1000, Reason.OSCILLATING,
                "α = 2/λmax: v ↦ (1 − 2)v = −v for ever while u shrinks by 0.8 per step: a bounded 2-cycle"));
        t.add(c("quadratic", KAPPA_10, GD, 0.18, w(-4.5, 2), 100, Reason.REACHED_MINIMUM,
                "factors 0.82 (u) and 0.8 (v): C ≈ ½·4.5²·0.82²⁰⁰ ≈ 6e-17 ≤ 1e-12·C₀ = 3e-11, while "
                        + "|∇C| ≈ 4.5·0.82¹⁰⁰ ≈ 1.1e-8 is still above the tolerance 1e-8"));
        t.add(c("quadratic", KAPPA_10, GD, 0.01, w(-4.5, 2), 100, Reason.STILL_DESCENDING,
                "u shrinks by only 0.99 per step: after 100 steps C ≈ ½·4.5²·0.99²⁰⁰ ≈ 1.4, still falling"));
        t.add(c("quadratic", KAPPA_10, GD, 1e-14, w(-4.5, 2), 1000, Reason.STALLED,
                "each step moves α|∇C| ≈ 2e-13: C changes by ≈ 64α|∇C|² ≈ 3e-10 in 64 steps, below 1e-9·C = 3e-8"));
        t.add(c("quadratic", KAPPA_10, MOMENTUM, 0.39, w(1, 1), 2000, Reason.STEP_TOO_LARGE,
                "momentum's limit 2(1 + μ)/λmax = 3.8/10 = 0.38 < 0.39").mu(0.9));
        t.add(c("quadratic", KAPPA_10, MOMENTUM, 0.37, w(1, 1), 2000, Reason.CONVERGED,
                "αλ = 3.7 and 0.37 < 3.8: both heavy-ball pairs are complex of modulus √μ ≈ 0.95").mu(0.9));
        t.add(c("quadratic", KAPPA_10, NESTEROV, 0.14, w(1, 1), 2000, Reason.STEP_TOO_LARGE,
                "Nesterov's limit 2(1 + μ)/((1 + 2μ)λmax) = 3.8/28 ≈ 0.136 < 0.14").mu(0.9));
        t.add(c("quadratic", KAPPA_10, NESTEROV, 0.13, w(1, 1), 2000, Reason.CONVERGED,
                "αλ = 1.3: z² + 0.57z − 0.27 = 0 gives 0.31 and −0.88; αλ = 0.13: |z| = √0.783 ≈ 0.885").mu(0.9));
        t.add(c("quadratic", KAPPA_10, NEWTON, 2.1, w(1, 1), 1000, Reason.STEP_TOO_LARGE,
                "δ = max(0, 10⁻³ − 1) = 0, so each step is α times the exact Newton step: factor 1 − 2.1 = −1.1 "
                        + "per step, above the limit 2(λmax + δ)/λmax = 2"));
        t.add(c("quadratic", KAPPA_10, NEWTON, 1, w(1, 1), 10, Reason.CONVERGED,
                "δ = 0: one exact Newton step lands on the minimum"));
        // ---- Rosenbrock (1 − x)² + 100(y − x²)²
        t.add(c("rosenbrock", GD, 0.01, w(-1.5, 2), 1000, Reason.STEP_TOO_LARGE,
                "H(−1.5, 2) = [[1902, 600], [600, 200]]: λmax ≈ 2092, 2/λmax ≈ 9.6e-4 ≪ 0.01, a local limit"));
        t.add(c("rosenbrock", NEWTON, 1, w(1.05, 1.1), 50, Reason.CONVERGED,
                "H(1, 1) = [[802, −400], [−400, 200]] is positive definite: Newton converges quadratically nearby"));
        // ---- banana (1 − x)² + 20(3y − x²)²: at (1, 1/3) H = [[162, −240], [−240, 360]], λ ≈ 1.4, 521
        t.add(c("banana", NEWTON, 1, w(1.05, 0.35), 50, Reason.CONVERGED,
                "positive definite Hessian at the minimum: Newton converges quadratically nearby"));
        t.add(c("banana", MOMENTUM, 0.01, null, 1000, Reason.STEP_TOO_LARGE,
                "λmax ≈ 671 at the start (−1.5, 1.2): momentum's limit 3.8/671 ≈ 0.0057 < 0.01").mu(0.9));
        // ---- Himmelblau: four minima; at (3, 2) H = [[74, 20], [20, 34]], λmax ≈ 82.3
        t.add(c("himmelblau", GD, 0.01, w(0.5, 0.5), 200, Reason.CONVERGED,
                "2/λmax ≈ 0.024 at every minimum it reaches > α = 0.01: linear convergence to (3, 2)"));
        t.add(c("himmelblau", NORMALIZED, 0.1, w(0.5, 0.5), 1000, Reason.OSCILLATING,
                "every step is exactly 0.1 long: it reaches a minimum and then hops around it within about α"));
        // ---- Beale
        t.add(c("beale", NEWTON, 1, w(3.05, 0.51), 50, Reason.CONVERGED,
                "the Hessian at the minimum (3, 0.5) is positive definite: Newton converges quadratically nearby"));
        t.add(c("beale", NESTEROV, 0.01, null, 1000, Reason.STEP_TOO_LARGE,
                "λmax ≈ 282 at the start (1, 1.5): Nesterov's limit 3.8/(2.8·282) ≈ 0.0048 < 0.01").mu(0.9));
        // ---- Booth (x + 2y − 7)² + (2x + y − 5)²: H = [[10, 8], [8, 10]], λ = 2, 18
        t.add(c("booth", GD, 0.12, w(0, 0), 1000, Reason.STEP_TOO_LARGE,
                "2/λmax = 1/9 ≈ 0.111 < 0.12: the error along (1, 1) grows by |1 − 2.16| = 1.16 per step"));
        t.add(c("booth", GD, 0.1, w(0, 0), 1000, Reason.CONVERGED,
                "factors |1 − 0.2| = 0.8 and |1 − 1.8| = 0.8: |∇C| < 1e-8 after about 100 steps"));
        t.add(c("booth", MOMENTUM, 0.22, w(0, 0), 2000, Reason.STEP_TOO_LARGE,
                "momentum's limit 3.8/18 ≈ 0.211 < 0.22").mu(0.9));
        // ---- Matyas 0.26(x² + y²) − 0.48xy: λ = 0.04, 1
        t.add(c("matyas", GD, 2.1, w(1, 2), 1000, Reason.STEP_TOO_LARGE,
                "2/λmax = 2 < 2.1: the error along (1, −1) grows by 1.1 per step"));
        t.add(c("matyas", NESTEROV, 1.4, w(1, 2), 1000, Reason.STEP_TOO_LARGE,
                "Nesterov's limit 3.8/(2.8·1) ≈ 1.357 < 1.4").mu(0.9));
        t.add(c("matyas", GD, 1e-3, w(-6, -9), 1000, Reason.STILL_DESCENDING,
                "α·λmin = 4e-5: along (1, 1) the error shrinks by only 4% in 1000 steps, and C falls at every step"));
        // ---- camels, Goldstein–Price, McCormick: smooth minima
        t.add(suggested("three-hump-camel", GD, 3000, Reason.REACHED_MINIMUM,
                "from (2.5, −2.5) GD settles in the listed local minimum (1.748, −0.874); with the tolerance 0 it "
                        + "never stops early, and C − C* ends at rounding level")
                .with(c -> c.withTolerance(0)));
        t.add(suggested("six-hump-camel", GD, 1000, Reason.CONVERGED,
                "α = 0.01 is below 2/λmax at the local minimum it slides into: linear convergence"));
        t.add(c("goldstein-price", NEWTON, 1, w(0.02, -0.98), 50, Reason.CONVERGED,
                "the global minimum (0, −1) has a positive definite Hessian: Newton converges quadratically nearby"));
        t.add(c("mccormick", NEWTON, 1, w(-0.5, -1.5), 50, Reason.CONVERGED,
                "the global minimum (−0.547, −1.547) has a positive definite Hessian: Newton converges nearby"));
        // ---- Rastrigin: unlisted local minima near the integer points, λ ≈ 2 + 40π² ≈ 397
        t.add(c("rastrigin", GD, 0.001, w(2.9, 1.9), 1000, Reason.REACHED_MINIMUM,
                "the local minimum near (2.98, 1.99) is not listed (C* unknown): α·λ ≈ 0.4, so |∇C| falls by ≈ 0.6 "
                        + "per step to rounding level, far below 1e-6·|∇C(w₀)|; the tolerance 0 never stops it")
                .with(c -> c.withTolerance(0)));
        // ---- Ackley, Styblinski–Tang
        t.add(suggested("ackley", GD, 1000, Reason.CONVERGED,
                "from (3.3, −2.6) GD slides into the local minimum near (2.98, −2.98), where α is well below 2/λmax"));
        t.add(suggested("styblinski-tang", GD, 1000, Reason.CONVERGED,
                "from (0.5, 4.5) GD slides into the minimum near (2.75, 2.75) (λ = 3·2.75² − 16 ≈ 6.7 each): "
                        + "α = 0.01 ≪ 2/λ"));
        // ---- saddle x² − y²: λ = 2, −2
        t.add(suggested("saddle", GD, 1000, Reason.UNBOUNDED_BELOW,
                "α = 0.05 < 2/λmax = 1, but y grows by 1 + 2α = 1.1 per step and C = x² − y² falls without bound"));
        t.add(c("saddle", GD, 0.05, w(-1.9, 0), 1000, Reason.CONVERGED,
                "y = 0 stays 0 and x shrinks by 0.9 per step: ∇C → 0 at the saddle point (0, 0), which the "
                        + "sentence must call a saddle, not a minimum"));
        t.add(suggested("saddle", NEWTON, 100, Reason.UNBOUNDED_BELOW,
                "δ = 10⁻³ + 2: along y the factor is 1 − α(−2)/(−2 + δ) = 2001: it shoots off along y as C falls"));
        t.add(suggested("saddle", MOMENTUM, 1000, Reason.UNBOUNDED_BELOW,
                "along y the heavy-ball map has an eigenvalue > 1 for any α > 0 (λ = −2 < 0): C falls without bound"));
        t.add(c("saddle", ADAM, 1, null, 50000, Reason.UNBOUNDED_BELOW,
                "Adam moves y by about α = 1 per step: y passes the bound 2.83e4 after about 3e4 steps, C = −y² "
                        + "falling faster every step"));
        t.add(c("saddle", RMSPROP, 1, null, 50000, Reason.UNBOUNDED_BELOW,
                "RMSProp's steps tend to α per coordinate too: y grows linearly and C = −y² falls without bound"));
        t.add(suggested("saddle", ADAGRAD, 1000, Reason.STILL_DESCENDING,
                "AdaGrad's steps shrink like 1/√k, so y grows only like √k and stays far inside the bound; C falls "
                        + "at every step"));
        // ---- monkey saddle x³ − 3xy²: no minimum
        t.add(suggested("monkey-saddle", GD, 1000, Reason.UNBOUNDED_BELOW,
                "along the ray through the start C ∝ −r³ keeps falling: the iterate runs off with C → −∞"));
        t.add(suggested("monkey-saddle", NESTEROV, 1000, Reason.UNBOUNDED_BELOW,
                "as for GD: C has no lower bound and the cost keeps falling faster"));
        // ---- cliff and valley
        t.add(c("cliff", GD, 0.1, null, 300, Reason.STILL_DESCENDING,
                "with clip 1 each step is at most 0.1 long: it walks down the face, then C = 0.1(x − 2)² + 0.5y² "
                        + "shrinks by (1 − 0.02)² per step, still far from 1e-12·C₀ after 300 steps")
                .with(c -> c.withClip(1)));
        t.add(suggested("valley", GD, 300, Reason.OSCILLATING,
                "|∇C| ≥ 1 everywhere but the minimum, so constant-α steps never shrink: GD chatters across the floor"));
        t.add(suggested("valley", NORMALIZED, 1000, Reason.OSCILLATING,
                "steps of exactly α = 0.1: it cannot settle and hops around the kink"));
        // ---- rules that choose their own step length, on the sphere from (3, 4): g = 2w, C₀ = 25, |g₀|² = 100,
        // φ(t) = C(w₀ − t·g₀) = 25(1 − 2t)²
        t.add(c("sphere", ARMIJO, 1, w(3, 4), 10, Reason.CONVERGED,
                "t = 1 gives φ = 25 > 25 − 1e-4·100, rejected; t = 0.5 gives w = 0 exactly, accepted: ∇C = 0 at step 1"));
        t.add(c("sphere", WOLFE, 1, w(3, 4), 10, Reason.CONVERGED,
                "t = 1 fails sufficient decrease; the zoom's cubic through φ(0) = φ(1) = 25, φ'(0) = −100, φ'(1) = 100 "
                        + "is φ itself: t = 0.5, w = 0"));
        t.add(c("sphere", EXACT, 1, w(3, 4), 10, Reason.CONVERGED, "t = gᵀg/gᵀHg = 1/2: w = 0 at step 1"));
        t.add(c("sphere", POLYAK, 1, w(3, 4), 100, Reason.CONVERGED,
                "t = C/|g|² = |w|²/(4|w|²) = 1/4: w halves each step, |∇C| = 10·2⁻ᵏ < 1e-8 from k = 30"));
        t.add(c("sphere", BB, 0.01, w(3, 4), 10, Reason.CONVERGED,
                "t₀ = 0.01; then y = 2s, so t₁ = sᵀs/sᵀy = 1/2 lands on 0 at step 2"));
        t.add(c("sphere", CG, 1, w(3, 4), 10, Reason.CONVERGED, "step 0 is a restart along −g: as wolfe, w = 0"));
        t.add(c("sphere", BFGS, 1, w(3, 4), 10, Reason.CONVERGED, "H₀ = I: as wolfe, w = 0 at step 1"));
        t.add(c("sphere", LBFGS, 1, w(3, 4), 10, Reason.CONVERGED, "no pair yet, d = −g: as wolfe, w = 0 at step 1"));
        t.add(c("sphere", ARMIJO, 1e40, w(3, 4), 10, Reason.LINE_SEARCH_FAILED,
                "after 60 halvings t = 1e40·2⁻⁶⁰ ≈ 8.7e21 and φ(t) = 25(1 − 2t)² is still far above 25"));
        t.add(c("sphere", WOLFE, 1e-30, w(3, 4), 10, Reason.LINE_SEARCH_FAILED,
                "30 doublings from 1e-30 reach only 5e-22, where φ' ≈ −100 is still below −c₂·100 = −90"));
        t.add(c("sphere", POLYAK, 1, w(3, 4), 10, Reason.BELOW_CSTAR, "C₀ = 25 is below the C* = 100 given")
                .with(c -> c.withHyper(Hyperparameters.defaults(POLYAK).with("cstar", 100))));
        t.add(c("saddle", EXACT, 1, w(1, 1), 10, Reason.UNBOUNDED_BELOW,
                "g = (2, −2): φ(t) = (1 − 2t)² − (1 + 2t)² = −8t falls without end along −g"));
        // ---- hand-written functions
        t.add(f("C = −x (NaN beyond x = 2)", TestFunctions.of((x, y) -> x <= 2 ? -x : Double.NaN,
                        (x, y) -> new Vec2(-1, 0), (x, y) -> Sym2.ZERO), GD, 0.5, w(0, 0), 100, Reason.NON_FINITE,
                "x = 0, 0.5, …, 2 and then x = 2.5, where C is NaN: the function is not defined there"));
        t.add(f("C = x + y", TestFunctions.of((x, y) -> x + y, (x, y) -> new Vec2(1, 1), (x, y) -> Sym2.ZERO), GD, 1000,
                w(0, 0), 10_000, Reason.UNBOUNDED_BELOW,
                "each step adds (−1000, −1000) and C falls by exactly 2000: it leaves |w| ≤ 1e6 after 708 steps, still "
                        + "falling as fast"));
        t.add(f("C = −x/(1 + x)", TestFunctions.of((x, y) -> -x / (1 + x), (x, y) -> new Vec2(-1 / ((1 + x) * (1 + x)), 0),
                        (x, y) -> new Sym2(2 / ((1 + x) * (1 + x) * (1 + x)), 0, 0)), NORMALIZED, 100, w(0, 0), 100_000,
                Reason.LEFT_BOUND, "steps of 100 to the right leave |w| ≤ 1e6 while C levels off towards −1: bounded "
                        + "below, so not unbounded_below, and normalized GD has no step-size limit")
                .with(c -> c.withTolerance(0)));
        t.add(c("sphere", NORMALIZED, 1e6, w(3, 4), 10, Reason.LEFT_BOUND,
                "the first step is 1e6 long, beyond the bound 7.07e4; normalized GD has no step-size limit"));
        t.add(f("C = x⁴ + y²", TestFunctions.quarticBowl(), GD, 1, w(10, 0), 100, Reason.STEP_TOO_LARGE,
                "H = diag(12x², 2): 2/λmax = 1/600 at the start ≪ α = 1; x ↦ x − 4x³ overshoots and grows"));
        return t;
    }

    static Stream<Case> cases() {
        return table().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRunEndsAsTheMathsSays(Case c) {
        Outcome o = Explainer.explain(Simulation.run(c.config()));
        assertEquals(c.expected(), o.reason(), c.why() + "\n" + o.sentence());
        assertEquals(c.expected().status(), o.status());
        assertTrue(o.sentence().startsWith(o.headline() + ": "), o.sentence());
        assertTrue(o.sentence().endsWith("."), o.sentence());
        assertFalse(o.sentence().contains("without converging"), o.sentence());
        assertFalse(o.sentence().contains("NaN") && c.expected() != Reason.NON_FINITE, o.sentence());
        if (o.reason() == Reason.STEP_TOO_LARGE) {
            assertTrue(StepSizeLimit.exists(c.k()), "only rules with a step-size limit");
            assertTrue(o.sentence().contains("stability limit of"), o.sentence());
        }
        if (c.surface().equals("saddle") && o.reason() == Reason.CONVERGED) {
            assertTrue(o.sentence().contains("saddle point, not a minimum"), o.sentence());
        }
    }

    @Test
    void theTableCoversEveryBuiltInSurfaceAndEveryOptimizer() {
        List<Case> t = table();
        assertTrue(t.size() >= 40, "at least 40 cases: " + t.size());
        Set<String> surfaces = new HashSet<>();
        Set<OptimizerKind> optimizers = EnumSet.noneOf(OptimizerKind.class);
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        for (Case c : t) {
            surfaces.add(c.surface());
            optimizers.add(c.k());
            reasons.add(c.expected());
        }
        assertTrue(surfaces.containsAll(SurfaceCatalog.ids()), "missing: " + SurfaceCatalog.ids().stream()
                .filter(id -> !surfaces.contains(id)).toList());
        assertEquals(EnumSet.allOf(OptimizerKind.class), optimizers);
        assertEquals(EnumSet.allOf(Reason.class), reasons);
    }
}
