package org.gdlab.core.sim;

/** |∇C(w_k)| fell below the tolerance at row k = step (the last row). @param step k */
public record Converged(int step) implements RunEnd {
}
