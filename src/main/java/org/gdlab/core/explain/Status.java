package org.gdlab.core.explain;

/** How a run ended, in the three words of the command line's JSON ({@code "status"}). */
public enum Status {
    /** |∇C| fell below the tolerance. */
    CONVERGED("converged"),
    /** The step limit came first. */
    MAX_STEPS("max_steps"),
    /** The iterate or the cost left all finite bounds. */
    DIVERGED("diverged");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    /** @return the code written in JSON: {@code converged}, {@code max_steps} or {@code diverged} */
    public String code() {
        return code;
    }
}
