package org.gdlab.core.data;

import java.util.Optional;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.SurfaceDescription;

/**
 * Least squares on a line, ŷ = w·x + b, J(w, b) = (1/2N) Σ (w·xᵢ + b − yᵢ)², evaluated from the centred
 * {@link Moments} in O(1) whatever N. With vₓₓ = Cₓₓ/N, vₓᵧ = Cₓᵧ/N, vᵧᵧ = Cᵧᵧ/N and c = w·mₓ + b − m_y
 * (the residual's mean):
 * <pre>
 *   J   = ½(w²vₓₓ − 2w·vₓᵧ + vᵧᵧ) + ½c²
 *   ∇J  = (w·vₓₓ − vₓᵧ + c·mₓ,  c)
 *   H   = [[vₓₓ + mₓ², mₓ], [mₓ, 1]]
 *   w*  = Cₓᵧ/Cₓₓ,  b* = m_y − w*·mₓ   (the 2×2 normal equations H·(w, b) = (mean xy, m_y), eliminated
 *                                      in centred form; no library for a 2×2 system)
 * </pre>
 * No unique optimum ({@link NoOptimum#NOT_UNIQUE}) when every x is equal: Cₓₓ = 0, or √vₓₓ below 10⁻¹³·|mₓ|
 * (a spread below round-off). Immutable.
 */
public final class LinearCost implements DataCost {

    private final DataSpec spec;
    private final Dataset points;
    private final Scaling scaling;
    private final Moments m;
    private final Optimum optimum;
    private final SurfaceDescription description;

    LinearCost(DataSpec spec) {
        this(spec, spec.scalingOrNull(), null);
    }

    private LinearCost(DataSpec spec, Scaling scaling, Moments moments) {
        this.spec = spec;
        this.scaling = scaling;
        this.points = scaling == null ? spec.data() : scaling.apply(spec.data());
        this.m = moments != null ? moments : Moments.of(points);
        this.optimum = solve();
        this.description = DataDescriptions.of(this, "J(w, b) = (1/2N) Σ (w·x + b − y)²", optimum);
    }

    private Optimum solve() {
        double v = m.var1();
        if (!(v > 0) || Math.sqrt(v) <= 1e-13 * Math.abs(m.m1())) {
            return Optimum.none(NoOptimum.NOT_UNIQUE);
        }
        double w = m.c1y() / m.c11();
        double b = m.my() - w * m.m1();
        return Optimum.at(new Vec2(w, b), value(w, b));
    }

    /** @return the centred statistics of the points the cost sums over */
    public Moments moments() {
        return m;
    }

    @Override
    public double value(double w, double b) {
        double n = m.n();
        double c = w * m.m1() + b - m.my();
        return 0.5 * (w * w * (m.c11() / n) - 2 * w * (m.c1y() / n) + m.cyy() / n) + 0.5 * c * c;
    }

    @Override
    public Vec2 gradient(double w, double b) {
        double n = m.n();
        double c = w * m.m1() + b - m.my();
        return new Vec2(w * (m.c11() / n) - m.c1y() / n + c * m.m1(), c);
    }

    @Override
    public Sym2 hessian(double w, double b) {
        return new Sym2(m.c11() / m.n() + m.m1() * m.m1(), m.m1(), 1);
    }

    @Override
    public double batchValue(int[] order, int from, int to, double w, double b) {
        double s = 0;
        for (int k = from; k < to; k++) {
            int i = order[k];
            double r = w * points.x1(i) + b - points.y(i);
            s += r * r;
        }
        return 0.5 * s / (to - from);
    }

    @Override
    public Vec2 batchGradient(int[] order, int from, int to, double w, double b) {
        double gw = 0;
        double gb = 0;
        for (int k = from; k < to; k++) {
            int i = order[k];
            double x = points.x1(i);
            double r = w * x + b - points.y(i);
            gw += r * x;
            gb += r;
        }
        int n = to - from;
        return new Vec2(gw / n, gb / n);
    }

    /** O(1) in the statistics (Welford) when there is no scaling; the scaled cost is rebuilt. */
    @Override
    public DataCost withMoved(int i, double x1, double x2, double y) {
        DataSpec moved = spec.withData(spec.data().moved(i, x1, x2, y));
        if (scaling != null) {
            return moved.cost();
        }
        Dataset d = spec.data();
        return new LinearCost(moved, null, m.moved(d.x1(i), d.x2(i), d.y(i), x1, 0, y));
    }

    /** O(1) per move in the statistics (Welford) when there is no scaling; the scaled cost is rebuilt. */
    @Override
    public DataCost withMoves(Dataset target, java.util.List<PointMove> moves) {
        DataSpec moved = spec.withData(target);
        if (scaling != null || target.size() != spec.data().size()) {
            return moved.cost();
        }
        Moments after = m;
        for (PointMove p : moves) {
            after = after.moved(p.x1(), 0, p.y(), p.newX1(), 0, p.newY());
        }
        return new LinearCost(moved, null, after);
    }

    @Override
    public DataCost withAdded(double x1, double x2, double y) {
        DataSpec added = spec.withData(spec.data().withPoint(x1, x2, y));
        return scaling != null ? added.cost() : new LinearCost(added, null, m.plus(x1, 0, y));
    }

    @Override
    public DataCost withRemoved(int i) {
        Dataset d = spec.data();
        DataSpec removed = spec.withData(d.without(i));
        return scaling != null ? removed.cost() : new LinearCost(removed, null, m.minus(d.x1(i), d.x2(i), d.y(i)));
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
