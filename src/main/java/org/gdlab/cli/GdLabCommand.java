package org.gdlab.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level command {@code gdlab}. Its subcommands run without a display; {@link #execute} is the
 * single place that turns every failure into one line on stderr and an exit status.
 *
 * <p>Exit statuses: 0 success (a diverging run is a result, not an error), 2 bad input, 1 an internal
 * error (a bug: reported in one line, never as a stack trace).
 */
@Command(name = "gdlab", mixinStandardHelpOptions = true, version = "GD Lab 0.1.0",
        description = {"Gradient descent, made visible.",
                "Without arguments, opens the window. With a subcommand, runs without a display."},
        subcommands = {FunctionsCommand.class, RunCommand.class, EvalCommand.class, RenderCommand.class,
                LessonsCommand.class})
public final class GdLabCommand implements Runnable {

    /** Exit status for bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit status for an internal error. */
    public static final int INTERNAL_ERROR = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** @return a command line with GD Lab's error handling; output goes to {@code out}, errors to {@code err} */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new GdLabCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(ErrorReporting::onBadArguments);
        cl.setExecutionExceptionHandler(ErrorReporting::onFailure);
        cl.registerConverter(Double.class, Numbers::parseOption); // "0.25" only, whatever the locale
        cl.registerConverter(Double.TYPE, Numbers::parseOption);
        return cl;
    }

    /**
     * Runs the command line on the process's stdout and stderr.
     *
     * @return the exit status: 0 on success, 2 on bad input, 1 on an internal error
     */
    public static int execute(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int status = newCommandLine(out, err).execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
