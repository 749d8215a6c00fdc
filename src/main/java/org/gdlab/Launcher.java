package org.gdlab;

import javafx.application.Application;
import org.gdlab.app.GdLabApp;
import org.gdlab.cli.GdLabCommand;

/**
 * The entry point of gdlab.jar. With no arguments it opens the window; with arguments it runs the
 * command line ({@code gdlab functions}, {@code gdlab run ...}, {@code gdlab eval ...}) without a display.
 *
 * <p>This class does not extend {@link Application}: a classpath jar whose main class extends it fails
 * with "JavaFX runtime components are missing".
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(GdLabApp.class, args);
        } else {
            System.exit(GdLabCommand.execute(args));
        }
    }
}
