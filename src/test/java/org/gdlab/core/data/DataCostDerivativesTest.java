package org.gdlab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DataCostDerivativesTest {

    static Stream<Arguments> costs() {
        return Stream.of(
                Arguments.of("line", Model.LINEAR, false, 0.0),
                Arguments.of("noisy-line", Model.LINEAR, true, 0.0),
                Arguments.of("cars", Model.LINEAR, false, 0.0),
                Arguments.of("scales", Model.LINEAR2, false, 0.0),
                Arguments.of("correlated", Model.LINEAR2, true, 0.0),
                Arguments.of("overlapping", Model.LOGISTIC, false, 0.0),
                Arguments.of("separable", Model.LOGISTIC, false, 0.3),
                Arguments.of("challenger", Model.LOGISTIC, true, 0.1));
    }

    /**
     * Central differences have truncation error h²/6·|f'''| and round-off ε|f|/h; with h = 1e-5·scale both are
     * far below 1e-5 relative to the gradient's scale for these smooth costs.
     */
    @ParameterizedTest(name = "{0} {1} scaled={2} λ={3}")
    @MethodSource("costs")
    void gradientAndHessianMatchCentralDifferences(String id, Model model, boolean scaled, double l2) {
        DataCost c = new DataSpec(BuiltinDatasets.load(id), model, scaled, l2).cost();
        SplittableRandom r = new SplittableRandom(7);
        var view = c.description().view();
        for (int t = 0; t < 20; t++) {
            double p = r.nextDouble(view.xMin(), view.xMax());
            double q = r.nextDouble(view.yMin(), view.yMax());
            double hp = 1e-5 * view.width();
            double hq = 1e-5 * view.height();
            Vec2 g = c.gradient(p, q);
            double dp = (c.value(p + hp, q) - c.value(p - hp, q)) / (2 * hp);
            double dq = (c.value(p, q + hq) - c.value(p, q - hq)) / (2 * hq);
            double scale = 1 + g.norm() + Math.abs(c.value(p, q)) / Math.min(view.width(), view.height());
            assertEquals(dp, g.x(), 1e-5 * scale, "∂J/∂p at " + p + ", " + q);
            assertEquals(dq, g.y(), 1e-5 * scale, "∂J/∂q at " + p + ", " + q);
            Sym2 h = c.hessian(p, q);
            Vec2 gp = c.gradient(p + hp, q).minus(c.gradient(p - hp, q)).times(1 / (2 * hp));
            Vec2 gq = c.gradient(p, q + hq).minus(c.gradient(p, q - hq)).times(1 / (2 * hq));
            double hs = 1 + Math.abs(h.xx()) + Math.abs(h.yy());
            assertEquals(gp.x(), h.xx(), 1e-5 * hs);
            assertEquals(gp.y(), h.xy(), 1e-5 * hs);
            assertEquals(gq.x(), h.xy(), 1e-5 * hs);
            assertEquals(gq.y(), h.yy(), 1e-5 * hs);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("costs")
    void fullBatchOfThePerPointLoopEqualsTheCost(String id, Model model, boolean scaled, double l2) {
        DataCost c = new DataSpec(BuiltinDatasets.load(id), model, scaled, l2).cost();
        int n = c.points().size();
        int[] identity = new int[n];
        for (int i = 0; i < n; i++) {
            identity[i] = i;
        }
        Vec2 at = new Vec2(0.7, -0.3);
        double j = c.value(at);
        assertEquals(j, c.batchValue(identity, 0, n, at.x(), at.y()), 1e-12 * (1 + Math.abs(j)));
        Vec2 g = c.gradient(at);
        Vec2 gb = c.batchGradient(identity, 0, n, at.x(), at.y());
        assertEquals(g.x(), gb.x(), 1e-12 * (1 + g.norm()));
        assertEquals(g.y(), gb.y(), 1e-12 * (1 + g.norm()));
    }

    /** Points (1, 3), (2, 5), (4, 6) at (w, b) = (1, 1): residuals w·x + b − y = −1, −2, −1. */
    @Test
    void linearOnThreePointsSummedByHand() {
        DataCost c = DataSpec.of(Dataset.of("t", "x", "y", new double[] {1, 2, 4}, new double[] {3, 5, 6}), Model.LINEAR).cost();
        // J = (1 + 4 + 1)/(2·3) = 1; ∂J/∂w = (−1·1 − 2·2 − 1·4)/3 = −3; ∂J/∂b = (−1 − 2 − 1)/3 = −4/3
        assertEquals(1.0, c.value(1, 1), 1e-15);
        assertEquals(-3.0, c.gradient(1, 1).x(), 1e-14);
        assertEquals(-4.0 / 3, c.gradient(1, 1).y(), 1e-15);
        // H = (1/N)[[Σx², Σx], [Σx, N]] = [[21/3, 7/3], [7/3, 1]]
        assertEquals(7.0, c.hessian(1, 1).xx(), 1e-14);
        assertEquals(7.0 / 3, c.hessian(1, 1).xy(), 1e-15);
        assertEquals(1.0, c.hessian(1, 1).yy(), 0);
    }

    /** Points (x₁, x₂, y) = (1, 0, 1), (0, 2, 1), (1, 1, 0) at (w₁, w₂) = (1, 1): residuals 0, 1, 2. */
    @Test
    void linear2OnThreePointsSummedByHand() {
        Dataset d = Dataset.of("t", "x1", "x2", "y", new double[] {1, 0, 1}, new double[] {0, 2, 1}, new double[] {1, 1, 0});
        DataCost c = DataSpec.of(d, Model.LINEAR2).cost();
        // J = (0 + 1 + 4)/6; ∂J/∂w₁ = (0·1 + 1·0 + 2·1)/3; ∂J/∂w₂ = (0·0 + 1·2 + 2·1)/3
        assertEquals(5.0 / 6, c.value(1, 1), 1e-15);
        assertEquals(2.0 / 3, c.gradient(1, 1).x(), 1e-15);
        assertEquals(4.0 / 3, c.gradient(1, 1).y(), 1e-15);
        // H = (1/N) Σ x xᵀ = [[2, 1], [1, 5]]/3
        assertEquals(2.0 / 3, c.hessian(0, 0).xx(), 1e-15);
        assertEquals(1.0 / 3, c.hessian(0, 0).xy(), 1e-15);
        assertEquals(5.0 / 3, c.hessian(0, 0).yy(), 1e-15);
    }

    /** Points x = (−1, 2), y = (0, 1) at (w, b) = (0, 0): every p = ½, loss ln 2 each. */
    @Test
    void logisticOnTwoPointsSummedByHand() {
        Dataset d = Dataset.of("t", "x", "y", new double[] {-1, 2}, new double[] {0, 1});
        DataCost c = new DataSpec(d, Model.LOGISTIC, false, 0.5).cost();
        assertEquals(Math.log(2), c.value(0, 0), 1e-15);
        // ∂J/∂w = ((½ − 0)(−1) + (½ − 1)(2))/2 + λ·0 = −3/4; ∂J/∂b = (½ − ½)/2 = 0
        assertEquals(-0.75, c.gradient(0, 0).x(), 1e-15);
        assertEquals(0.0, c.gradient(0, 0).y(), 1e-15);
        // H = (1/2)·¼·[[1 + 4, −1 + 2], [1, 2]] + [[λ, 0], [0, 0]]
        assertEquals(5.0 / 8 + 0.5, c.hessian(0, 0).xx(), 1e-15);
        assertEquals(1.0 / 8, c.hessian(0, 0).xy(), 1e-15);
        assertEquals(2.0 / 8, c.hessian(0, 0).yy(), 1e-15);
        // at w = 1: (λ/2)w² = 0.25 more, and the losses are softplus(−1) and softplus(2) − 2
        double expected = (Math.log1p(Math.exp(-1)) + Math.log1p(Math.exp(-2))) / 2 + 0.25;
        assertEquals(expected, c.value(1, 0), 1e-15);
    }

    @Test
    void logisticStaysFiniteForHugeArguments() {
        Dataset d = Dataset.of("t", "x", "y", new double[] {-1, 1}, new double[] {1, 0});
        DataCost c = DataSpec.of(d, Model.LOGISTIC).cost();
        // z = ±1e6 with the wrong label each: loss ≈ |z| = 1e6 per point, gradient (σ − y)(x, 1) = (1, 0) on average
        assertEquals(1e6, c.value(1e6, 0), 1e-9 * 1e6);
        Vec2 g = c.gradient(1e6, 0);
        assertEquals(1.0, g.x(), 1e-15);
        assertEquals(0.0, g.y(), 1e-15);
        assertEquals(0.0, c.hessian(1e6, 0).xx(), 1e-300);
    }
}
