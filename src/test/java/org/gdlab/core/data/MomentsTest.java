package org.gdlab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.gdlab.core.math.Vec2;
import org.junit.jupiter.api.Test;

class MomentsTest {

    /** Two-pass sums from scratch: the means first, then the centred products. */
    private static double[] twoPass(Dataset d) {
        int n = d.size();
        double m1 = 0;
        double m2 = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            m1 += d.x1(i);
            m2 += d.x2(i);
            my += d.y(i);
        }
        m1 /= n;
        m2 /= n;
        my /= n;
        double c11 = 0;
        double c12 = 0;
        double c22 = 0;
        double c1y = 0;
        double c2y = 0;
        double cyy = 0;
        for (int i = 0; i < n; i++) {
            double a = d.x1(i) - m1;
            double b = d.x2(i) - m2;
            double c = d.y(i) - my;
            c11 += a * a;
            c12 += a * b;
            c22 += b * b;
            c1y += a * c;
            c2y += b * c;
            cyy += c * c;
        }
        return new double[] {m1, m2, my, c11, c12, c22, c1y, c2y, cyy};
    }

    private static void assertMatches(Dataset d, Moments m) {
        double[] e = twoPass(d);
        double[] got = {m.m1(), m.m2(), m.my(), m.c11(), m.c12(), m.c22(), m.c1y(), m.c2y(), m.cyy()};
        assertEquals(d.size(), m.n());
        for (int k = 0; k < e.length; k++) {
            assertEquals(e[k], got[k], 1e-9 * (1 + Math.abs(e[k])), "statistic " + k);
        }
    }

    @Test
    void welfordMovesAddsAndRemovesAgreeWithTwoPassSums() {
        SplittableRandom r = new SplittableRandom(11);
        Dataset d = BuiltinDatasets.load("correlated");
        Moments m = Moments.of(d);
        for (int t = 0; t < 300; t++) {
            int op = r.nextInt(3);
            if (op == 0) {
                int i = r.nextInt(d.size());
                double a = r.nextGaussian();
                double b = r.nextGaussian();
                double c = 3 * r.nextGaussian();
                m = m.moved(d.x1(i), d.x2(i), d.y(i), a, b, c);
                d = d.moved(i, a, b, c);
            } else if (op == 1) {
                double a = r.nextGaussian();
                double b = r.nextGaussian();
                double c = r.nextGaussian();
                m = m.plus(a, b, c);
                d = d.withPoint(a, b, c);
            } else if (d.size() > 2) {
                int i = r.nextInt(d.size());
                m = m.minus(d.x1(i), d.x2(i), d.y(i));
                d = d.without(i);
            }
        }
        assertMatches(d, m);
    }

    /**
     * x = 1e8 + a spread of 0.3: Σx² − N·m² would lose every digit (Σx² ≈ 4e16 has a spacing of 8, 160 times C₁₁);
     * Welford's error is of order ε·|m|/spread ≈ 1e-7 relative. The exact C₁₁ of the stored doubles is
     * computed with BigDecimal.
     */
    @Test
    void nothingCancelsWhenTheMeanDwarfsTheSpread() {
        double[] x = {1e8 + 0.1, 1e8 + 0.2, 1e8 + 0.3, 1e8 + 0.4};
        double[] y = {1, 2, 3, 4};
        Moments m = Moments.of(Dataset.of("t", "x", "y", x, y));
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (double v : x) {
            sum = sum.add(new java.math.BigDecimal(v));
        }
        java.math.BigDecimal mean = sum.divide(java.math.BigDecimal.valueOf(4));
        java.math.BigDecimal c11 = java.math.BigDecimal.ZERO;
        for (double v : x) {
            java.math.BigDecimal d = new java.math.BigDecimal(v).subtract(mean);
            c11 = c11.add(d.multiply(d));
        }
        double exact = c11.doubleValue();
        assertEquals(exact, m.c11(), 1e-6 * exact);
        double naive = 0;
        for (double v : x) {
            naive += v * v;
        }
        naive -= 4 * (sum.doubleValue() / 4) * (sum.doubleValue() / 4);
        org.junit.jupiter.api.Assertions.assertTrue(Math.abs(naive - exact) > 0.5 * exact, "the naive formula should fail here: " + naive);
    }

    @Test
    void movedLinearCostEqualsTheCostRebuiltFromItsData() {
        DataCost c = DataSpec.of(BuiltinDatasets.load("noisy-line"), Model.LINEAR).cost();
        DataCost moved = c.withMoved(3, 7.5, 0, 40).withAdded(1, 0, -5).withRemoved(0);
        DataCost rebuilt = moved.spec().cost();
        Vec2 at = new Vec2(1.3, -0.4);
        assertEquals(rebuilt.value(at), moved.value(at), 1e-11 * rebuilt.value(at));
        assertEquals(rebuilt.optimum().at().x(), moved.optimum().at().x(), 1e-11);
        assertEquals(rebuilt.optimum().at().y(), moved.optimum().at().y(), 1e-10);
    }

    @Test
    void movedLinear2CostEqualsTheCostRebuiltFromItsData() {
        DataCost c = DataSpec.of(BuiltinDatasets.load("scales"), Model.LINEAR2).cost();
        DataCost moved = c.withMoved(5, 0.5, 300, 2).withAdded(0.1, 10, 0.3).withRemoved(7);
        DataCost rebuilt = moved.spec().cost();
        Vec2 at = new Vec2(2, 0.003);
        assertEquals(rebuilt.value(at), moved.value(at), 1e-11 * rebuilt.value(at));
        assertEquals(rebuilt.gradient(at).x(), moved.gradient(at).x(), 1e-10 * (1 + rebuilt.gradient(at).norm()));
        assertEquals(rebuilt.gradient(at).y(), moved.gradient(at).y(), 1e-10 * (1 + rebuilt.gradient(at).norm()));
    }
}
