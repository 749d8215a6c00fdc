package org.gdlab.app.desktop;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Scenario files the system asks the window to open: the one given as the program's only argument (Linux
 * and Windows pass a double-clicked file so, and so does {@code gdlab FILE.gdlab.json}), and those macOS
 * hands to {@link Desktop#setOpenFileHandler}, which may come before the window exists or while it is
 * open. Files that come before the window are kept and opened once it is there, the last one last.
 */
public final class OpenedFiles {

    private static final List<Path> PENDING = new ArrayList<>();
    private static Consumer<Path> opener;

    private OpenedFiles() {
    }

    /**
     * On macOS, installs the handler for files opened from the Finder (a double-click, a drop on the Dock
     * icon, Open With). Call it before the JavaFX toolkit starts: AWT must own the application's delegate
     * to receive those events. Does nothing elsewhere.
     */
    public static void listenToTheSystem() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            return;
        }
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                Desktop.getDesktop().setOpenFileHandler(e -> {
                    for (File f : e.getFiles()) {
                        offer(f.toPath());
                    }
                });
            }
        } catch (RuntimeException | LinkageError e) {
            // no handler: File ▸ Open still works
        }
    }

    /**
     * Opens, from now on, every file asked for, on the JavaFX thread; first the one named by the program's
     * arguments, then those that came before. Call it on the JavaFX thread once the window is shown.
     *
     * @param open what opens a file in the window (reports a refused file itself)
     * @param arguments the program's arguments: a single one that is not an option names a file
     */
    public static void deliverTo(Consumer<Path> open, List<String> arguments) {
        List<Path> now = new ArrayList<>();
        fileArgument(arguments).ifPresent(now::add);
        synchronized (PENDING) {
            now.addAll(PENDING);
            PENDING.clear();
            opener = open;
        }
        now.forEach(open);
    }

    /** Opens the file in the window, now if it is there, else as soon as it is. Any thread. */
    public static void offer(Path file) {
        Consumer<Path> o;
        synchronized (PENDING) {
            o = opener;
            if (o == null) {
                PENDING.add(file);
                return;
            }
        }
        Platform.runLater(() -> o.accept(file));
    }

    /** @return the file named by the arguments: the only one, unless it is an option */
    static Optional<Path> fileArgument(List<String> arguments) {
        if (arguments.size() != 1 || arguments.get(0).startsWith("-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(arguments.get(0)).toAbsolutePath());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
