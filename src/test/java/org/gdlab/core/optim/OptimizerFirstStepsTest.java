package org.gdlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.testing.TestFunctions;
import org.junit.jupiter.api.Test;

/**
 * The first three iterates of every optimizer against values worked out by hand in this file (the
 * arithmetic is written out; the implementation is only run, never consulted). Unless said otherwise:
 * sphere C = x² + y², ∇C = (2x, 2y), start w₀ = (1, −2), so g₀ = (2, −4).
 *
 * <p>Tolerance 1e-12 everywhere: each expected value is O(1) and comes from a handful of floating-point
 * operations (each rounding ≤ 1.1e-16 relative) on both sides, so any difference beyond ~1e-14 is a bug.
 */
class OptimizerFirstStepsTest {

    private static final double TOL = 1e-12;
    private static final Vec2 START = new Vec2(1, -2);

    private static Trajectory threeSteps(CostFunction f, Vec2 start, OptimizerKind k, Hyperparameters h, double lr) {
        RunConfig c = RunConfig.of(f, start, k, lr).withHyper(h).withMaxSteps(3);
        Trajectory t = Simulation.run(c);
        assertEquals(4, t.size(), "rows 0..3");
        return t;
    }

    private static Trajectory threeSteps(OptimizerKind k, double lr) {
        return threeSteps(TestFunctions.sphere(), START, k, Hyperparameters.defaults(k), lr);
    }

    private static void assertRow(Trajectory t, int k, double x, double y) {
        assertEquals(x, t.x(k), TOL, "x_" + k);
        assertEquals(y, t.y(k), TOL, "y_" + k);
    }

    @Test
    void gdMatchesHandWorkedSteps() {
        // α = 0.1: w ← w − 0.1·2w = 0.8 w
        Trajectory t = threeSteps(OptimizerKind.GD, 0.1);
        assertRow(t, 1, 0.8, -1.6);
        assertRow(t, 2, 0.64, -1.28);
        assertRow(t, 3, 0.512, -1.024);
    }

    @Test
    void momentumMatchesHandWorkedSteps() {
        // α = 0.1, μ = 0.9. b₁ = g₀ = (2, −4); w₁ = (1 − 0.2, −2 + 0.4) = (0.8, −1.6)
        // g₁ = (1.6, −3.2); b₂ = 0.9·(2, −4) + (1.6, −3.2) = (3.4, −6.8); w₂ = (0.8 − 0.34, −1.6 + 0.68) = (0.46, −0.92)
        // g₂ = (0.92, −1.84); b₃ = 0.9·(3.4, −6.8) + (0.92, −1.84) = (3.98, −7.96); w₃ = (0.46 − 0.398, −0.92 + 0.796)
        Trajectory t = threeSteps(OptimizerKind.MOMENTUM, 0.1);
        assertRow(t, 1, 0.8, -1.6);
        assertRow(t, 2, 0.46, -0.92);
        assertRow(t, 3, 0.062, -0.124);
    }

    @Test
    void nesterovMatchesHandWorkedSteps() {
        // α = 0.1, μ = 0.9. b₁ = (2, −4); step g₀ + 0.9 b₁ = (3.8, −7.6); w₁ = (1 − 0.38, −2 + 0.76) = (0.62, −1.24)
        // g₁ = (1.24, −2.48); b₂ = (1.8 + 1.24, ·) = (3.04, −6.08); step = 1.24 + 0.9·3.04 = 3.976; w₂ = 0.62 − 0.3976 = 0.2224
        // g₂ = 0.4448; b₃ = 0.9·3.04 + 0.4448 = 3.1808; step = 0.4448 + 0.9·3.1808 = 3.30752; w₃ = 0.2224 − 0.330752 = −0.108352
        // (y = −2x throughout by symmetry of the sphere and the start)
        Trajectory t = threeSteps(OptimizerKind.NESTEROV, 0.1);
        assertRow(t, 1, 0.62, -1.24);
        assertRow(t, 2, 0.2224, -0.4448);
        assertRow(t, 3, -0.108352, 0.216704);
    }

