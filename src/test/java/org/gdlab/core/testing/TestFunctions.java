package org.gdlab.core.testing;

import java.util.function.DoubleBinaryOperator;
import java.util.function.BiFunction;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.BatchEvaluator;
import org.gdlab.core.surface.CostFunction;

/** Hand-written cost functions with exact derivatives, for tests of optimizers, simulation and analysis. */
public final class TestFunctions {

    private TestFunctions() {
    }

    /** C = x² + y²; ∇C = (2x, 2y); H = 2I; minimum (0, 0). */
    public static CostFunction sphere() {
        return of((x, y) -> x * x + y * y, (x, y) -> new Vec2(2 * x, 2 * y), (x, y) -> new Sym2(2, 0, 2));
    }

    /** C = (1 − x)² + 100(y − x²)²; minimum (1, 1). */
    public static CostFunction rosenbrock() {
        return of((x, y) -> (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x),
                (x, y) -> new Vec2(-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)),
                (x, y) -> new Sym2(2 - 400 * y + 1200 * x * x, -400 * x, 200));
    }

    /**
     * C = ½(u² + κv²), u = x cosθ + y sinθ, v = −x sinθ + y cosθ; H = Rᵀ diag(1, κ) R with eigenvalues 1
     * (eigenvector (cosθ, sinθ)) and κ (eigenvector (−sinθ, cosθ)); minimum (0, 0).
     */
    public static CostFunction quadratic(double kappa, double thetaDegrees) {
        double t = Math.toRadians(thetaDegrees);
        double c = Math.cos(t);
        double s = Math.sin(t);
        Sym2 h = new Sym2(c * c + kappa * s * s, (1 - kappa) * s * c, s * s + kappa * c * c);
        return of((x, y) -> {
            double u = x * c + y * s;
            double v = -x * s + y * c;
            return 0.5 * (u * u + kappa * v * v);
        }, (x, y) -> h.times(new Vec2(x, y)), (x, y) -> h);
    }

    /** C = x⁴ + y²; ∇C = (4x³, 2y); H = diag(12x², 2). */
    public static CostFunction quarticBowl() {
        return of((x, y) -> x * x * x * x + y * y, (x, y) -> new Vec2(4 * x * x * x, 2 * y),
                (x, y) -> new Sym2(12 * x * x, 0, 2));
    }

    /** C = x² − y²: a saddle with H = diag(2, −2). */
    public static CostFunction saddle() {
        return of((x, y) -> x * x - y * y, (x, y) -> new Vec2(2 * x, -2 * y), (x, y) -> new Sym2(2, 0, -2));
    }

    /** @return a cost from its value, gradient and Hessian */
    public static CostFunction of(DoubleBinaryOperator value, BiFunction<Double, Double, Vec2> gradient,
            BiFunction<Double, Double, Sym2> hessian) {
        return new CostFunction() {
            @Override
            public double value(double x, double y) {
                return value.applyAsDouble(x, y);
            }

            @Override
            public Vec2 gradient(double x, double y) {
                return gradient.apply(x, y);
            }

            @Override
            public Sym2 hessian(double x, double y) {
                return hessian.apply(x, y);
            }
        };
    }

    /**
     * f as a {@link BatchEvaluator.Source} whose evaluator makes per-point calls, so that hand-written
     * functions are stepped in lockstep too (the lockstep runner runs them one by one otherwise); a function that
     * already is a source is returned as it is.
     */
    public static CostFunction batched(CostFunction f) {
        final class Batched implements CostFunction, BatchEvaluator.Source {
            @Override
            public double value(double x, double y) {
                return f.value(x, y);
            }

            @Override
            public Vec2 gradient(double x, double y) {
                return f.gradient(x, y);
            }

            @Override
            public Sym2 hessian(double x, double y) {
                return f.hessian(x, y);
            }

            @Override
            public BatchEvaluator newBatchEvaluator() {
                return new BatchEvaluator() {
                    @Override
                    public void values(double[] xs, double[] ys, double[] out, int n) {
                        f.values(xs, ys, out, n);
                    }

                    @Override
                    public void valuesAndGradients(double[] xs, double[] ys, double[] value, double[] gx, double[] gy, int n) {
                        f.valuesAndGradients(xs, ys, value, gx, gy, n);
                    }
                };
            }
        }
        return f instanceof BatchEvaluator.Source ? f : new Batched();
    }
}
