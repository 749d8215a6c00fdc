package org.gdlab.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.data.DataSpec;
import org.gdlab.core.data.Dataset;
import org.gdlab.core.data.Model;
import org.gdlab.core.math.NumberText;
import org.junit.jupiter.api.Test;

/**
 * κ and 2/λmax before and after scaling, against Hessians worked out by hand from three points. For a 2×2
 * symmetric [[a, c], [c, d]] the eigenvalues are (t ± √(t² − 4δ))/2 with t = a + d and δ = ad − c².
 */
class ScalingComparisonTest {

    private static final double TOL = 1e-12;

    private static ScalingComparison compare(Dataset d, Model model, boolean standardized, double l2) {
        return ScalingComparison.of(new DataSpec(d, model, standardized, l2).cost(), ColorMap.VIRIDIS, CancellationToken.none());
    }

    /** x = 1, 2, 6: mean x = 3, mean x² = 41/3, H = [[41/3, 3], [3, 1]]: t = 44/3, δ = 14/3, λ = (44 ± √1768)/6. */
    @Test
    void linearKappaFallsFromTheRawHessiansToOneWhenStandardized() {
        Dataset d = Dataset.of("three", "x", "y", new double[] {1, 2, 6}, new double[] {2, 1, 7});
        ScalingComparison c = compare(d, Model.LINEAR, false, 0);
        double lmax = (44 + Math.sqrt(1768)) / 6;
        double lmin = (44 - Math.sqrt(1768)) / 6;
        double kappa = lmax / lmin;
        assertEquals(kappa, c.raw().curvature().conditionNumber(), TOL * kappa);
        assertEquals(2 / lmax, c.raw().curvature().maxStableLearningRate().getAsDouble(), TOL);
        // standardized: mean 0, mean square 1, so H = I
        assertEquals(1, c.scaled().curvature().conditionNumber(), TOL);
        assertEquals(2, c.scaled().curvature().maxStableLearningRate().getAsDouble(), TOL);
        assertEquals("κ = " + NumberText.significant(kappa, 3) + "\n2/λmax = " + NumberText.significant(2 / lmax, 3),
                c.raw().numbers());
        assertEquals("Scaling the features divides κ by " + NumberText.significant(kappa, 3) + " (from "
                + NumberText.significant(kappa, 3) + " to 1.00).", c.sentence());
        assertFalse(c.scaledOnScreen());
    }

    /**
     * x₁ = 1, 0, 2 and x₂ = 0, 3, 3: H = mean x·xᵀ = [[5/3, 2], [2, 6]], t = 23/3, δ = 6, λ = (23 ± √313)/6.
     * Scaled by the RMS (√(5/3), √6) the diagonal is 1 and the off-diagonal r = 2/√10: λ = 1 ± r.
     */
    @Test
    void linear2KappaOfTheRmsScaledHessianIsThatOfItsCorrelation() {
        Dataset d = Dataset.of("three", "x1", "x2", "y", new double[] {1, 0, 2}, new double[] {0, 3, 3},
                new double[] {1, 2, 4});
        ScalingComparison c = compare(d, Model.LINEAR2, true, 0);
        double kappa = (23 + Math.sqrt(313)) / (23 - Math.sqrt(313));
        assertEquals(kappa, c.raw().curvature().conditionNumber(), TOL * kappa);
        double r = 2 / Math.sqrt(10);
        assertEquals((1 + r) / (1 - r), c.scaled().curvature().conditionNumber(), TOL * 10);
        assertEquals(2 / (1 + r), c.scaled().curvature().maxStableLearningRate().getAsDouble(), TOL);
        assertTrue(c.scaledOnScreen(), "the cost on screen is the scaled one");
        assertEquals("scaled by RMS", c.scaled().title());
    }

    /** x = −1, 0, 3: at (0, 0) σ = ½, H = ¼·[[10/3, 2/3], [2/3, 1]] + diag(λ, 0); standardized ¼·I + diag(λ, 0). */
    @Test
    void logisticKappaIsTakenAtTheOriginWhereEveryPointHasHalfAChance() {
        Dataset d = Dataset.of("three", "x", "y", new double[] {-1, 0, 3}, new double[] {0, 1, 1});
        double l2 = 0.1;
        ScalingComparison c = compare(d, Model.LOGISTIC, false, l2);
        double a = 0.25 * 10 / 3 + l2;
        double b = 0.25 * 2 / 3;
        double e = 0.25;
        double t = a + e;
        double root = Math.sqrt(t * t - 4 * (a * e - b * b));
        assertEquals((t + root) / (t - root), c.raw().curvature().conditionNumber(), TOL * 10);
        assertEquals((0.25 + l2) / 0.25, c.scaled().curvature().conditionNumber(), TOL * 10);
        assertEquals(2 / (0.25 + l2), c.scaled().curvature().maxStableLearningRate().getAsDouble(), TOL);
        assertTrue(c.sentence().endsWith("(H at w = 0, b = 0)."), c.sentence());
    }

    @Test
    void aConstantFeatureLeavesOnlyTheRawSideAndSaysWhyByName() {
        Dataset d = Dataset.of("flat", "speed", "y", new double[] {4, 4, 4}, new double[] {1, 2, 3});
        ScalingComparison c = compare(d, Model.LINEAR, false, 0);
        assertNull(c.scaled().cost());
        assertEquals("The features cannot be scaled: feature 'speed' is constant (every value is 4.0), so it cannot be "
                + "standardized.", c.sentence());
        assertTrue(c.raw().picture() != null);
    }

    @Test
    void eachPictureCoversItsThumbnailsViewInEqualUnits() {
        Dataset d = Dataset.of("three", "x", "y", new double[] {1, 2, 6}, new double[] {2, 1, 7});
        ScalingComparison c = compare(d, Model.LINEAR, false, 0);
        for (ScalingComparison.Side s : java.util.List.of(c.raw(), c.scaled())) {
            assertEquals(s.transform().visible(), s.picture().grid().view());
            assertEquals(s.transform().scaleX(), s.transform().scaleY(), 1e-9 * s.transform().scaleX(), "equal units");
        }
    }
}
