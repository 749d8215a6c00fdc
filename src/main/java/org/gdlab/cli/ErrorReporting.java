package org.gdlab.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into one clear line on stderr (plus a caret line for formulas) and an exit status.
 * No stack trace ever reaches the user.
 */
final class ErrorReporting {

    private ErrorReporting() {
    }

    /** Malformed arguments: unknown options, unparsable numbers, missing values. */
    static int onBadArguments(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String where = cmd.getCommandSpec().qualifiedName();
        String message = ex.getMessage();
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                message += " (did you mean " + String.join(" or ", suggestions) + "?)";
            }
        }
        err.println(where + ": " + message + " (see '" + where + " --help')");
        err.flush();
        return GdLabCommand.BAD_INPUT;
    }

    /** Failures while running: bad values found by the core, or bugs. */
    static int onFailure(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        String where = cmd.getCommandSpec().qualifiedName();
        if (ex instanceof BadInputException bad) {
            err.println(where + ": " + bad.getMessage());
            if (!bad.detailLines().isEmpty()) {
                err.println(bad.detailLines());
            }
            err.flush();
            return GdLabCommand.BAD_INPUT;
        }
        if (ex instanceof IllegalArgumentException bad) {
            err.println(where + ": " + bad.getMessage());
            err.flush();
            return GdLabCommand.BAD_INPUT;
        }
        err.println(where + ": internal error: " + ex + " (please report this)");
        err.flush();
        return GdLabCommand.INTERNAL_ERROR;
    }
}
