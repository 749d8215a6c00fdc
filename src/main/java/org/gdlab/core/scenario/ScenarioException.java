package org.gdlab.core.scenario;

/**
 * A scenario file was refused. The message is one sentence for people that names the file's problem and,
 * where known, where it is: a JSON path such as {@code runs[1].learning_rate} or a line and column.
 */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message the problem, worded for the user */
    public ScenarioException(String message) {
        super(message);
    }

    /** @param message the problem, worded for the user; @param cause the underlying failure */
    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
