package org.gdlab;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.application.Application;
import org.gdlab.app.GdLabApp;
import org.gdlab.app.desktop.OpenedFiles;
import org.gdlab.cli.GdLabCommand;

/**
 * The entry point of gdlab.jar and of the packaged {@code gdlab} launcher. With no arguments it opens the
 * window; with one argument that is an existing scenario file ({@code gdlab lesson.gdlab.json}, as a file
 * manager passes it on a double-click) it opens the window on that file; otherwise it runs the command line
 * ({@code gdlab functions}, {@code gdlab run ...}, {@code gdlab eval ...}) without a display.
 *
 * <p>This class does not extend {@link Application}: a classpath jar whose main class extends it fails
 * with "JavaFX runtime components are missing".
 */
public final class Launcher {

    /** What the arguments ask for. */
    enum Mode {
        /** the window (with the file, if one was given) */
        WINDOW,
        /** the command line */
        COMMAND_LINE
    }

    private Launcher() {
    }

    public static void main(String[] args) {
        if (modeOf(args, Files::isRegularFile) == Mode.WINDOW) {
            OpenedFiles.listenToTheSystem(); // macOS hands opened files to a handler, not to main
            org.gdlab.app.PrismTuning.apply();
            Application.launch(GdLabApp.class, args);
        } else {
            System.exit(GdLabCommand.execute(args));
        }
    }

    /**
     * @param args the program's arguments
     * @param isFile whether a path names an existing regular file
     * @return the window for no arguments or a single existing {@code .json} file (a scenario: the window
     *         reports what is wrong with it), the command line for anything else
     */
    static Mode modeOf(String[] args, Predicate<Path> isFile) {
        if (args.length == 0) {
            return Mode.WINDOW;
        }
        if (args.length == 1) {
            String a = args[0];
            if (a.startsWith("-psn_")) {
                return Mode.WINDOW; // an older macOS Finder's process serial number, not an argument
            }
            if (a.toLowerCase(Locale.ROOT).endsWith(".json")) {
                try {
                    return isFile.test(Path.of(a)) ? Mode.WINDOW : Mode.COMMAND_LINE;
                } catch (InvalidPathException e) {
                    return Mode.COMMAND_LINE;
                }
            }
        }
        return Mode.COMMAND_LINE;
    }
}
