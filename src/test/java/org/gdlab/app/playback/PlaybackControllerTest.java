package org.gdlab.app.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaybackControllerTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void playAdvancesAtTheChosenSpeed() {
        PlaybackController pc = new PlaybackController();
        pc.setLastStep(1000);
        pc.speedProperty().set(20);
        pc.togglePlay();
        pc.tick(0);               // the first frame shows step 1 at once
        assertEquals(1, pc.step());
        for (int f = 1; f <= 60; f++) {
            pc.tick(f * SECOND / 60);
        }
        assertEquals(21, pc.step(), "one second at 20 steps/s after the first step");
    }

    @Test
    void forwardAndBackMoveExactlyOneStepAndPause() {
        PlaybackController pc = new PlaybackController();
        pc.setLastStep(10);
        pc.togglePlay();
        pc.stepForward();
        assertFalse(pc.playingProperty().get());
        assertEquals(1, pc.step());
        pc.stepForward();
        pc.stepBack();
        assertEquals(1, pc.step());
        pc.reset();
        assertEquals(0, pc.step());
        pc.stepBack();
        assertEquals(0, pc.step(), "back at the start stays at the start");
    }

    @Test
    void playbackStopsAtTheLastStepAndInstantJumpsThere() {
        PlaybackController pc = new PlaybackController();
        pc.setLastStep(5);
        pc.speedProperty().set(200);
        pc.togglePlay();
        for (int f = 0; f < 10; f++) {
            pc.tick(f * SECOND / 10);
        }
        assertEquals(5, pc.step());
        assertFalse(pc.playingProperty().get());
        pc.reset();
        pc.instantProperty().set(true);
        pc.togglePlay();
        pc.tick(0);
        assertEquals(5, pc.step());
    }

    @Test
    void aShorterPathClampsTheCurrentStep() {
        PlaybackController pc = new PlaybackController();
        pc.setLastStep(50);
        pc.seek(40);
        pc.setLastStep(7);
        assertEquals(7, pc.step());
        pc.seek(99);
        assertEquals(7, pc.step());
        assertTrue(pc.lastStepProperty().get() == 7);
    }
}
