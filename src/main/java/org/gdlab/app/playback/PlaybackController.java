package org.gdlab.app.playback;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Mutable playback state over the steps 0 … last of a path: the current step, play/pause, the speed in
 * steps per second (1 to 200) and "instant" (jump to the last step when played). A view model: JavaFX
 * properties and commands, usable without starting JavaFX; {@link #tick} is called with the frame time by
 * an {@code AnimationTimer} in the view, or directly by tests.
 */
public final class PlaybackController {

    /** slowest speed, steps per second */
    public static final double MIN_SPEED = 1;
    /** fastest speed, steps per second */
    public static final double MAX_SPEED = 200;

    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", 0);
    private final ReadOnlyIntegerWrapper lastStep = new ReadOnlyIntegerWrapper(this, "lastStep", 0);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 20);
    private final BooleanProperty instant = new SimpleBooleanProperty(this, "instant", false);
    private long lastTick = -1;
    private double carry;

    public PlaybackController() {
        playing.addListener((o, was, is) -> {
            lastTick = -1;
            carry = 0;
        });
    }

    /** @return the current step k (the point w_k is drawn) */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** @return the last step of the path (size − 1) */
    public ReadOnlyIntegerProperty lastStepProperty() {
        return lastStep.getReadOnlyProperty();
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    /** @return steps per second, 1 to 200 */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public BooleanProperty instantProperty() {
        return instant;
    }

    public int step() {
        return step.get();
    }

    /** A new path arrived with {@code lastStep} as its last step; the current step is clamped into it. */
    public void setLastStep(int last) {
        lastStep.set(Math.max(0, last));
        if (step.get() > lastStep.get()) {
            step.set(lastStep.get());
        }
    }

    /** Play or pause; playing at the end starts over from step 0. */
    public void togglePlay() {
        if (!playing.get() && step.get() >= lastStep.get()) {
            step.set(0);
        }
        playing.set(!playing.get());
    }

    /** One step forward (pauses). */
    public void stepForward() {
        playing.set(false);
        seek(step.get() + 1);
    }

    /** One step back (pauses). */
    public void stepBack() {
        playing.set(false);
        seek(step.get() - 1);
    }

    /** Back to the start (pauses). */
    public void reset() {
        playing.set(false);
        seek(0);
    }

    /** Jump to step k, clamped to 0 … last. */
    public void seek(int k) {
        step.set(Math.max(0, Math.min(lastStep.get(), k)));
    }

    /**
     * Advance by the time elapsed since the previous tick at the current speed; stop at the last step.
     *
     * @param nowNanos the frame time (as given to {@code AnimationTimer.handle})
     */
    public void tick(long nowNanos) {
        if (!playing.get()) {
            return;
        }
        if (instant.get()) {
            seek(lastStep.get());
            playing.set(false);
            return;
        }
        if (lastTick < 0) {
            lastTick = nowNanos;
            carry = 1; // show the first step at once, not after 1/speed seconds
        } else {
            carry += (nowNanos - lastTick) * 1e-9 * Math.max(MIN_SPEED, Math.min(MAX_SPEED, speed.get()));
            lastTick = nowNanos;
        }
        int whole = (int) Math.floor(carry);
        if (whole > 0) {
            carry -= whole;
            seek(step.get() + whole);
        }
        if (step.get() >= lastStep.get()) {
            playing.set(false);
        }
    }
}
