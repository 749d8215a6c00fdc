package org.gdlab.render.paint;

/**
 * How an overlay that belongs to one step ({@link Overlay#followsStep}) is drawn at another step: an
 * animation's frame at step k gives it that step's {@link StepMarks} and paints the overlay it returns,
 * so each frame shows the marks the window shows at step k. Implementations are pure.
 */
@FunctionalInterface
public interface StepOverlay {

    /** @return the overlay of the step whose marks are m, or null when it shows nothing there */
    Overlay at(StepMarks m);
}
