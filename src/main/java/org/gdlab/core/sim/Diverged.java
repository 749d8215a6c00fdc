package org.gdlab.core.sim;

/**
 * The run left the finite world at row {@code step}, which is not kept (rows 0 … step − 1 are).
 *
 * @param step the first step that could not be kept
 * @param reason what went wrong
 * @param message a sentence for students, e.g. "the cost overflowed to infinity at step 12"
 */
public record Diverged(int step, DivergenceReason reason, String message) implements RunEnd {
}
