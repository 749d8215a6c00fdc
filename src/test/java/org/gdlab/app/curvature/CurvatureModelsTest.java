package org.gdlab.app.curvature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalInt;
import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.core.sweep.ConvergencePrediction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Curvature panel, stability limit and sandbox without JavaFX. */
class CurvatureModelsTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel lab;
    private RaceViewModel race;

    @BeforeEach
    void create() {
        lab = new LabViewModel(jobs.background());
        race = new RaceViewModel(lab);
        jobs.drain();
    }

    @Test
    void stabilityLimitOnTheQuadraticIsTwoOverKappa() {
        // H has eigenvalues 1 and κ = 10 everywhere: 2/λmax = 0.2 and α = 0.26 is 1.3× it
        StabilityLimit s = StabilityLimit.at(SurfaceCatalog.create("quadratic", Map.of("kappa", 10.0)), new Vec2(1, 1), 0.26);
        assertEquals(0.2, s.limit().getAsDouble(), 1e-12, "eigen-solve rounding");
        assertEquals(1.3, s.ratio(), 1e-12);
    }

    @Test
    void noStabilityLimitWhereTheSurfaceCurvesDown() {
        StabilityLimit s = StabilityLimit.at(SurfaceCatalog.create("saddle"), new Vec2(1, 1), 0.1);
        assertEquals(2 / 2.0, s.limit().getAsDouble(), 1e-12, "x² − y²: λmax = 2");
        // the monkey saddle x³ − 3xy² is flat at the origin: H = 0, λmax = 0
        StabilityLimit dome = StabilityLimit.at(SurfaceCatalog.create("monkey-saddle"), new Vec2(0, 0), 0.1);
        assertTrue(dome.limit().isEmpty());
        assertTrue(Double.isNaN(dome.ratio()));
    }

    @Test
    void curvaturePanelFollowsTheCurrentStep() {
        lab.selectSurface("rosenbrock");
        jobs.drain();
        CurvatureViewModel vm = new CurvatureViewModel(race);
        lab.playback().seek(0);
        double l0 = vm.curvatureProperty().get().lambdaMax();
        assertEquals(lab.pathProperty().get().x(0), vm.pointProperty().get().x(), 0);
        lab.playback().seek(lab.playback().lastStepProperty().get());
        assertFalse(l0 == vm.curvatureProperty().get().lambdaMax(), "a new point, a new Hessian");
        assertTrue(vm.textProperty().get().contains("2/λmax = "), vm.textProperty().get());
    }

    @ParameterizedTest
    @CsvSource({"10, 30, 0.18", "10, 0, 0.05", "100, 45, 0.019", "4, -20, 0.45", "10, 30, 0.21"})
    void sandboxContractionFactorIsTheClosedFormForTheQuadratic(double kappa, double theta, double lr) {
        SandboxModel sandbox = new SandboxModel(lab);
        sandbox.parameter("kappa").orElseThrow().value().set(kappa);
        sandbox.parameter("theta").orElseThrow().value().set(theta);
        lab.learningRateProperty().set(lr);
        jobs.drain();
        sandbox.refresh();
        ConvergencePrediction p = sandbox.predictionProperty().get();
        // eigenvalues 1 and κ: ρ = max(|1 − α|, |1 − ακ|); the eigen-solve's rounding is ~1e-15 relative
        assertEquals(Math.max(Math.abs(1 - lr), Math.abs(1 - lr * kappa)), p.contractionFactor(), 1e-12 * kappa);
        OptionalInt measured = sandbox.measuredProperty().get();
        if (p.converges() && p.predictedSteps() < lab.maxStepsProperty().get()) {
            assertTrue(measured.isPresent(), "GD reached the tolerance");
            assertEquals(p.predictedSteps(), measured.getAsInt(), 1, "the closed form up to rounding of the ceiling");
        } else {
            assertTrue(measured.isEmpty(), "GD diverges or is still on its way at the step limit");
        }
    }

    @Test
    void sandboxIsInactiveOffTheQuadratic() {
        SandboxModel sandbox = new SandboxModel(lab);
        assertTrue(sandbox.activeProperty().get());
        lab.selectSurface("himmelblau");
        jobs.drain();
        sandbox.refresh();
        assertFalse(sandbox.activeProperty().get());
    }
}
