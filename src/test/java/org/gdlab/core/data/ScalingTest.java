package org.gdlab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.math.Vec2;
import org.junit.jupiter.api.Test;

class ScalingTest {

    @Test
    void standardizedFeatureHasMeanZeroAndPopulationStdOne() {
        DataCost c = new DataSpec(BuiltinDatasets.load("cars"), Model.LINEAR, true, 0).cost();
        Moments m = Moments.of(c.points());
        assertEquals(0.0, m.m1(), 1e-14);
        assertEquals(1.0, m.var1(), 1e-14);
    }

    @Test
    void rmsScaledFeaturesHaveMeanSquareOne() {
        DataCost c = new DataSpec(BuiltinDatasets.load("scales"), Model.LINEAR2, true, 0).cost();
        Dataset p = c.points();
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < p.size(); i++) {
            s1 += p.x1(i) * p.x1(i);
            s2 += p.x2(i) * p.x2(i);
        }
        assertEquals(1.0, s1 / p.size(), 1e-14);
        assertEquals(1.0, s2 / p.size(), 1e-14);
    }

    /** Least squares is equivariant under an affine change of x: the scaled optimum maps back to the unscaled one. */
    @Test
    void scaledLinearOptimumMapsBackToTheUnscaledOne() {
        Dataset d = BuiltinDatasets.load("noisy-line");
        Vec2 plain = DataSpec.of(d, Model.LINEAR).cost().optimum().at();
        DataCost scaled = new DataSpec(d, Model.LINEAR, true, 0).cost();
        Vec2 back = scaled.scaling().orElseThrow().toOriginal(scaled.optimum().at());
        assertEquals(plain.x(), back.x(), 1e-12 * (1 + Math.abs(plain.x())));
        assertEquals(plain.y(), back.y(), 1e-12 * (1 + Math.abs(plain.y())));
    }

    @Test
    void scaledLinear2OptimumMapsBackToTheUnscaledOne() {
        Dataset d = BuiltinDatasets.load("scales");
        Vec2 plain = DataSpec.of(d, Model.LINEAR2).cost().optimum().at();
        DataCost scaled = new DataSpec(d, Model.LINEAR2, true, 0).cost();
        Vec2 back = scaled.scaling().orElseThrow().toOriginal(scaled.optimum().at());
        assertEquals(plain.x(), back.x(), 1e-9 * (1 + Math.abs(plain.x())));
        assertEquals(plain.y(), back.y(), 1e-9 * Math.abs(plain.y()));
    }

    @Test
    void scalingRoundsNarrowValleyOfScalesToAFarSmallerConditionNumber() {
        Dataset d = BuiltinDatasets.load("scales");
        double before = kappa(DataSpec.of(d, Model.LINEAR2).cost());
        double after = kappa(new DataSpec(d, Model.LINEAR2, true, 0).cost());
        assertTrue(before > 1e5, "κ before = " + before);
        assertTrue(after < 10, "κ after = " + after);
    }

    private static double kappa(DataCost c) {
        var h = c.hessian(0, 0);
        double mid = 0.5 * h.trace();
        double r = Math.hypot(0.5 * (h.xx() - h.yy()), h.xy());
        return (mid + r) / (mid - r);
    }

    @Test
    void constantFeatureIsRefusedByName() {
        Dataset d = Dataset.of("t", "speed", "dist", new double[] {4, 4, 4}, new double[] {1, 2, 3});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DataSpec(d, Model.LINEAR, true, 0).cost());
        assertEquals("feature 'speed' is constant (every value is 4.0), so it cannot be standardized", e.getMessage());
        Dataset zero = Dataset.of("t", "a", "b", "y", new double[] {1, 2}, new double[] {0, 0}, new double[] {1, 2});
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DataSpec(zero, Model.LINEAR2, true, 0).cost())
                .getMessage().contains("'b'"));
    }

    @Test
    void fromOriginalInvertsToOriginal() {
        Scaling s = Scaling.of(BuiltinDatasets.load("cars"), Model.LINEAR);
        Vec2 p = new Vec2(3, -17);
        Vec2 back = s.toOriginal(s.fromOriginal(p));
        assertEquals(p.x(), back.x(), 1e-13);
        assertEquals(p.y(), back.y(), 1e-13);
    }
}
