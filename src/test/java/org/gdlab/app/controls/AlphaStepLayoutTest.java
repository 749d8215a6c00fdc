package org.gdlab.app.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 14: a new α (a key, a notch of the slider) changes pixels and text, not sizes, so it must not lay out
 * the window: the sentences under the α slider and the formula sit in cells that fill the panel's width.
 */
@ExtendWith(ApplicationExtension.class)
class AlphaStepLayoutTest {

    private UiFixture ui;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ui = new UiFixture(stage);
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    /**
     * Runs the changes, each followed by its background work and pulses, and returns the deepest nodes that
     * asked the window's root for a layout pass, looked for at every pulse (before its layout pass) and once
     * after each change's work was published.
     */
    private List<String> layoutRequestsWhile(List<Runnable> changes) {
        List<String> found = new ArrayList<>();
        Runnable look = () -> {
            Parent root = stage.getScene().getRoot();
            if (root.isNeedsLayout()) {
                deepest(root, found);
            }
        };
        UiFixture.fx(() -> {
            stage.getScene().getRoot().layout(); // everything settled
            stage.getScene().addPreLayoutPulseListener(look);
        });
        for (Runnable change : changes) {
            UiFixture.fx(change);
            ui.idle();
            UiFixture.fx(look);
        }
        UiFixture.fx(() -> stage.getScene().removePreLayoutPulseListener(look));
        return found;
    }

    private static void deepest(Parent p, List<String> out) {
        boolean child = false;
        for (Node n : p.getChildrenUnmodifiable()) {
            if (n instanceof Parent c && c.isNeedsLayout()) {
                child = true;
                deepest(c, out);
            }
        }
        if (!child) {
            out.add(p.getId() != null ? "#" + p.getId() : p.getClass().getSimpleName());
        }
    }

    @Test
    void aNewAlphaAndItsPathLayOutNothingOutsideTheirCells() {
        // α = 0.02 and 0.025: both converge, both runs end at a two-digit step count, the sentences keep their lines
        UiFixture.fx(() -> ui.vm.learningRateProperty().set(0.02));
        ui.idle();
        List<Runnable> changes = new ArrayList<>();
        for (double a : new double[] {0.025, 0.02, 0.025}) {
            changes.add(() -> ui.vm.learningRateProperty().set(a));
        }
        List<String> requests = layoutRequestsWhile(changes);
        assertEquals(List.of(), requests, "nodes that laid out the window for a new α");
    }

    @Test
    void aNewKappaAndItsFormulaLayOutNothingOutsideTheirCells() {
        // the opening surface, ½(u² + κv²): κ is in the formula under the surface's name, which keeps its lines
        var kappa = UiFixture.fx(() -> ui.vm.parameters().stream().filter(p -> p.spec().name().equals("kappa")).findFirst().orElseThrow());
        List<Runnable> changes = new ArrayList<>();
        for (double k : new double[] {10.5, 10, 10.5}) { // below 2/α = 11.1: the run converges, in a three-digit count of steps
            changes.add(() -> kappa.value().set(k));
        }
        List<String> requests = layoutRequestsWhile(changes);
        assertEquals(List.of(), requests, "nodes that laid out the window for a new κ");
    }

    @Test
    void aRunEndingAtAnotherCountOfDigitsOrAnotherOutcomeLeavesTheStepLabelAndTheChipsWidthsAlone() {
        // the opening quadratic: α = 0.18 converges in 101 steps, α = 0.018 runs to the step limit, 1000
        UiFixture.fx(() -> ui.vm.learningRateProperty().set(0.18));
        ui.idle();
        List<String> requests = layoutRequestsWhile(List.of(() -> ui.vm.learningRateProperty().set(0.018),
                () -> ui.vm.learningRateProperty().set(0.18)));
        assertEquals(1000, UiFixture.fx(() -> ui.vm.maxStepsProperty().get()), "the step limit");
        assertFalse(requests.contains("#stepLabel"), "the step label laid out its row: " + requests);
        assertFalse(requests.contains("#legend-main-select"), "the main run's chip (✓ to ⇥) laid out the legend: " + requests);
    }

    @Test
    void theBannerWrappingFromOneLineToThreeLaysOutOnlyItself() {
        // the opening quadratic: 2/λmax = 0.2; α = 0.25 diverges (the long banner), 0.1 converges (one line)
        UiFixture.fx(() -> ui.vm.learningRateProperty().set(0.1));
        ui.idle();
        double oneLine = UiFixture.fx(() -> stage.getScene().lookup("#banner").getLayoutBounds().getHeight());
        List<String> requests = layoutRequestsWhile(List.of(() -> ui.vm.learningRateProperty().set(0.25)));
        double grown = UiFixture.fx(() -> stage.getScene().lookup("#banner").getLayoutBounds().getHeight());
        assertTrue(grown > 1.5 * oneLine, "the banner wrapped: " + grown + " px against " + oneLine);
        assertFalse(requests.contains("#banner"), "the banner laid out the window: " + requests);
    }

    @Test
    void aKappaDraggedAcrossTheStabilityLimitMovesNothingBelowItsSentencesOnceTheyHaveBeenLong() {
        // the opening quadratic at α = 0.18: λmax = κ, so the limit 2/κ passes α at κ = 11.1; κ = 10 converges,
        // κ = 15.8 diverges (the longer sentences: "this run diverges at step …, step too large")
        var kappa = UiFixture.fx(() -> ui.vm.parameters().stream().filter(p -> p.spec().name().equals("kappa")).findFirst().orElseThrow());
        UiFixture.fx(() -> kappa.value().set(15.8));
        ui.idle();
        UiFixture.fx(() -> kappa.value().set(10));
        ui.idle();
        javafx.scene.Node live = UiFixture.fx(() -> stage.getScene().lookup("#tuneLive"));
        double y = UiFixture.fx(() -> live.localToScene(0, 0).getY());
        List<Runnable> changes = new ArrayList<>();
        for (double k : new double[] {15.8, 10, 15.8, 10}) {
            changes.add(() -> kappa.value().set(k));
        }
        List<String> requests = layoutRequestsWhile(changes);
        assertEquals(List.of(), requests, "nodes that laid out the window for κ across the limit");
        assertEquals(y, UiFixture.fx(() -> live.localToScene(0, 0).getY()), 0, "the tune-live box stayed where it was");
    }
}
