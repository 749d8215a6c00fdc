package org.gdlab.core.data;

import java.util.Optional;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.SurfaceDescription;

/**
 * Logistic regression, p = σ(z), z = w·x + b, labels y ∈ {0, 1}:
 * <pre>
 *   J   = (1/N) Σ [softplus(zᵢ) − yᵢzᵢ] + (λ/2)w²        (= −(1/N) Σ [y ln p + (1−y) ln(1−p)] + (λ/2)w²)
 *   ∇J  = (1/N) Σ (σ(zᵢ) − yᵢ)·(xᵢ, 1) + (λw, 0)
 *   H   = (1/N) Σ σ(zᵢ)(1 − σ(zᵢ))·[[xᵢ², xᵢ], [xᵢ, 1]] + [[λ, 0], [0, 0]]
 * </pre>
 * without overflow for any |z|: softplus(z) = max(z, 0) + log1p(exp(−|z|)), and σ(z) = 1/(1 + e^(−z)) for
 * z ≥ 0, e^z/(1 + e^z) otherwise (the exponent is never positive). Every evaluation visits every point.
 *
 * <p>The optimum: {@link NoOptimum#ONE_CLASS} when every label is equal; with λ = 0,
 * {@link NoOptimum#NOT_UNIQUE} when every x is equal, and {@link NoOptimum#SEPARABLE} when
 * max{x : y = 0} ≤ min{x : y = 1} or max{x : y = 1} ≤ min{x : y = 0} (separable, or quasi-separable with
 * ties only at the threshold): then no finite maximum-likelihood estimate exists (Albert and Anderson,
 * Biometrika 71, 1984). Otherwise J is strictly convex with a finite minimiser, found by Newton's method
 * from (0, logit ȳ) with a backtracking (Armijo) line search, until |∇J| &lt; {@value #NEWTON_TOLERANCE} or no
 * step lowers J in double arithmetic any more (then |∇J| is at round-off level; tests require &lt; 1e-10).
 * Immutable.
 */
public final class LogisticCost implements DataCost {

    /** The gradient norm at which Newton's method stops. */
    public static final double NEWTON_TOLERANCE = 1e-12;
    private static final int NEWTON_MAX_STEPS = 200;

    private final DataSpec spec;
    private final Dataset points;
    private final Scaling scaling;
    private final double[] x;
    private final double[] y;
    private final double lambda;
    private final Optimum optimum;
    private final SurfaceDescription description;

    LogisticCost(DataSpec spec) {
        this.spec = spec;
        this.scaling = spec.scalingOrNull();
        this.points = scaling == null ? spec.data() : scaling.apply(spec.data());
        this.x = points.feature(0);
        this.y = points.targets();
        this.lambda = spec.l2();
        this.optimum = solve();
        String formula = "J(w, b) = −(1/N) Σ [y ln σ(w·x + b) + (1 − y) ln(1 − σ(w·x + b))]"
                + (lambda > 0 ? " + (λ/2)w², λ = " + org.gdlab.core.math.NumberText.trimmed(lambda, 6) : "");
        this.description = DataDescriptions.of(this, formula, optimum);
    }

