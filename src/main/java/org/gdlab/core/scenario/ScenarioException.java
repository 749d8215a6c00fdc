package org.gdlab.core.scenario;

/**
 * A scenario file was refused. The message is one sentence for people that names the file's problem and,
 * where known, where it is: a JSON path such as {@code runs[1].learning_rate} or a line and column. It is
 * always one line of at most {@value #MAX_LENGTH} characters (control characters become spaces; a longer
 * message is cut with "…"), whatever text the file held.
 */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The longest message. */
    public static final int MAX_LENGTH = 300;

    /** @param message the problem, worded for the user */
    public ScenarioException(String message) {
        super(oneLine(message));
    }

    /** @param message the problem, worded for the user; @param cause the underlying failure */
    public ScenarioException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    private static String oneLine(String message) {
        StringBuilder b = new StringBuilder(Math.min(message.length(), MAX_LENGTH));
        for (int i = 0; i < message.length() && b.length() < MAX_LENGTH; i++) {
            char c = message.charAt(i);
            b.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (message.length() > MAX_LENGTH) {
            b.setLength(MAX_LENGTH - 1);
            if (Character.isHighSurrogate(b.charAt(b.length() - 1))) {
                b.setLength(b.length() - 1);
            }
            b.append('…');
        }
        return b.toString();
    }
}