    @Test
    void adagradMatchesHandWorkedSteps() {
        double eps = 1e-10;
        // α = 0.1. s₁ = (4, 16); w₁ = (1 − 0.1·2/(2 + ε), −2 + 0.1·4/(4 + ε)) ≈ (0.9, −1.9)
        double x1 = 1 - 0.1 * 2 / (2 + eps);
        double y1 = -2 + 0.1 * 4 / (4 + eps);
        // s₂ = s₁ + g₁², g₁ = 2w₁ ≈ (1.8, −3.8), s₂ ≈ (7.24, 30.44)
        double sx2 = 4 + (2 * x1) * (2 * x1);
        double sy2 = 16 + (2 * y1) * (2 * y1);
        double x2 = x1 - 0.1 * (2 * x1) / (Math.sqrt(sx2) + eps);
        double y2 = y1 - 0.1 * (2 * y1) / (Math.sqrt(sy2) + eps);
        double sx3 = sx2 + (2 * x2) * (2 * x2);
        double sy3 = sy2 + (2 * y2) * (2 * y2);
        double x3 = x2 - 0.1 * (2 * x2) / (Math.sqrt(sx3) + eps);
        double y3 = y2 - 0.1 * (2 * y2) / (Math.sqrt(sy3) + eps);
        Trajectory t = threeSteps(OptimizerKind.ADAGRAD, 0.1);
        assertEquals(0.9, x1, 1e-10, "hand check: first Adagrad step has length α per coordinate");
        assertEquals(0.9 - 0.18 / Math.sqrt(7.24), x2, 1e-10, "hand check: s₂ = 7.24");
        assertRow(t, 1, x1, y1);
        assertRow(t, 2, x2, y2);
        assertRow(t, 3, x3, y3);
    }

    @Test
    void rmspropMatchesHandWorkedSteps() {
        double eps = 1e-8;
        double rho = 0.99;
        // α = 0.01. v₁ = 0.01·(4, 16) = (0.04, 0.16); w₁ = (1 − 0.01·2/(0.2 + ε), −2 + 0.01·4/(0.4 + ε)) ≈ (0.9, −1.9)
        double x1 = 1 - 0.01 * 2 / (Math.sqrt(0.04) + eps);
        double y1 = -2 + 0.01 * 4 / (Math.sqrt(0.16) + eps);
        // v₂ = 0.99 v₁ + 0.01 g₁² ≈ (0.0396 + 0.0324, 0.1584 + 0.1444) = (0.072, 0.3028)
        double vx2 = rho * 0.04 + (1 - rho) * (2 * x1) * (2 * x1);
        double vy2 = rho * 0.16 + (1 - rho) * (2 * y1) * (2 * y1);
        double x2 = x1 - 0.01 * (2 * x1) / (Math.sqrt(vx2) + eps);
        double y2 = y1 - 0.01 * (2 * y1) / (Math.sqrt(vy2) + eps);
        double vx3 = rho * vx2 + (1 - rho) * (2 * x2) * (2 * x2);
        double vy3 = rho * vy2 + (1 - rho) * (2 * y2) * (2 * y2);
        double x3 = x2 - 0.01 * (2 * x2) / (Math.sqrt(vx3) + eps);
        double y3 = y2 - 0.01 * (2 * y2) / (Math.sqrt(vy3) + eps);
        // the rounded hand values ignore ε = 1e-8 on denominators ≈ 0.2, which moves them by ≲ 1e-7
        assertEquals(0.072, vx2, 1e-7, "hand check");
        assertEquals(0.9 - 0.018 / Math.sqrt(0.072), x2, 1e-7, "hand check");
        Trajectory t = threeSteps(OptimizerKind.RMSPROP, 0.01);
        assertRow(t, 1, x1, y1);
        assertRow(t, 2, x2, y2);
        assertRow(t, 3, x3, y3);
    }

