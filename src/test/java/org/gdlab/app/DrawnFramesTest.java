package org.gdlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.gdlab.app.viewmodel.ParameterModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@link DrawnFrames}: an action runs after the pulse that shows the scene as it was when the action was
 * given, and after the next pulse too, whose hand-over to the render thread waits for that frame's drawing
 * ({@link DrawnFrames#DRAWN}); with {@link DrawnFrames#SHOWN}, after one pulse more, the window system's time
 * to put the frame on the screen. In the window, a κ change's new picture is computed only then: its path is
 * drawn and shown first.
 */
@ExtendWith(ApplicationExtension.class)
class DrawnFramesTest {

    private Stage stage;
    private UiFixture ui;
    /** post-layout passes of the scene's pulses so far */
    private final AtomicInteger pulses = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ui = new UiFixture(stage);
        stage.getScene().addPostLayoutPulseListener(pulses::incrementAndGet);
    }

    @Test
    void anActionRunsOnlyOnceTwoPulsesHaveLaidTheSceneOutAfterIt() throws Exception {
        assertRunsAfter(DrawnFrames.DRAWN);
    }

    @Test
    void anActionWaitingForItsFrameToBeShownRunsOnlyAfterThreePulses() throws Exception {
        assertRunsAfter(DrawnFrames.SHOWN);
    }

    private void assertRunsAfter(int pulsesToWait) throws Exception {
        ui.idle();
        AtomicInteger givenAt = new AtomicInteger();
        AtomicInteger ranAt = new AtomicInteger(-1);
        UiFixture.fx(() -> {
            DrawnFrames frames = new DrawnFrames(stage.getScene(), pulsesToWait);
            givenAt.set(pulses.get());
            frames.accept(() -> ranAt.set(pulses.get()));
            assertEquals(-1, ranAt.get(), "not run at once");
        });
        // nothing else changes: the frames it waits for are pulses it asks for itself
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ranAt.get() >= 0);
        assertTrue(ranAt.get() >= givenAt.get() + pulsesToWait, "waits for " + pulsesToWait + " pulses: given at "
                + givenAt.get() + ", ran at " + ranAt.get());
    }

    @Test
    void noPulseToWaitForIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DrawnFrames(stage.getScene(), 0));
    }

    @Test
    void withoutAShowingWindowAnActionRunsAtOnceAfterTheCurrentEvent() throws Exception {
        AtomicInteger ran = new AtomicInteger();
        UiFixture.fx(() -> new DrawnFrames(new Scene(new Label("never shown")), DrawnFrames.SHOWN).accept(ran::incrementAndGet));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ran.get() == 1);
    }

    @Test
    void aKappaChangeInTheWindowDrawsAndShowsItsPathBeforeItsPictureIsComputed() {
        ui.idle();
        AtomicInteger pathAt = new AtomicInteger(-1);
        AtomicInteger pictureStartedAt = new AtomicInteger(-1);
        ui.vm.background().setBeforeJob(kind -> { // on the worker, as the job starts
            if (kind.equals(org.gdlab.app.viewmodel.PlotViewModel.FAILURE)) {
                pictureStartedAt.compareAndSet(-1, pulses.get());
            }
        });
        UiFixture.fx(() -> {
            ui.vm.pathProperty().addListener(o -> pathAt.compareAndSet(-1, pulses.get()));
            ParameterModel kappa = ui.vm.parameters().stream().filter(p -> p.spec().name().equals("kappa"))
                    .findFirst().orElseThrow();
            kappa.value().set(40);
        });
        ui.idle();
        ui.vm.background().setBeforeJob(null);
        assertTrue(pathAt.get() >= 0 && pictureStartedAt.get() >= 0, "both came: " + pathAt + ", " + pictureStartedAt);
        assertTrue(pictureStartedAt.get() >= pathAt.get() + DrawnFrames.SHOWN, "the picture's job starts three pulses after"
                + " the path is published at least: path at pulse " + pathAt + ", picture started at " + pictureStartedAt);
        assertTrue(ui.vm.plot().pictureIsLatest());
    }
}