    /** @return σ(z) = 1/(1 + e^(−z)), computed without overflow */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    /** @return softplus(z) = ln(1 + e^z) = max(z, 0) + log1p(e^(−|z|)), computed without overflow */
    public static double softplus(double z) {
        return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    private Optimum solve() {
        int ones = 0;
        double min0 = Double.POSITIVE_INFINITY;
        double max0 = Double.NEGATIVE_INFINITY;
        double min1 = Double.POSITIVE_INFINITY;
        double max1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 1) {
                ones++;
                min1 = Math.min(min1, x[i]);
                max1 = Math.max(max1, x[i]);
            } else {
                min0 = Math.min(min0, x[i]);
                max0 = Math.max(max0, x[i]);
            }
        }
        if (ones == 0 || ones == y.length) {
            return Optimum.none(NoOptimum.ONE_CLASS);
        }
        if (lambda == 0) {
            if (Math.min(min0, min1) == Math.max(max0, max1)) {
                return Optimum.none(NoOptimum.NOT_UNIQUE);
            }
            if (max0 <= min1 || max1 <= min0) {
                return Optimum.none(NoOptimum.SEPARABLE);
            }
        }
        return newton((double) ones / y.length);
    }

    /** Damped Newton from (0, logit ȳ); returns the point where |∇J| fell below the tolerance or stopped falling. */
    private Optimum newton(double mean) {
        double w = 0;
        double b = Math.log(mean / (1 - mean));
        double j = value(w, b);
        for (int it = 0; it < NEWTON_MAX_STEPS; it++) {
            Vec2 g = gradient(w, b);
            if (g.norm() < NEWTON_TOLERANCE) {
                break;
            }
            Sym2 h = hessian(w, b);
            double det = h.determinant();
            double dw;
            double db;
            if (det > 0 && Double.isFinite(det)) {
                dw = -(h.yy() * g.x() - h.xy() * g.y()) / det;
                db = -(h.xx() * g.y() - h.xy() * g.x()) / det;
            } else {
                dw = -g.x();
                db = -g.y();
            }
            double slope = g.x() * dw + g.y() * db;
            double t = 1;
            double nj = value(w + dw, b + db);
            while (!(nj <= j + 1e-4 * t * slope) && t > 1e-12) {
                t *= 0.5;
                nj = value(w + t * dw, b + t * db);
            }
            if (!(nj < j) && (t < 1 || !(nj <= j))) {
                // no decrease in floating point: at the optimum to working precision. A full Newton step to an
                // equal J still counts (near the optimum J is flat to round-off while ∇J still shrinks), but a
                // step the line search had to shorten to reach an equal J does not: accepting those ran all 200
                // steps, each halving t down to 1e-12, once round-off in the sums over N = 100,000 points kept
                // |∇J| above the tolerance (27 s per cost)
                break;
            }
            w += t * dw;
            b += t * db;
            j = nj;
        }
        return Optimum.at(new Vec2(w, b), value(w, b));
    }

    @Override
    public double value(double w, double b) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double z = w * x[i] + b;
            s += softplus(z) - y[i] * z;
        }
        return s / x.length + 0.5 * lambda * w * w;
    }

    @Override
    public Vec2 gradient(double w, double b) {
        double gw = 0;
        double gb = 0;
        for (int i = 0; i < x.length; i++) {
            double r = sigmoid(w * x[i] + b) - y[i];
            gw += r * x[i];
            gb += r;
        }
        return new Vec2(gw / x.length + lambda * w, gb / x.length);
    }

    @Override
    public Sym2 hessian(double w, double b) {
        double hxx = 0;
        double hxy = 0;
        double hyy = 0;
        for (int i = 0; i < x.length; i++) {
            double p = sigmoid(w * x[i] + b);
            double s = p * (1 - p);
            hxx += s * x[i] * x[i];
            hxy += s * x[i];
            hyy += s;
        }
        int n = x.length;
        return new Sym2(hxx / n + lambda, hxy / n, hyy / n);
    }

    @Override
    public double batchValue(int[] order, int from, int to, double w, double b) {
        double s = 0;
        for (int k = from; k < to; k++) {
            int i = order[k];
            double z = w * x[i] + b;
            s += softplus(z) - y[i] * z;
        }
        return s / (to - from) + 0.5 * lambda * w * w;
    }

    @Override
    public Vec2 batchGradient(int[] order, int from, int to, double w, double b) {
        double gw = 0;
        double gb = 0;
        for (int k = from; k < to; k++) {
            int i = order[k];
            double r = sigmoid(w * x[i] + b) - y[i];
            gw += r * x[i];
            gb += r;
        }
        int n = to - from;
        return new Vec2(gw / n + lambda * w, gb / n);
    }

    @Override
    public DataSpec spec() {
        return spec;
    }

    @Override
    public Dataset points() {
        return points;
    }

    @Override
    public Optional<Scaling> scaling() {
        return Optional.ofNullable(scaling);
    }

    @Override
    public Optimum optimum() {
        return optimum;
    }

    @Override
    public SurfaceDescription description() {
        return description;
    }
}
