package org.gdlab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.math.Vec2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OptimumTest {

    /** The normal equations [[Σx², Σx], [Σx, N]]·(w, b) = (Σxy, Σy), solved by Cramer's rule from raw sums. */
    @ParameterizedTest
    @ValueSource(strings = {"line", "noisy-line", "cars"})
    void linearOptimumSolvesTheNormalEquations(String id) {
        Dataset d = BuiltinDatasets.load(id);
        double n = d.size();
        double sx = 0;
        double sxx = 0;
        double sy = 0;
        double sxy = 0;
        for (int i = 0; i < d.size(); i++) {
            sx += d.x1(i);
            sxx += d.x1(i) * d.x1(i);
            sy += d.y(i);
            sxy += d.x1(i) * d.y(i);
        }
        double det = sxx * n - sx * sx;
        double w = (sxy * n - sx * sy) / det;
        double b = (sxx * sy - sx * sxy) / det;
        Optimum o = DataSpec.of(d, Model.LINEAR).cost().optimum();
        assertTrue(o.exists());
        assertEquals(w, o.at().x(), 1e-10 * (1 + Math.abs(w)));
        assertEquals(b, o.at().y(), 1e-10 * (1 + Math.abs(b)));
    }

    @Test
    void cleanLineIsFoundExactlyWithZeroCost() {
        Optimum o = DataSpec.of(BuiltinDatasets.load("line"), Model.LINEAR).cost().optimum();
        // y = 2x + 1 rounded to two decimals is exact for x with two decimals
        assertEquals(2.0, o.at().x(), 1e-12);
        assertEquals(1.0, o.at().y(), 1e-11);
        assertEquals(0.0, o.value(), 1e-20);
    }

    /** lm(dist ~ speed, cars) in R: intercept −17.5791, slope 3.9324 (Ezekiel's data, as printed in R's help). */
    @Test
    void carsOptimumIsThePublishedFit() {
        Optimum o = DataSpec.of(BuiltinDatasets.load("cars"), Model.LINEAR).cost().optimum();
        assertEquals(3.9324, o.at().x(), 5e-5);
        assertEquals(-17.5791, o.at().y(), 5e-5);
    }

    /** The normal equations Σ x xᵀ·w = Σ x·y for two features, by Cramer's rule from raw sums. */
    @ParameterizedTest
    @ValueSource(strings = {"scales", "correlated"})
    void linear2OptimumSolvesTheNormalEquations(String id) {
        Dataset d = BuiltinDatasets.load(id);
        double a11 = 0;
        double a12 = 0;
        double a22 = 0;
        double r1 = 0;
        double r2 = 0;
        for (int i = 0; i < d.size(); i++) {
            a11 += d.x1(i) * d.x1(i);
            a12 += d.x1(i) * d.x2(i);
            a22 += d.x2(i) * d.x2(i);
            r1 += d.x1(i) * d.y(i);
            r2 += d.x2(i) * d.y(i);
        }
        double det = a11 * a22 - a12 * a12;
        double w1 = (r1 * a22 - a12 * r2) / det;
        double w2 = (a11 * r2 - a12 * r1) / det;
        Optimum o = DataSpec.of(d, Model.LINEAR2).cost().optimum();
        // the condition number of these systems is up to ~1e7: allow 1e-8 relative
        assertEquals(w1, o.at().x(), 1e-8 * (1 + Math.abs(w1)));
        assertEquals(w2, o.at().y(), 1e-8 * (1 + Math.abs(w2)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlapping", "challenger"})
    void logisticOptimumHasAGradientBelow1e10(String id) {
        DataCost c = DataSpec.of(BuiltinDatasets.load(id), Model.LOGISTIC).cost();
        Optimum o = c.optimum();
        assertTrue(o.exists());
        assertTrue(c.gradient(o.at()).norm() < 1e-10, () -> "|∇J| = " + c.gradient(o.at()).norm());
    }

    @Test
    void logisticWithPenaltyHasAnOptimumOnSeparableClasses() {
        DataCost c = new DataSpec(BuiltinDatasets.load("separable"), Model.LOGISTIC, false, 0.1).cost();
        assertTrue(c.optimum().exists());
        assertTrue(c.gradient(c.optimum().at()).norm() < 1e-10);
    }

    /** Dalal, Fowlkes and Hoadley (1989) and many textbooks: logit p = 15.0429 − 0.2322·T. */
    @Test
    void challengerOptimumIsThePublishedFit() {
        Optimum o = DataSpec.of(BuiltinDatasets.load("challenger"), Model.LOGISTIC).cost().optimum();
        assertEquals(-0.2322, o.at().x(), 5e-5);
        assertEquals(15.0429, o.at().y(), 5e-5);
    }

    private static Dataset oneFeature(double[] x, double[] y) {
        return Dataset.of("t", "x", "y", x, y);
    }

    @Test
    void separableClassesHaveNoOptimumWithoutPenalty() {
        Dataset d = oneFeature(new double[] {-2, -1, 1, 2}, new double[] {0, 0, 1, 1});
        assertEquals(NoOptimum.SEPARABLE, DataSpec.of(d, Model.LOGISTIC).cost().optimum().reason());
        Dataset reversed = oneFeature(new double[] {-2, -1, 1, 2}, new double[] {1, 1, 0, 0});
        assertEquals(NoOptimum.SEPARABLE, DataSpec.of(reversed, Model.LOGISTIC).cost().optimum().reason());
    }

    @Test
    void quasiSeparableClassesTouchingAtTheThresholdHaveNoOptimum() {
        Dataset d = oneFeature(new double[] {-2, 0, 0, 2}, new double[] {0, 0, 1, 1});
        assertEquals(NoOptimum.SEPARABLE, DataSpec.of(d, Model.LOGISTIC).cost().optimum().reason());
    }

    @Test
    void oneClassHasNoOptimumEvenWithPenalty() {
        Dataset d = oneFeature(new double[] {-2, 0, 3}, new double[] {1, 1, 1});
        assertEquals(NoOptimum.ONE_CLASS, new DataSpec(d, Model.LOGISTIC, false, 1).cost().optimum().reason());
        assertEquals(NoOptimum.ONE_CLASS, DataSpec.of(d, Model.LOGISTIC).cost().optimum().reason());
    }

    @Test
    void equalFeaturesGiveALineOfMinimisers() {
        Dataset d = oneFeature(new double[] {3, 3, 3}, new double[] {0, 1, 1});
        assertEquals(NoOptimum.NOT_UNIQUE, DataSpec.of(d, Model.LINEAR).cost().optimum().reason());
        assertEquals(NoOptimum.NOT_UNIQUE, DataSpec.of(d, Model.LOGISTIC).cost().optimum().reason());
        // with λ > 0 the penalty picks w = 0 and b = logit(2/3)
        Optimum o = new DataSpec(d, Model.LOGISTIC, false, 0.5).cost().optimum();
        assertEquals(0.0, o.at().x(), 1e-10);
        assertEquals(Math.log(2), o.at().y(), 1e-10);
    }

    @Test
    void collinearFeaturesGiveALineOfMinimisers() {
        Dataset d = Dataset.of("t", "x1", "x2", "y", new double[] {1, 2, 3}, new double[] {2, 4, 6}, new double[] {1, 0, 2});
        assertEquals(NoOptimum.NOT_UNIQUE, DataSpec.of(d, Model.LINEAR2).cost().optimum().reason());
        Dataset zero = Dataset.of("t", "x1", "x2", "y", new double[] {1, 2, 3}, new double[] {0, 0, 0}, new double[] {1, 0, 2});
        assertEquals(NoOptimum.NOT_UNIQUE, DataSpec.of(zero, Model.LINEAR2).cost().optimum().reason());
    }

    @Test
    void reasonIdsAreTheCommandLineContract() {
        assertEquals("separable", NoOptimum.SEPARABLE.id());
        assertEquals("one_class", NoOptimum.ONE_CLASS.id());
        assertEquals("not_unique", NoOptimum.NOT_UNIQUE.id());
    }

    @Test
    void optimumIsTheDescribedGlobalMinimum() {
        DataCost c = DataSpec.of(BuiltinDatasets.load("noisy-line"), Model.LINEAR).cost();
        Vec2 at = c.description().minima().get(0).at();
        assertEquals(c.optimum().at(), at);
        assertFalse(c.description().view().contains(1e9, 1e9));
        assertTrue(c.description().view().contains(0, 0));
    }
}
