package org.gdlab.cli;

import java.io.PrintWriter;
import java.util.List;
import org.gdlab.core.scenario.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into one line on stderr and an exit status:
 * <ul>
 *   <li>bad input (arguments, values, files): one line of at most {@value #MAX_LINE} characters, status 2
 *       (a formula error adds its excerpt and caret lines);</li>
 *   <li>a closed output pipe: nothing at all, status 0 (the reader has what it wanted);</li>
 *   <li>an internal error, {@link OutOfMemoryError} included: one line, status 1; the stack trace follows
 *       only with {@code --debug}.</li>
 * </ul>
 */
final class ErrorReporting {

    /** The longest line printed for a failure. */
    static final int MAX_LINE = 300;

    private ErrorReporting() {
    }

    /** Malformed arguments: unknown options, unparsable numbers, missing values. */
    static int onBadArguments(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String where = cmd.getCommandSpec().qualifiedName();
        String message = ex.getMessage();
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                message += " (did you mean " + String.join(" or ", suggestions) + "?)";
            }
        }
        return badInput(cmd.getErr(), where + ": " + message + " (see '" + where + " --help')", "");
    }

    /** Failures while running: bad values found by the core, a closed output, or bugs. */
    static int onFailure(Exception ex, CommandLine cmd, ParseResult parseResult) {
        String where = cmd.getCommandSpec().qualifiedName();
        if (ex instanceof BadInputException bad) {
            return badInput(cmd.getErr(), where + ": " + bad.getMessage(), bad.detailLines());
        }
        if (ex instanceof OutputClosedException closed) {
            return closedOutput(cmd.getErr(), where, closed);
        }
        if (ex instanceof IllegalArgumentException bad) {
            return badInput(cmd.getErr(), where + ": " + bad.getMessage(), "");
        }
        return internalError(cmd.getErr(), where, ex, debug(cmd));
    }

    /** The output went away: quiet when the reader closed the pipe, one line otherwise ("no space left"). */
    static int closedOutput(PrintWriter err, String where, OutputClosedException closed) {
        if (closed.pipeClosed()) {
            return 0;
        }
        String reason = AtomicFiles.reason((java.io.IOException) closed.getCause());
        return badInput(err, where + ": cannot write to the standard output: " + reason, "");
    }

    /**
     * A bug, or the JVM ran out of memory or stack: one line naming it, and the stack trace with {@code --debug}.
     *
     * @return {@link GdLabCommand#INTERNAL_ERROR}
     */
    static int internalError(PrintWriter err, String where, Throwable t, boolean debug) {
        String what = t instanceof OutOfMemoryError
                ? "out of memory (" + t.getMessage() + "): a larger heap may help, e.g. java -Xmx2g -jar gdlab.jar"
                : t + " (please report this)";
        err.println(oneLine(where + ": internal error: " + what + (debug ? "" : "; --debug shows where")));
        if (debug) {
            t.printStackTrace(err);
        }
        err.flush();
        return GdLabCommand.INTERNAL_ERROR;
    }

    private static int badInput(PrintWriter err, String line, String detailLines) {
        err.println(oneLine(line));
        if (!detailLines.isEmpty()) {
            err.println(detailLines);
        }
        err.flush();
        return GdLabCommand.BAD_INPUT;
    }

    /** @return true when {@code --debug} was given (on gdlab or any subcommand) */
    static boolean debug(CommandLine cmd) {
        return cmd.getCommandSpec().root().userObject() instanceof GdLabCommand top && top.debug;
    }

    /**
     * @return the text as one line of at most {@value #MAX_LINE} characters: line breaks and other control
     *     characters become spaces, and a longer text is cut with "…"
     */
    static String oneLine(String text) {
        StringBuilder b = new StringBuilder(Math.min(text.length(), MAX_LINE));
        for (int i = 0; i < text.length() && b.length() < MAX_LINE; i++) {
            char c = text.charAt(i);
            b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        if (text.length() > MAX_LINE) {
            b.setLength(MAX_LINE - 1);
            if (Character.isHighSurrogate(b.charAt(b.length() - 1))) {
                b.setLength(b.length() - 1);
            }
            b.append('…');
        }
        return b.toString();
    }
}
