package org.gdlab.render.paint;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.LineSearchTrace;

/**
 * What the plot's marks of one step are drawn from, as the window has them when its scrubber is at step k:
 * the line search of the step leaving w_k of the run the window follows (its selected raced run, else the
 * main run), and the main run's w_k with ∇C(w_k) and its batch's ∇J_B(w_k). An animation's frame at step k
 * makes these for k ({@code org.gdlab.render.PlotRenderer}) and asks each {@link StepOverlay} for its marks.
 * Immutable.
 *
 * @param trace          the step's line search, or null (no search: a rule without one, or no step leaves w_k)
 * @param w              the main run's w_k, or null when it has none
 * @param gradient       ∇C(w_k), the full gradient at the main run's w_k (null with w)
 * @param batchGradient  ∇J_B(w_k) of the main run's step k, or null (a full-batch run, or no step leaves w_k)
 */
public record StepMarks(LineSearchTrace trace, Vec2 w, Vec2 gradient, Vec2 batchGradient) {

    /** no marks at all */
    public static final StepMarks NONE = new StepMarks(null, null, null, null);
}
