package org.gdlab.app;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.MouseEvent;
import org.gdlab.app.viewmodel.LabViewModel;

/**
 * A benchmark hook ({@code -Dgdlab.timeline=true}, read by {@code src/bench/latency/timeline.sh}): prints one
 * line per moment a change passes on its way to the screen, {@code TIMELINE <what> <seconds>}, the seconds
 * since the epoch on the wall clock (nine decimals, {@link Locale#ROOT}), so that a script can lay them beside
 * the times it sent input at and the timestamps of the frames it grabbed:
 *
 * <ul>
 *   <li>{@code INPUT}: an input event reached the scene (mouse moves without a button excepted);</li>
 *   <li>{@code SURFACE}, {@code ALPHA}, {@code PATH}, {@code STEP}, {@code PICTURE}: the view model's surface,
 *       learning rate, planned path, playback step and contour picture changed (after the window's own
 *       listeners, which were added first);</li>
 *   <li>{@code JOB:<kind>}: a background job started, its kind named by its failure sentence's head with
 *       underscores for spaces ("JOB:Could_not_compute_the_path");</li>
 *   <li>{@code PULSE0} and {@code PULSE1}: a pulse began its layout pass and ended it (the frame is then
 *       copied to the render thread, which draws it while the JavaFX thread goes on).</li>
 * </ul>
 * Not installed otherwise. JavaFX thread only (the job lines come from the workers).
 */
final class Timeline {

    private final PrintStream out;
    private final Clock clock;

    private Timeline(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    /**
     * Prints the moments of {@code vm} and of {@code scene}'s pulses to {@code out} from now on. Takes the
     * view model's {@link org.gdlab.app.viewmodel.Background#setBeforeJob} slot.
     */
    static void install(Scene scene, LabViewModel vm, PrintStream out, Clock clock) {
        Timeline t = new Timeline(out, clock);
        vm.surfaceProperty().addListener(o -> t.print("SURFACE"));
        vm.learningRateProperty().addListener(o -> t.print("ALPHA"));
        vm.pathProperty().addListener(o -> t.print("PATH"));
        vm.playback().stepProperty().addListener(o -> t.print("STEP"));
        vm.plot().pictureProperty().addListener(o -> t.print("PICTURE"));
        vm.background().setBeforeJob(kind -> t.print("JOB:" + kind.replace(' ', '_')));
        scene.addPreLayoutPulseListener(() -> t.print("PULSE0"));
        scene.addPostLayoutPulseListener(() -> t.print("PULSE1"));
        scene.addEventFilter(InputEvent.ANY, e -> {
            if (e.getEventType() != MouseEvent.MOUSE_MOVED) {
                t.print("INPUT");
            }
        });
    }

    /** @return "TIMELINE what seconds", the seconds with nine decimals */
    static String line(String what, Instant at) {
        return "TIMELINE " + what + " " + at.getEpochSecond() + "." + String.format(Locale.ROOT, "%09d", at.getNano());
    }

    private void print(String what) {
        String s = line(what, clock.instant());
        synchronized (out) {
            out.println(s);
        }
    }
}
