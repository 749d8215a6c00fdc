package org.gdlab.cli;

/**
 * Bad input from the user, already worded for them. The command line prints {@link #getMessage()} (and
 * any {@link #detailLines()}) on stderr and exits with status 2.
 */
final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String detailLines;

    BadInputException(String message) {
        this(message, "");
    }

    /** @param detailLines extra lines shown under the message (a formula with a caret), or "" */
    BadInputException(String message, String detailLines) {
        super(message, null, false, false);
        this.detailLines = detailLines;
    }

    String detailLines() {
        return detailLines;
    }
}
