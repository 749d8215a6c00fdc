package org.gdlab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A scaled squared-error cost edited in O(1) (Welford on the raw statistics, the scaling and the scaled
 * statistics derived from them) is the cost rebuilt from all the points: after 1,000 seeded moves (and
 * adds and removes) its scaling agrees with the mean and population std (or RMS) summed in two passes, and
 * its value, gradient, Hessian and optimum agree with the rebuilt cost's to 1e-12 relative.
 */
class ScaledEditTest {

    private static final double REL = 1e-12;

    private static Dataset data(Model model, SplittableRandom r, int n) {
        double[] a = new double[n];
        double[] b = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextDouble(0, 10);
            b[i] = r.nextDouble(0, 1000);
            y[i] = 1.5 * a[i] + 0.003 * b[i] - 2 + r.nextGaussian();
        }
        return model == Model.LINEAR2 ? Dataset.of("t", "x1", "x2", "y", a, b, y) : Dataset.of("t", "x", "y", a, y);
    }

    private static void assertRelative(double expected, double actual, String what) {
        assertEquals(expected, actual, REL * Math.abs(expected), what);
    }

    /** The scaling summed in two passes over the points: mean and population std, or root mean squares. */
    private static void assertScalingOf(Dataset d, Model model, Scaling s) {
        int n = d.size();
        if (model == Model.LINEAR2) {
            double q1 = 0;
            double q2 = 0;
            for (int i = 0; i < n; i++) {
                q1 += d.x1(i) * d.x1(i);
                q2 += d.x2(i) * d.x2(i);
            }
            assertRelative(Math.sqrt(q1 / n), s.scale1(), "RMS of x1");
            assertRelative(Math.sqrt(q2 / n), s.scale2(), "RMS of x2");
            return;
        }
        double m = 0;
        for (int i = 0; i < n; i++) {
            m += d.x1(i);
        }
        m /= n;
        double v = 0;
        for (int i = 0; i < n; i++) {
            v += (d.x1(i) - m) * (d.x1(i) - m);
        }
        assertRelative(m, s.shift1(), "mean of x");
        assertRelative(Math.sqrt(v / n), s.scale1(), "population std of x");
    }

    private static void assertSameCost(DataCost rebuilt, DataCost edited) {
        assertScalingOf(edited.spec().data(), edited.spec().model(), edited.scaling().orElseThrow());
        Vec2 best = rebuilt.optimum().at();
        assertRelative(best.x(), edited.optimum().at().x(), "optimum p");
        assertRelative(best.y(), edited.optimum().at().y(), "optimum q");
        assertRelative(rebuilt.optimum().value(), edited.optimum().value(), "J at the optimum");
        for (Vec2 p : List.of(Vec2.ZERO, new Vec2(1.3, -0.7), best.plus(new Vec2(0.2, 0.1)))) {
            assertRelative(rebuilt.value(p), edited.value(p), "J at " + p);
            Vec2 g = rebuilt.gradient(p);
            Vec2 ge = edited.gradient(p);
            assertEquals(0, g.minus(ge).norm(), REL * g.norm(), "∇J at " + p);
        }
        Sym2 h = rebuilt.hessian(Vec2.ZERO);
        Sym2 he = edited.hessian(Vec2.ZERO);
        double size = Math.abs(h.xx()) + Math.abs(h.yy());
        assertEquals(h.xx(), he.xx(), REL * size, "H_pp");
        assertEquals(h.xy(), he.xy(), REL * size, "H_pq");
        assertEquals(h.yy(), he.yy(), REL * size, "H_qq");
    }

    @ParameterizedTest
    @EnumSource(value = Model.class, names = {"LINEAR", "LINEAR2"})
    void aThousandSeededMovesGiveTheRebuiltScaledCost(Model model) {
        SplittableRandom r = new SplittableRandom(16);
        DataCost cost = new DataSpec(data(model, r, 2000), model, true, 0).cost();
        for (int k = 0; k < 1000; k++) {
            int i = r.nextInt(cost.spec().data().size());
            cost = cost.withMoved(i, r.nextDouble(-5, 15), r.nextDouble(0, 1000), r.nextDouble(-10, 20));
        }
        DataCost rebuilt = new DataSpec(cost.spec().data(), model, true, 0).cost();
        assertSameCost(rebuilt, cost);
    }

    @ParameterizedTest
    @EnumSource(value = Model.class, names = {"LINEAR", "LINEAR2"})
    void movesInBatchesAddsAndRemovesGiveTheRebuiltScaledCost(Model model) {
        SplittableRandom r = new SplittableRandom(17);
        DataCost cost = new DataSpec(data(model, r, 500), model, true, 0).cost();
        for (int k = 0; k < 200; k++) {
            Dataset d = cost.spec().data();
            switch (r.nextInt(3)) {
                case 0 -> {
                    List<PointMove> moves = new ArrayList<>();
                    Dataset target = d;
                    for (int j = 0; j < 5; j++) {
                        int i = r.nextInt(d.size());
                        double x1 = r.nextDouble(-5, 15);
                        double x2 = model == Model.LINEAR2 ? r.nextDouble(0, 1000) : 0;
                        double y = r.nextDouble(-10, 20);
                        moves.add(new PointMove(i, target.x1(i), target.x2(i), target.y(i), x1, x2, y));
                        target = target.moved(i, x1, x2, y);
                    }
                    cost = cost.withMoves(target, moves);
                }
                case 1 -> cost = cost.withAdded(r.nextDouble(0, 10), r.nextDouble(0, 1000), r.nextDouble(-2, 15));
                default -> cost = cost.withRemoved(r.nextInt(d.size()));
            }
        }
        assertSameCost(new DataSpec(cost.spec().data(), model, true, 0).cost(), cost);
    }
}
