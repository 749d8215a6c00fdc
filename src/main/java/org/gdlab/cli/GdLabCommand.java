package org.gdlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command {@code gdlab}; its subcommands run without a display. */
@Command(name = "gdlab", mixinStandardHelpOptions = true, version = "GD Lab 0.1.0",
        description = "Gradient descent, made visible. Without arguments, opens the window.",
        subcommands = {})
public final class GdLabCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line.
     *
     * @return the exit status: 0 on success, 2 on bad input
     */
    public static int execute(String... args) {
        return new CommandLine(new GdLabCommand()).execute(args);
    }
}
