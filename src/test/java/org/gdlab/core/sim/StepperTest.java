package org.gdlab.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.testing.TestFunctions;
import org.junit.jupiter.api.Test;

/** The live-tuning cursor: changing α and hyperparameters mid-run keeps the optimizer state. */
class StepperTest {

    /** Values are sums of a few decimal products; 1e-15 covers their rounding. */
    private static final double TOL = 1e-15;

    @Test
    void startsOnRowZeroWithNoUpdateYet() {
        Stepper s = new Stepper(RunConfig.of(TestFunctions.sphere(), new Vec2(1, -2), OptimizerKind.GD, 0.1));
        assertEquals(new StepRecord(0, new Vec2(1, -2), 5, new Vec2(2, -4), 0.1, Vec2.ZERO), s.current());
        assertNull(s.end());
        assertNull(s.previous());
    }

    @Test
    void newLearningRateAppliesFromTheNextStep() {
        // α = 0.1: w₁ = 0.8·(1, −2) = (0.8, −1.6); then α = 0.25: w₂ = w₁ − 0.25·2w₁ = 0.5 w₁ = (0.4, −0.8)
        Stepper s = new Stepper(RunConfig.of(TestFunctions.sphere(), new Vec2(1, -2), OptimizerKind.GD, 0.1));
        assertTrue(s.advance());
        s.setLearningRate(0.25);
        assertEquals(0.25, s.current().learningRate());
        assertTrue(s.advance());
        assertEquals(0.4, s.current().w().x(), TOL);
        assertEquals(-0.8, s.current().w().y(), TOL);
        assertEquals(0.25, s.previous().learningRate());
    }

    @Test
    void momentumBufferIsKeptWhenTheRateChanges() {
        // α = 0.1, μ = 0.9: b₁ = (2, −4), w₁ = (0.8, −1.6). Then α = 0.2: b₂ = 0.9·(2, −4) + (1.6, −3.2)
        // = (3.4, −6.8); w₂ = (0.8 − 0.68, −1.6 + 1.36) = (0.12, −0.24)
        Stepper s = new Stepper(RunConfig.of(TestFunctions.sphere(), new Vec2(1, -2), OptimizerKind.MOMENTUM, 0.1));
        s.advance();
        s.setLearningRate(0.2);
        s.advance();
        assertEquals(0.12, s.current().w().x(), TOL);
        assertEquals(-0.24, s.current().w().y(), TOL);
        assertEquals(OptimizerKind.MOMENTUM, s.state().kind());
        assertEquals(3.4, s.state().vector("b").x(), TOL);
    }

    @Test
    void momentumBufferIsKeptWhenTheMomentumChanges() {
        // after b₁ = (2, −4), μ = 0.5: b₂ = 0.5·(2, −4) + (1.6, −3.2) = (2.6, −5.2); w₂ = 0.8 − 0.1·2.6 = 0.54
        Stepper s = new Stepper(RunConfig.of(TestFunctions.sphere(), new Vec2(1, -2), OptimizerKind.MOMENTUM, 0.1));
        s.advance();
        s.setHyperparameters(Hyperparameters.defaults(OptimizerKind.MOMENTUM).with("momentum", 0.5));
        s.advance();
        assertEquals(0.54, s.current().w().x(), TOL);
        assertEquals(0.5, s.hyperparameters().get("momentum"));
    }

    @Test
    void invalidLearningRateIsRejected() {
        Stepper s = new Stepper(RunConfig.of(TestFunctions.sphere(), new Vec2(1, -2), OptimizerKind.GD, 0.1));
        assertThrows(IllegalArgumentException.class, () -> s.setLearningRate(0));
        assertThrows(IllegalArgumentException.class, () -> s.setLearningRate(Double.NaN));
    }

    @Test
    void afterDivergenceTheCursorStaysOnTheLastFiniteRow() {
        Stepper s = new Stepper(RunConfig.of(TestFunctions.quarticBowl(), new Vec2(10, 0), OptimizerKind.GD, 1));
        assertTrue(s.advance());
        assertFalse(s.advance());
        assertInstanceOf(Diverged.class, s.end());
        assertEquals(1, s.current().step());
        assertEquals(1, s.previous().step());
        assertFalse(s.advance());
    }

    @Test
    void aStartOutsideTheBoundHasNoCurrentRow() {
        Stepper s = new Stepper(RunConfig.of(TestFunctions.sphere(), new Vec2(3, 4), OptimizerKind.GD, 0.1)
                .withEscapeBound(1));
        assertNull(s.current());
        assertEquals(0, s.end().step());
        assertFalse(s.advance());
    }
}
