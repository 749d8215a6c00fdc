package org.gdlab.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top-level command {@code gdlab}. Its subcommands run without a display; {@link #execute} is the
 * single place that turns every failure into one line on stderr and an exit status.
 *
 * <p>Exit statuses: 0 success (a diverging run is a result, not an error; so is a reader that closes the
 * output pipe early, as {@code | head} does), 2 bad input (one line of at most 300 characters on stderr), 1
 * an internal error, {@link OutOfMemoryError} included (one line; the stack trace only with {@code --debug}).
 * See {@link ErrorReporting}.
 */
@Command(name = "gdlab", mixinStandardHelpOptions = true, version = "GD Lab 0.1.0",
        description = {"Gradient descent, made visible.",
                "Without arguments, opens the window. With a subcommand, runs without a display."},
        subcommands = {FunctionsCommand.class, DatasetsCommand.class, RunCommand.class, EvalCommand.class, RenderCommand.class,
                LessonsCommand.class})
public final class GdLabCommand implements Runnable {

    /** Exit status for bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit status for an internal error. */
    public static final int INTERNAL_ERROR = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "on an internal error, print the stack trace after the one-line message")
    boolean debug;

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
        cl.registerConverter(Integer.class, Numbers::parseIntOption); // Latin digits; "is not a whole number"
        cl.registerConverter(Integer.TYPE, Numbers::parseIntOption);
        cl.registerConverter(Long.class, Numbers::parseLongOption);
        cl.registerConverter(Long.TYPE, Numbers::parseLongOption);
        cl.registerConverter(Path.class, GdLabCommand::path);
        return cl;
    }

    /**
     * Runs the command line on the process's stdout and stderr. The output is written straight to file
     * descriptor 1 (not through {@link System#out}, which hides write errors), so a closed pipe ends a run at
     * once.
     *
     * @return the exit status: 0 on success, 2 on bad input, 1 on an internal error
     */
    public static int execute(String... args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                OutputClosedException.guard(new FileOutputStream(FileDescriptor.out)), Charset.defaultCharset())), true);
        PrintWriter err = new PrintWriter(System.err, true);
        return execute(out, err, args);
    }

    /**
     * Runs the command line on the given writers; every failure, errors of the JVM included, ends as an exit
     * status and at most one line on {@code err} (see {@link ErrorReporting}).
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = newCommandLine(out, err);
        int status;
        try {
            status = cl.execute(args);
            out.flush();
        } catch (OutputClosedException e) {
            status = ErrorReporting.closedOutput(err, commandName(cl), e);
        } catch (Throwable t) { // OutOfMemoryError, StackOverflowError: picocli passes Errors on
            status = ErrorReporting.internalError(err, commandName(cl), t, ((GdLabCommand) cl.getCommand()).debug);
        }
        err.flush();
        return status;
    }

    /** picocli's converter for file options: a name the file system cannot hold is said in plain words. */
    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' cannot be a file name here ("
                    + e.getReason().toLowerCase(java.util.Locale.ROOT) + ")");
        }
    }

    /** @return "gdlab render" when the subcommand render was running, "gdlab" before parsing */
    private static String commandName(CommandLine cl) {
        CommandLine.ParseResult r = cl.getParseResult();
        while (r != null && r.hasSubcommand()) {
            r = r.subcommand();
        }
        return r == null ? "gdlab" : r.commandSpec().qualifiedName();
    }
}
