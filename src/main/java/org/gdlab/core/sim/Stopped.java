package org.gdlab.core.sim;

/**
 * The rule could not take the step from the last kept row ({@code step}): rows 0 … step are kept and
 * finite. Only rules that choose their own step length stop so ({@link StopReason}).
 *
 * @param step the last kept row's step k
 * @param reason why no step was taken
 * @param message a sentence for students, e.g. "no step satisfied the line search's conditions from step 4"
 */
public record Stopped(int step, StopReason reason, String message) implements RunEnd {
}
