package org.gdlab.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.render.paint.PlotTransform;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.surface.Surface;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The root view model without JavaFX: its background work runs on the test thread when the test drains it. */
class LabViewModelTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel vm;

    @BeforeEach
    void create() {
        vm = new LabViewModel(jobs.background());
        vm.plot().setPlotArea(64, 26, 700, 500);
        idle();
    }

    private void idle() {
        jobs.drain();
    }

    @Test
    void opensOnAQuadraticWhereGradientDescentZigZags() {
        assertEquals("quadratic", vm.surfaceIdProperty().get());
        assertEquals(OptimizerKind.GD, vm.optimizerProperty().get());
        PlannedPath p = vm.pathProperty().get();
        Surface s = vm.surfaceProperty().get();
        LocalCurvature lc = LocalCurvature.at(s, new Vec2(vm.startXProperty().get(), vm.startYProperty().get()));
        double lr = vm.learningRateProperty().get();
        double limit = lc.maxStableLearningRate().getAsDouble();
        assertTrue(lr < limit && lr > limit / 2, "α between 1/λmax and 2/λmax: stable, overshooting across the valley");
        int turns = 0;
        for (int k = 0; k + 1 < Math.min(20, p.size()); k++) {
            if (p.gx(k) * p.gx(k + 1) + p.gy(k) * p.gy(k + 1) < 0) {
                turns++;
            }
        }
        assertTrue(turns >= 5, "successive gradients point against each other: a zig-zag, got " + turns);
        assertFalse(vm.divergedProperty().get());
        assertTrue(vm.plot().pictureProperty().get() != null, "the contour picture was computed");
        assertEquals("at the start: λmax = 10.0, stability limit of gradient descent 2/λmax = 0.200",
                vm.stabilityProperty().get());
        // α = 1.8/κ = 0.18 is 0.9 of the limit: no verdict, since the run does not diverge
        assertEquals("α is 0.90× the stability limit 2/λmax = 0.200 at the start.", vm.alphaHintProperty().get());
    }

    @Test
    void changingTheLearningRateReplansTheWholePathFromTheStart() {
        PlannedPath before = vm.pathProperty().get();
        vm.playback().seek(3);
        vm.learningRateProperty().set(vm.learningRateProperty().get() / 2);
        idle();
        PlannedPath after = vm.pathProperty().get();
        assertNotEquals(before.x(1), after.x(1));
        assertEquals(vm.learningRateProperty().get(), after.config().learningRate(), 0);
        assertEquals(0, vm.playback().step(), "the animated point restarts from the start");
    }

    @Test
    void tuneLiveAppliesTheNewRateFromTheCurrentStepOn() {
        PlannedPath before = vm.pathProperty().get();
        vm.tuneLiveProperty().set(true);
        vm.playback().seek(4);
        double lr = vm.learningRateProperty().get() / 4;
        vm.learningRateProperty().set(lr);
        idle();
        PlannedPath after = vm.pathProperty().get();
        assertEquals(4, vm.playback().step(), "no restart");
        for (int k = 0; k <= 4; k++) {
            assertEquals(before.x(k), after.x(k), 0, "iterates up to the change are the ones already shown");
            assertEquals(before.y(k), after.y(k), 0);
        }
        assertEquals(lr, after.learningRate(4), 0);
        assertNotEquals(before.x(5), after.x(5));
        assertEquals(1, after.changes().size());
        assertEquals(4, after.changes().get(0).step());
    }

    @Test
    void aLargeRateDivergesAndTheBannerExplainsItWithTheCurvature() {
        vm.learningRateProperty().set(1);
        idle();
        PlannedPath p = vm.pathProperty().get();
        assertTrue(p.end() instanceof Diverged);
        assertTrue(vm.divergedProperty().get());
        // κ = 10: λmax = 10 at every point, so GD's limit is 2/10 = 0.2 and α = 1 is 5 times it
        String banner = vm.bannerProperty().get();
        assertTrue(banner.startsWith("Diverged at step " + p.end().step() + ": α = 1.00 is above the stability limit of "
                + "gradient descent, 2/λmax = 0.200 (λmax = 10.0 at every iterate)"), banner);
        assertEquals(RunOutcome.DIVERGED, vm.outcomeProperty().get());
        assertEquals("α is 5.0× the stability limit 2/λmax = 0.200 at the start: this run diverges at step "
                + p.end().step() + ", step too large.", vm.alphaHintProperty().get());
        assertEquals(0.2, vm.stepSizeLimitProperty().get(), 1e-15, "2/λmax from the eigen-solve");
        for (int k = 0; k < p.size(); k++) {
            assertTrue(Double.isFinite(p.x(k)) && Double.isFinite(p.y(k)), "only finite iterates are kept");
        }
    }

    @Test
    void aBadFormulaShowsItsErrorAndKeepsTheSurface() {
        Surface before = vm.surfaceProperty().get();
        vm.formula().textProperty().set("x^2 + @");
        assertFalse(vm.formula().errorProperty().get().isEmpty());
        assertTrue(vm.formula().errorStartProperty().get() >= 0);
        assertTrue(vm.formula().errorEndProperty().get() >= vm.formula().errorStartProperty().get());
        assertFalse(vm.applyFormula());
        assertSame(before, vm.surfaceProperty().get());
    }

    @Test
    void aValidFormulaShowsItsDerivativesAndBecomesTheSurface() {
        vm.formula().textProperty().set("x^2 + 10*y^2");
        assertTrue(vm.formula().errorProperty().get().isEmpty());
        assertTrue(vm.formula().derivativesProperty().get().startsWith("∂C/∂x = "));
        assertTrue(vm.applyFormula());
        idle();
        assertEquals("Custom formula", vm.surfaceProperty().get().description().name());
        assertEquals(null, vm.surfaceIdProperty().get());
        assertEquals(vm.surfaceProperty().get(), vm.pathProperty().get().config().function());
    }

    @Test
    void aFormulaKeepsAlphaAndTheStartWhereTheyAreUsableAndSaysNothing() {
        vm.setStart(-4.5, 2);
        vm.learningRateProperty().set(0.18);
        vm.formula().textProperty().set("x^2 + 10*y^2");
        assertTrue(vm.applyFormula());
        idle();
        assertEquals(-4.5, vm.startXProperty().get(), 0);
        assertEquals(2, vm.startYProperty().get(), 0);
        assertEquals(0.18, vm.learningRateProperty().get(), 0, "first step 0.18 · |(-9, 40)| = 7.4, inside the 10 wide view");
        assertEquals("", vm.noticeProperty().get());
        assertEquals(0.18, vm.pathProperty().get().config().learningRate(), 0, "the path runs with them");
    }

    @Test
    void aFormulaMovesAStartWhereItIsNotFiniteAndSaysSo() {
        vm.setStart(-4.5, 2);
        vm.formula().textProperty().set("log(x) + y^2");
        assertTrue(vm.applyFormula());
        idle();
        assertTrue(vm.startXProperty().get() > 0, "log needs x > 0: the formula's own start");
        String notice = vm.noticeProperty().get();
        assertTrue(notice.startsWith("New surface: the start moved to (") && notice.contains("not finite at (-4.500, 2.000)"), notice);
        vm.setStart(1, 1);
        assertEquals("", vm.noticeProperty().get(), "the next start clears it");
    }

    @Test
    void aFormulaReplacesAnAlphaWhoseFirstStepWouldLeaveTheViewAndSaysSo() {
        vm.setStart(-4.5, 2);
        vm.learningRateProperty().set(0.18);
        vm.formula().textProperty().set("100*x^2 + 100*y^2");
        assertTrue(vm.applyFormula());
        idle();
        double suggested = vm.surfaceProperty().get().description().suggestedLearningRate();
        assertEquals(suggested, vm.learningRateProperty().get(), 0);
        assertEquals(-4.5, vm.startXProperty().get(), 0, "the start is kept");
        assertTrue(vm.noticeProperty().get().startsWith("New surface: α set to "), vm.noticeProperty().get());
        vm.learningRateProperty().set(0.001);
        assertEquals("", vm.noticeProperty().get(), "a new α clears it");
    }

    @Test
    void aKeptStartOutsideTheFormulasViewWidensTheView() {
        vm.setStart(8, -1);
        vm.formula().textProperty().set("x^2 + y^2");
        assertTrue(vm.applyFormula());
        idle();
        assertEquals(8, vm.startXProperty().get(), 0);
        assertTrue(vm.plot().transformProperty().get().visible().contains(8, -1), "the start is on screen");
    }

    @Test
    void zoomAndPanChangeTheViewButNotThePath() {
        PlannedPath path = vm.pathProperty().get();
        PlotTransform t = vm.plot().transformProperty().get();
        double wx = t.worldX(300);
        double wy = t.worldY(200);
        vm.plot().zoomAbout(300, 200, 2);
        PlotTransform z = vm.plot().transformProperty().get();
        assertEquals(t.visible().width() / 2, z.visible().width(), 1e-9);
        assertEquals(300, z.sx(wx), 1e-6);
        assertEquals(200, z.sy(wy), 1e-6);
        vm.plot().panBy(40, 0);
        assertEquals(z.visible().xMin() - 40 / z.scaleX(), vm.plot().transformProperty().get().visible().xMin(), 1e-9);
        idle();
        assertSame(path, vm.pathProperty().get(), "the view does not touch the path");
        vm.plot().resetView();
        assertEquals(t.visible(), vm.plot().transformProperty().get().visible());
    }

    @Test
    void aStartTypedOutsideTheViewMovesTheViewToIt() {
        vm.startXProperty().set(40);
        vm.revealStart();
        idle();
        assertTrue(vm.plot().transformProperty().get().visible().contains(40, vm.startYProperty().get()));
        assertEquals(40, vm.pathProperty().get().x(0), 0);
    }

    @Test
    void everyOptimizerPlansAPathWithItsDefaults() {
        for (OptimizerKind k : OptimizerKind.values()) {
            vm.optimizerProperty().set(k);
            idle();
            PlannedPath p = vm.pathProperty().get();
            assertEquals(k, p.config().optimizer(), "planned with " + k);
            assertTrue(p.size() > 1, k + " takes steps");
            assertEquals("", vm.statusProperty().get(), k + " raised no error");
            assertTrue(vm.updateTextProperty().get().contains("w_{k+1}"), k + " writes its update");
        }
    }

    @Test
    void scheduleClippingNoiseAndStepLimitReachTheRun() {
        vm.scheduleProperty().set("exp:0.99");
        vm.clipProperty().set(5);
        vm.noiseProperty().set(0.5);
        vm.seedProperty().set(3);
        vm.maxStepsProperty().set(40);
        idle();
        PlannedPath p = vm.pathProperty().get();
        assertEquals(5, p.config().clip(), 0);
        assertEquals(0.5, p.config().noise(), 0);
        assertEquals(3, p.config().seed());
        assertEquals(40, p.config().maxSteps());
        // exp:0.99 multiplies α by 0.99 per step, exactly as the core's schedule computes it
        assertEquals(p.learningRate(0) * Math.pow(0.99, 10), p.learningRate(10), 1e-15);
        assertEquals("", vm.scheduleErrorProperty().get());
        vm.warmupProperty().set(4);
        idle();
        PlannedPath warm = vm.pathProperty().get();
        // warm-up multiplies α_t by (t + 1)/W for t < W
        assertEquals(warm.config().learningRate() / 4, warm.learningRate(0), 1e-15);
        vm.scheduleProperty().set("sometimes");
        idle();
        assertFalse(vm.scheduleErrorProperty().get().isEmpty(), "a bad schedule is explained");
    }

    @Test
    void thePictureIsRecomputedAtThePlotResolutionAfterResizeAndZoom() {
        assertEquals(700, vm.plot().pictureProperty().get().grid().nx());
        assertEquals(500, vm.plot().pictureProperty().get().grid().ny());
        vm.plot().setPlotArea(64, 26, 420, 300);
        idle();
        assertEquals(420, vm.plot().pictureProperty().get().grid().nx(), "one grid point per pixel");
        assertEquals(300, vm.plot().pictureProperty().get().grid().ny());
        vm.plot().zoomAbout(200, 150, 2);
        idle();
        assertOnPixelCentres("the picture covers the new view");
    }

    /**
     * The picture's grid points are the centres of the plot area's pixels: the first column's at half a pixel
     * right of the area's left edge, the last's half a pixel left of its right edge (so the window copies the
     * picture onto the screen pixel for pixel), as many columns and rows as the area has pixels.
     */
    private void assertOnPixelCentres(String what) {
        var t = vm.plot().transformProperty().get();
        var grid = vm.plot().pictureProperty().get().grid();
        assertEquals((int) t.width(), grid.nx(), what + ": a column per pixel");
        assertEquals((int) t.height(), grid.ny(), what + ": a row per pixel");
        double px = t.visible().width() / t.width(); // one pixel in x
        assertEquals(t.worldX(t.left() + 0.5), grid.view().xMin(), 1e-9 * px, what + ": the first column");
        assertEquals(t.worldX(t.left() + t.width() - 0.5), grid.view().xMax(), 1e-9 * px, what + ": the last column");
        assertEquals(t.worldY(t.top() + t.height() - 0.5), grid.view().yMin(), 1e-9 * px, what + ": the bottom row");
        assertEquals(t.worldY(t.top() + 0.5), grid.view().yMax(), 1e-9 * px, what + ": the top row");
    }

    @Test
    void hoverReportsPositionCostAndGradientNorm() {
        vm.plot().hover(64 + 350, 26 + 250);
        String s = vm.plot().hoverTextProperty().get();
        assertTrue(s.startsWith("x = ") && s.contains("C = ") && s.contains("|∇C| = "), s);
        vm.plot().hover(5, 5);
        assertEquals("", vm.plot().hoverTextProperty().get(), "outside the plot area");
    }

    @Test
    void switchingSurfaceLoadsItsViewStartAndRate() {
        String other = vm.surfaceIds().stream().filter(id -> !id.equals("quadratic")).findFirst().orElseThrow();
        vm.surfaceIdProperty().set(other);
        idle();
        Surface s = vm.surfaceProperty().get();
        assertEquals(other, s.description().id());
        assertEquals(s.description().suggestedStart().x(), vm.startXProperty().get(), 0);
        assertEquals(s.description().suggestedLearningRate(), vm.learningRateProperty().get(), 0);
        assertTrue(vm.parameters().isEmpty() || !other.equals("quadratic"));
        assertEquals(s, vm.pathProperty().get().config().function());
    }

    @Test
    void quadraticParametersRebuildTheSurfaceLive() {
        Surface before = vm.surfaceProperty().get();
        ParameterModel kappa = vm.parameters().stream().filter(p -> p.spec().name().equals("kappa")).findFirst().orElseThrow();
        kappa.value().set(50);
        idle();
        assertNotEquals(before, vm.surfaceProperty().get());
        assertEquals(vm.surfaceProperty().get(), vm.pathProperty().get().config().function());
    }

    @Test
    void anOutOfRangeHyperparameterKeepsTheLastPathAndSaysWhy() throws InterruptedException {
        vm.optimizerProperty().set(OptimizerKind.ADAM);
        idle();
        PlannedPath before = vm.pathProperty().get();
        HyperparameterField beta1 = vm.hyperparameters().field("beta1").orElseThrow();
        beta1.valueProperty().set(1.0);
        idle();
        assertSame(before, vm.pathProperty().get(), "the last good path stays on screen");
        assertEquals("β1 must be in [0, 1)", beta1.problemProperty().get(), "the reason next to the field");
        assertEquals(0.9, vm.runConfig().hyper().get("beta1"), 0, "the run keeps the last valid β1");
        assertTrue(vm.settingsProblemProperty().get().contains("[0, 1)"), vm.settingsProblemProperty().get());
        assertTrue(vm.statusProperty().get().contains("[0, 1)"), vm.statusProperty().get());
        beta1.valueProperty().set(0.8);
        idle();
        assertEquals("", vm.settingsProblemProperty().get());
        assertEquals("", vm.statusProperty().get());
        assertNotEquals(before, vm.pathProperty().get());
    }

    @Test
    void aBadScheduleKeepsTheLastPathAndSaysWhy() throws InterruptedException {
        PlannedPath before = vm.pathProperty().get();
        vm.scheduleProperty().set("step:0:2");
        idle();
        assertSame(before, vm.pathProperty().get());
        assertTrue(vm.settingsProblemProperty().get().startsWith("schedule 'step:0:2'"), vm.settingsProblemProperty().get());
        assertEquals(vm.settingsProblemProperty().get(), vm.scheduleErrorProperty().get());
    }

    @Test
    void theEscapeBoundIsTheSurfacesAndIgnoresTheZoom() throws InterruptedException {
        double bound = vm.runConfig().escapeBound();
        assertEquals(org.gdlab.core.sim.RunConfig.escapeBoundFor(vm.surfaceProperty().get()), bound);
        vm.plot().requestedViewProperty().set(org.gdlab.core.surface.ViewRect.square(500));
        idle();
        assertEquals(bound, vm.runConfig().escapeBound());
        assertEquals(bound, vm.pathProperty().get().config().escapeBound());
    }

    @Test
    void theHyperparameterFieldsAreTheOptimizersOwn() {
        assertEquals(java.util.List.of(), vm.hyperparameters().fields(), "plain GD has no hyperparameter");
        for (OptimizerKind k : OptimizerKind.values()) {
            vm.optimizerProperty().set(k);
            assertEquals(k.hyperparameters().stream().map(org.gdlab.core.optim.Hyperparameter::name).toList(),
                    vm.hyperparameters().fields().stream().map(HyperparameterField::name).toList(), k.id());
        }
        vm.optimizerProperty().set(OptimizerKind.NORMALIZED);
        assertTrue(vm.hyperparameters().field("eps").isEmpty(), "ε is not a setting of normalized GD");
    }

    @Test
    void aFailedPathIsSaidInTheStatusLineAndTheLastPathStays() {
        Faults faults = Faults.in(vm.background());
        PlannedPath before = vm.pathProperty().get();
        String banner = vm.bannerProperty().get();
        faults.breakKind(LabViewModel.PATH_FAILURE, "the start is not admissible");
        vm.learningRateProperty().set(0.05);
        idle();
        assertEquals("Could not compute the path: the start is not admissible", vm.statusProperty().get());
        assertSame(before, vm.pathProperty().get(), "the last good path stays");
        assertEquals(banner, vm.bannerProperty().get());
        faults.heal();
        vm.learningRateProperty().set(0.04);
        idle();
        assertEquals("", vm.statusProperty().get(), "the next path clears the message");
        assertEquals(0.04, vm.pathProperty().get().config().learningRate(), 0);
    }

    @Test
    void aFailedPictureIsSaidInTheStatusLineAndTheLastPictureStays() {
        Faults faults = Faults.in(vm.background());
        var before = vm.plot().pictureProperty().get();
        faults.breakKind(PlotViewModel.FAILURE, "the grid is too large");
        vm.plot().zoomAbout(300, 200, 2);
        idle();
        assertEquals("Could not draw the contour plot: the grid is too large", vm.statusProperty().get());
        assertSame(before, vm.plot().pictureProperty().get());
        faults.heal();
        vm.plot().zoomAbout(300, 200, 2);
        idle();
        assertEquals("", vm.statusProperty().get());
        assertOnPixelCentres("the new view's picture");
    }

    @Test
    void aRefusedSurfaceParameterIsSaidInTheStatusLineUntilAGoodOne() {
        ParameterModel kappa = vm.parameters().stream().filter(p -> p.spec().name().equals("kappa")).findFirst().orElseThrow();
        Surface before = vm.surfaceProperty().get();
        kappa.value().set(-5);
        assertTrue(vm.statusProperty().get().startsWith(LabViewModel.SURFACE_FAILURE + ": "), vm.statusProperty().get());
        assertSame(before, vm.surfaceProperty().get());
        kappa.value().set(20);
        assertEquals("", vm.statusProperty().get());
    }

    @Test
    void theStepLengthRulesRunInTheWindowWithTheirOwnWordsAndFields() {
        vm.optimizerProperty().set(OptimizerKind.EXACT);
        idle();
        assertTrue(vm.alphaHintProperty().get().startsWith("α does not apply to exact"), vm.alphaHintProperty().get());
        assertTrue(vm.pathProperty().get().config().optimizer() == OptimizerKind.EXACT);
        // the choice and "auto" fields read by their declarations
        vm.optimizerProperty().set(OptimizerKind.CG);
        idle();
        HyperparameterField search = vm.hyperparameters().field("line_search").orElseThrow();
        assertEquals(1, search.parse("exact").getAsDouble());
        vm.optimizerProperty().set(OptimizerKind.POLYAK);
        idle();
        HyperparameterField cstar = vm.hyperparameters().field("cstar").orElseThrow();
        assertTrue(Double.isNaN(cstar.parse("auto").getAsDouble()));
        assertEquals(-1.5, cstar.parse("-1,5").getAsDouble());
        assertEquals("", vm.settingsProblemProperty().get(), "the quadratic's minimum value 0 is C*");
        // a formula has no known minimum: Polyak needs C*, said beside the settings; giving it plans the run
        vm.formula().textProperty().set("x^2 + 3*y^2");
        assertTrue(vm.applyFormula());
        idle();
        assertEquals("polyak needs C*, the minimum value of the cost, and this surface has no known minimum: give C* "
                + "(--cstar, or the C* field)", vm.settingsProblemProperty().get());
        cstar.valueProperty().set(0);
        idle();
        assertEquals("", vm.settingsProblemProperty().get());
        assertEquals(OptimizerKind.POLYAK, vm.pathProperty().get().config().optimizer());
        // noise is refused with a line-search rule, in the same words as on the command line
        vm.optimizerProperty().set(OptimizerKind.ARMIJO);
        vm.noiseProperty().set(1);
        idle();
        assertEquals("armijo chooses its own step length from exact gradients, so the noise σ must be 0, got 1.0",
                vm.settingsProblemProperty().get());
    }
}
