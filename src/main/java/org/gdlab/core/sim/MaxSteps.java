package org.gdlab.core.sim;

/** The step budget ran out: the last row is k = step = maxSteps. @param step k */
public record MaxSteps(int step) implements RunEnd {
}
