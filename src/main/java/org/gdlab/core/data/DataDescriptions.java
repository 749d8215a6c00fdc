package org.gdlab.core.data;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.StationaryPoint;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * The {@link SurfaceDescription} of a data cost: id {@code data:NAME:MODEL}, the formula, a view, the optimum
 * as the known minimum, the start (0, 0) and the rate 1/λmax of the Hessian there (half the largest stable
 * rate of plain GD from the start).
 *
 * <p>The view: around the optimum w*, the level set J = J(0, 0) is the ellipse (w − w*)ᵀH(w − w*) = 2ΔJ of
 * the quadratic model, ΔJ = J(0, 0) − J*, whose half-extent along axis j is √(2ΔJ·(H⁻¹)_jj); the view is
 * 1.25 times that, and always holds the start (0, 0). Without an optimum: ±4/rms(x₁) by ±4 around the origin.
 */
final class DataDescriptions {

    private DataDescriptions() {
    }

    static SurfaceDescription of(DataCost cost, String formula, Optimum optimum) {
        DataSpec spec = cost.spec();
        String id = "data:" + spec.data().name() + ":" + spec.model().id() + (spec.standardize() ? ":standardized" : "");
        String name = spec.data().name() + " · " + spec.model().id() + (spec.standardize() ? " (scaled)" : "");
        ViewRect view = view(cost, optimum);
        List<StationaryPoint> known = optimum.exists()
                ? List.of(new StationaryPoint(optimum.at(), optimum.value(), StationaryPoint.Kind.GLOBAL_MINIMUM))
                : List.of();
        Sym2 h0 = cost.hessian(0, 0);
        double lmax = 0.5 * (h0.trace() + Math.hypot(h0.xx() - h0.yy(), 2 * h0.xy()));
        double lr = lmax > 0 && Double.isFinite(lmax) ? 1 / lmax : 0.1;
        String notes = optimum.exists() ? "" : optimum.reason().sentence();
        return new SurfaceDescription(id, name, formula, view, known, Vec2.ZERO, lr, true, notes);
    }

    private static ViewRect view(DataCost cost, Optimum optimum) {
        if (!optimum.exists()) {
            double rms = rmsX1(cost);
            double hw = rms > 0 ? 4 / rms : 4;
            return new ViewRect(-hw, hw, -4, 4);
        }
        Vec2 c = optimum.at();
        Sym2 h = cost.hessian(c);
        double det = h.determinant();
        double dj = cost.value(0, 0) - optimum.value();
        double ex = Math.sqrt(2 * dj * h.yy() / det);
        double ey = Math.sqrt(2 * dj * h.xx() / det);
        double hx = halfWidth(1.25 * ex, c.x());
        double hy = halfWidth(1.25 * ey, c.y());
        return new ViewRect(c.x() - hx, c.x() + hx, c.y() - hy, c.y() + hy);
    }

    /** @return √(mean x₁²) of the points the cost sums over: from the statistics when it has them, O(1) */
    private static double rmsX1(DataCost cost) {
        if (cost instanceof LeastSquaresCost q) {
            Moments m = q.moments();
            return Math.sqrt(m.var1() + m.m1() * m.m1());
        }
        Dataset d = cost.points();
        double s = 0;
        for (int i = 0; i < d.size(); i++) {
            s += d.x1(i) * d.x1(i);
        }
        return Math.sqrt(s / d.size());
    }

    /** @return a half-width at least e, holding 0 with a margin, and at least a small positive floor */
    private static double halfWidth(double e, double center) {
        double h = Double.isFinite(e) && e > 0 ? e : 1;
        h = Math.max(h, 1.1 * Math.abs(center));
        return Math.max(h, 1e-6 * Math.max(1, Math.abs(center)));
    }
}