    @Test
    void adamMatchesHandWorkedSteps() {
        double b1 = 0.9;
        double b2 = 0.999;
        double eps = 1e-8;
        // α = 0.1. t = 1: m = 0.1 g₀ = (0.2, −0.4); v = 0.001 g₀² = (0.004, 0.016); m̂ = g₀, v̂ = g₀²,
        // so the step is α·sign(g₀) (up to ε): w₁ ≈ (0.9, −1.9)
        double mx = 0.1 * 2;
        double my = 0.1 * -4;
        double vx = 0.001 * 4;
        double vy = 0.001 * 16;
        double x1 = 1 - 0.1 * (mx / 0.1) / (Math.sqrt(vx / 0.001) + eps);
        double y1 = -2 - 0.1 * (my / 0.1) / (Math.sqrt(vy / 0.001) + eps);
        // t = 2: g₁ = 2w₁; m = 0.9 m + 0.1 g₁ ≈ (0.36, −0.74); v = 0.999 v + 0.001 g₁² ≈ (0.007236, 0.030424);
        // bias corrections 1 − 0.9² = 0.19 and 1 − 0.999² = 0.001999
        mx = b1 * mx + 0.1 * (2 * x1);
        my = b1 * my + 0.1 * (2 * y1);
        vx = b2 * vx + 0.001 * (2 * x1) * (2 * x1);
        vy = b2 * vy + 0.001 * (2 * y1) * (2 * y1);
        assertEquals(0.36, mx, 1e-9, "hand check");
        assertEquals(0.007236, vx, 1e-9, "hand check");
        double x2 = x1 - 0.1 * (mx / 0.19) / (Math.sqrt(vx / 0.001999) + eps);
        double y2 = y1 - 0.1 * (my / 0.19) / (Math.sqrt(vy / 0.001999) + eps);
        // t = 3: corrections 1 − 0.9³ = 0.271 and 1 − 0.999³ = 0.002997001
        mx = b1 * mx + 0.1 * (2 * x2);
        my = b1 * my + 0.1 * (2 * y2);
        vx = b2 * vx + 0.001 * (2 * x2) * (2 * x2);
        vy = b2 * vy + 0.001 * (2 * y2) * (2 * y2);
        double x3 = x2 - 0.1 * (mx / 0.271) / (Math.sqrt(vx / 0.002997001) + eps);
        double y3 = y2 - 0.1 * (my / 0.271) / (Math.sqrt(vy / 0.002997001) + eps);
        Trajectory t = threeSteps(OptimizerKind.ADAM, 0.1);
        assertRow(t, 1, x1, y1);
        assertRow(t, 2, x2, y2);
        assertRow(t, 3, x3, y3);
    }

    @Test
    void normalizedTakesStepsOfLengthAlphaAlongMinusTheGradient() {
        // g₀/|g₀| = (2, −4)/√20 = (1, −2)/√5, and the iterate stays on the ray (1, −2)·s:
        // w_k = (1 − 0.1 k/√5)·(1, −2)
        Trajectory t = threeSteps(OptimizerKind.NORMALIZED, 0.1);
        for (int k = 1; k <= 3; k++) {
            double s = 1 - 0.1 * k / Math.sqrt(5);
            assertRow(t, k, s, -2 * s);
        }
    }

    @Test
    void newtonMatchesHandWorkedStepsOnAQuarticBowl() {
        // C = x⁴ + y², from (1, 1), α = 1: x ← x − 4x³/(12x²) = (2/3)x; y ← y − 2y/2 = 0.
        // 12x² ≥ 12·(8/27)² ≈ 1.05 ≫ D = 1e-3, so no shift is added.
        Trajectory t = threeSteps(TestFunctions.quarticBowl(), new Vec2(1, 1), OptimizerKind.NEWTON,
                Hyperparameters.defaults(OptimizerKind.NEWTON), 1.0);
        assertRow(t, 1, 2.0 / 3, 0);
        assertRow(t, 2, 4.0 / 9, 0);
        assertRow(t, 3, 8.0 / 27, 0);
    }

    @Test
    void newtonShiftsTheHessianAtASaddle() {
        // C = x² − y², H = diag(2, −2), damping D = 1: δ = D − λmin = 3, H + δI = diag(5, 1).
        // From (1, 1): g = (2, −2), w₁ = (1 − 2/5, 1 + 2) = (0.6, 3);
        // g = (1.2, −6), w₂ = (0.6 − 0.24, 3 + 6) = (0.36, 9); g = (0.72, −18), w₃ = (0.216, 27)
        Trajectory t = threeSteps(TestFunctions.saddle(), new Vec2(1, 1), OptimizerKind.NEWTON,
                Hyperparameters.defaults(OptimizerKind.NEWTON).with("damping", 1), 1.0);
        assertRow(t, 1, 0.6, 3);
        assertRow(t, 2, 0.36, 9);
        assertRow(t, 3, 0.216, 27);
    }
}
