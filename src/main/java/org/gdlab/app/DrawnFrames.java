package org.gdlab.app;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs actions on the JavaFX thread once the frame that shows the scene as it is now has been drawn and
 * given a frame's time to reach the screen.
 *
 * <p>A pulse lays the scene out and hands a copy of it to the render thread, which draws while the JavaFX
 * thread goes on; the next pulse waits for that drawing before it hands over its own copy. So an action
 * queued at the end of the pulse after the one that showed a change runs once that change has been drawn
 * ({@link #DRAWN}). The drawn frame then still has to be put on the screen by the window system (the X
 * server, the compositor), which takes up to one more frame and needs a core to do it: {@link #SHOWN} waits
 * one pulse more. The lab starts a new surface's picture there, after its path: on a two-core machine the
 * picture's computation (tens of milliseconds on every core) would otherwise slow the drawing of the path
 * and its way to the screen.
 *
 * <p>While the scene's window is not showing (no pulses come), actions run right away; actions given while
 * it shows wait for its pulses (should it be hidden before them, until it shows again). Mutable; JavaFX
 * thread only.
 */
public final class DrawnFrames implements Consumer<Runnable> {

    /** pulses to wait for a change to be drawn: the one that lays it out, and the next (which waits for its drawing) */
    public static final int DRAWN = 2;
    /** pulses to wait for a change to be drawn and shown: {@link #DRAWN} and one frame for the window system */
    public static final int SHOWN = DRAWN + 1;

    private final Scene scene;
    private final int pulses;
    /** actions waiting for the next pulse, which shows the changes made before them */
    private List<Runnable> waiting = new ArrayList<>();
    /** actions whose first pulse has been laid out, newest first: one list per pulse since */
    private final Deque<List<Runnable>> laidOut = new ArrayDeque<>();
    private boolean listening;
    private final Runnable afterLayout = this::pulseLaidOut;

    /**
     * @param scene the scene whose frames are waited for
     * @param pulses how many of its pulses an action waits for ({@link #DRAWN} or {@link #SHOWN}), at least 1
     */
    public DrawnFrames(Scene scene, int pulses) {
        if (pulses < 1) {
            throw new IllegalArgumentException("at least one pulse: " + pulses);
        }
        this.scene = scene;
        this.pulses = pulses;
    }

    /**
     * Run {@code action} once this scene's pulses since have reached the count given at construction: with
     * {@link #DRAWN}, once the scene as it is now has been drawn; with {@link #SHOWN}, once it also had a frame
     * to reach the screen.
     */
    @Override
    public void accept(Runnable action) {
        if (scene.getWindow() == null || !scene.getWindow().isShowing()) {
            Platform.runLater(action);
            return;
        }
        waiting.add(action);
        if (!listening) {
            listening = true;
            scene.addPostLayoutPulseListener(afterLayout);
        }
        Platform.requestNextPulse();
    }

    private void pulseLaidOut() {
        laidOut.addFirst(waiting);
        waiting = new ArrayList<>();
        if (laidOut.size() == pulses) {
            // the last of its pulses: it hands over only once the frames before it are drawn; after it, run
            List<Runnable> ready = laidOut.removeLast();
            if (!ready.isEmpty()) {
                Platform.runLater(() -> ready.forEach(Runnable::run));
            }
        }
        if (laidOut.stream().allMatch(List::isEmpty)) {
            laidOut.clear();
            listening = false;
            scene.removePostLayoutPulseListener(afterLayout);
        } else {
            Platform.requestNextPulse();
        }
    }
}
