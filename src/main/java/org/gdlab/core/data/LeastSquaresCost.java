package org.gdlab.core.data;

import java.util.List;
import java.util.Optional;
import org.gdlab.core.surface.SurfaceDescription;

/**
 * What the two squared-error costs ({@link LinearCost}, {@link Linear2Cost}) share: both are quadratics in
 * their parameters, fixed by the centred {@link Moments} of the points they sum over, so every value,
 * gradient, Hessian and the optimum is O(1) whatever N, and an edit is O(1) in the statistics.
 *
 * <p>The cost keeps the raw statistics R of the spec's data in its own units, updated by Welford's formulas
 * when a point is moved, added or removed ({@link Moments#moved}, {@link Moments#plus}, {@link Moments#minus}).
 * With scaling ({@link DataSpec#standardize()}) the scaling itself is read off R ({@link Scaling#of(Moments,
 * Dataset, Model)}: the mean and population std, or the root mean square for {@code linear2}), and the
 * statistics of the scaled points follow from R without visiting them ({@link Scaling#applyTo(Moments)}):
 * x' = (x − shift)/scale moves the means and divides centred sums by the scales. So a scaled cost, too, is
 * O(1) per edit; the scaled points themselves ({@link #points()}) are made only when something reads them
 * (a mini-batch, the data view), once per cost.
 *
 * <p>Immutable and thread-safe (the scaled points are computed at most a few times under a race and are
 * equal each time).
 */
public abstract sealed class LeastSquaresCost implements DataCost permits LinearCost, Linear2Cost {

    private final DataSpec spec;
    private final Moments raw;
    private final Scaling scaling;
    /** the statistics of the points the cost sums over: raw, or scaled from raw */
    final Moments m;
    private final Optimum optimum;
    private final SurfaceDescription description;
    private volatile Dataset points;

    /**
     * Subclasses' constructors call this; it calls their {@link #solve()} and reads {@link #value} and
     * {@link #hessian} for the description, which depend only on the fields set here.
     *
     * @param raw the statistics of spec's data in its own units, or null to compute them (O(N))
     * @throws IllegalArgumentException naming a feature that cannot be scaled
     */
    LeastSquaresCost(DataSpec spec, Moments raw, String formula) {
        this.spec = spec;
        this.raw = raw != null ? raw : Moments.of(spec.data());
        this.scaling = spec.standardize() ? Scaling.of(this.raw, spec.data(), spec.model()) : null;
        this.m = scaling == null ? this.raw : scaling.applyTo(this.raw);
        this.optimum = solve();
        this.description = DataDescriptions.of(this, formula, optimum);
    }

    /** @return the minimiser from {@link #m}, or why there is none */
    abstract Optimum solve();

    /** @return the same kind of cost over spec, with raw the statistics of its data */
    abstract LeastSquaresCost with(DataSpec spec, Moments raw);

    /** @return the centred statistics of the points the cost sums over (scaled when the spec asks) */
    public Moments moments() {
        return m;
    }

    /** @return the centred statistics of the spec's data in its own units (before any scaling) */
    public Moments rawMoments() {
        return raw;
    }

    /** O(1) in the statistics (Welford), with or without scaling. */
    @Override
    public DataCost withMoved(int i, double x1, double x2, double y) {
        Dataset d = spec.data();
        double nx2 = d.features() == 2 ? x2 : 0;
        return with(spec.withData(d.moved(i, x1, x2, y)), raw.moved(d.x1(i), d.x2(i), d.y(i), x1, nx2, y));
    }

    /** O(1) per move in the statistics (Welford), with or without scaling. */
    @Override
    public DataCost withMoves(Dataset target, List<PointMove> moves) {
        DataSpec moved = spec.withData(target);
        if (target.size() != spec.data().size()) {
            return moved.cost();
        }
        Moments after = raw;
        for (PointMove p : moves) {
            after = after.moved(p.x1(), p.x2(), p.y(), p.newX1(), p.newX2(), p.newY());
        }
        return with(moved, after);
    }

    /** O(1) in the statistics (Welford), with or without scaling. */
    @Override
    public DataCost withAdded(double x1, double x2, double y) {
        Dataset d = spec.data();
        return with(spec.withData(d.withPoint(x1, x2, y)), raw.plus(x1, d.features() == 2 ? x2 : 0, y));
    }

    /** O(1) in the statistics (Welford), with or without scaling. */
    @Override
    public DataCost withRemoved(int i) {
        Dataset d = spec.data();
        return with(spec.withData(d.without(i)), raw.minus(d.x1(i), d.x2(i), d.y(i)));
    }

    /**
     * @return the same data with the features scaled or not: O(1), from the raw statistics
     * @throws IllegalArgumentException naming a feature that cannot be scaled
     */
    public LeastSquaresCost withStandardize(boolean on) {
        return on == spec.standardize() ? this
                : with(new DataSpec(spec.data(), spec.model(), on, spec.l2()), raw);
    }

    @Override
    public DataSpec spec() {
        return spec;
    }

    /** The scaled points are made on the first call (O(N)) and kept. */
    @Override
    public Dataset points() {
        Dataset p = points;
        if (p == null) {
            p = scaling == null ? spec.data() : scaling.apply(spec.data());
            points = p;
        }
        return p;
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
