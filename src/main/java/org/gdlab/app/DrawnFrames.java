package org.gdlab.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs actions on the JavaFX thread once the frame that shows the scene as it is now has been drawn.
 *
 * <p>A pulse lays the scene out and hands a copy of it to the render thread, which draws while the JavaFX
 * thread goes on; the next pulse waits for that drawing before it hands over its own copy. So an action
 * queued at the end of the pulse after the one that showed a change runs once that change has been drawn.
 * The lab starts a new surface's picture there, after its path: on a two-core machine the picture's
 * computation (tens of milliseconds on every core) would otherwise slow the render thread drawing the path.
 *
 * <p>While the scene's window is not showing (no pulses come), actions run right away; actions given while
 * it shows wait for its pulses (should it be hidden before them, until it shows again). Mutable; JavaFX
 * thread only.
 */
public final class DrawnFrames implements Consumer<Runnable> {

    private final Scene scene;
    /** actions waiting for the next pulse, which shows the changes made before them */
    private List<Runnable> waiting = new ArrayList<>();
    /** actions whose pulse has been laid out: they run after the next pulse, once it is drawn */
    private List<Runnable> drawing = new ArrayList<>();
    private boolean listening;
    private final Runnable afterLayout = this::pulseLaidOut;

    /** @param scene the scene whose frames are waited for */
    public DrawnFrames(Scene scene) {
        this.scene = scene;
    }

    /** Run {@code action} once the frame showing the scene as it is now has been drawn. */
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
        if (!drawing.isEmpty()) {
            // this pulse waits for the drawing of the last one before it hands over: after it, those ran
            List<Runnable> drawn = drawing;
            drawing = new ArrayList<>();
            Platform.runLater(() -> drawn.forEach(Runnable::run));
        }
        if (!waiting.isEmpty()) {
            drawing = waiting;
            waiting = new ArrayList<>();
        }
        if (drawing.isEmpty()) {
            listening = false;
            scene.removePostLayoutPulseListener(afterLayout);
        } else {
            Platform.requestNextPulse();
        }
    }
}
