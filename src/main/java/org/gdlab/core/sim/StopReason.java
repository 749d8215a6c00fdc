package org.gdlab.core.sim;

/** Why a run {@link Stopped}. */
public enum StopReason {
    /** no step within the line search's budget satisfied its conditions */
    LINE_SEARCH_FAILED,
    /** Polyak: C(w_k) &lt; C*, which the C* given contradicts */
    BELOW_CSTAR
}
