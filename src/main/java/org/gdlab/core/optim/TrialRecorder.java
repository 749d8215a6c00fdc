package org.gdlab.core.optim;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.CostFunction;

/**
 * MUTABLE: a cost that passes every evaluation through to the real one and listens to the line search that
 * evaluates it. {@link LineSearch} reports the start of each search (w, d, φ(0), φ'(0)) and each trial
 * (t, φ(t), φ'(t)) to its cost when the cost is a recorder ({@link #start}, {@link #trial}), so the search's
 * logic is written once and the replay of a step ({@link LineSearchTrace#replay}) sees exactly the trials
 * the run made. Capability by type, as a differentiable function extends a plain one: with any other cost
 * the two hooks do nothing. Confined to one thread.
 */
final class TrialRecorder implements CostFunction {

    private final CostFunction f;
    private boolean started;
    private double x;
    private double y;
    private double dx;
    private double dy;
    private double cost0;
    private double slope0;
    private final List<double[]> trials = new ArrayList<>();

    TrialRecorder(CostFunction f) {
        this.f = f;
    }

    /** A search begins at (x, y) along (dx, dy) with φ(0) = c0 (NaN: not computed by the search) and φ'(0). */
    static void start(CostFunction f, double x, double y, double dx, double dy, double c0, double slope0) {
        if (f instanceof TrialRecorder r) {
            r.started = true;
            r.x = x;
            r.y = y;
            r.dx = dx;
            r.dy = dy;
            r.cost0 = c0;
            r.slope0 = slope0;
            r.trials.clear();
        }
    }

    /** The search evaluated φ(t) (and φ'(t), or NaN when it did not need it). */
    static void trial(CostFunction f, double t, double phi, double slope) {
        if (f instanceof TrialRecorder r) {
            r.trials.add(new double[] {t, phi, slope});
        }
    }

    /** @return whether a search started since this recorder was made */
    boolean started() {
        return started;
    }

    Vec2 w() {
        return new Vec2(x, y);
    }

    Vec2 d() {
        return new Vec2(dx, dy);
    }

    /** @return φ(0) = C(w), evaluated here when the search did not */
    double cost0() {
        return Double.isNaN(cost0) ? f.value(x, y) : cost0;
    }

    double slope0() {
        return slope0;
    }

    /** @return the trials in the order made, each {t, φ(t), φ'(t)} with φ'(t) evaluated here where the search did not */
    List<double[]> trials() {
        List<double[]> out = new ArrayList<>();
        for (double[] r : trials) {
            double slope = r[2];
            if (Double.isNaN(slope)) {
                Vec2 g = f.gradient(x + r[0] * dx, y + r[0] * dy);
                slope = g.x() * dx + g.y() * dy;
            }
            out.add(new double[] {r[0], r[1], slope});
        }
        return out;
    }

    @Override
    public double value(double px, double py) {
        return f.value(px, py);
    }

    @Override
    public Vec2 gradient(double px, double py) {
        return f.gradient(px, py);
    }

    @Override
    public Sym2 hessian(double px, double py) {
        return f.hessian(px, py);
    }
}
