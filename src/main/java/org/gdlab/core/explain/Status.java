package org.gdlab.core.explain;

/** How a run ended, in the four words of the command line's JSON ({@code "status"}). */
public enum Status {
    /** |∇C| fell below the tolerance. */
    CONVERGED("converged"),
    /** The step limit came first. */
    MAX_STEPS("max_steps"),
    /** The iterate or the cost left all finite bounds. */
    DIVERGED("diverged"),
    /** A rule that chooses its own step length could not take a step (only line-search rules and Polyak's). */
    STOPPED("stopped");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    /** @return the code written in JSON: {@code converged}, {@code max_steps}, {@code diverged} or {@code stopped} */
    public String code() {
        return code;
    }
}
