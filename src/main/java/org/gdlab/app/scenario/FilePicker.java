package org.gdlab.app.scenario;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user for a file. The app uses the system's dialogs ({@link #system()}); tests substitute one
 * that answers with a path in a temporary directory.
 */
public interface FilePicker {

    /**
     * @param extensions patterns such as "*.gdlab.json"
     * @return the chosen file, or empty when cancelled
     */
    Optional<Path> chooseOpen(Window owner, String title, String description, String... extensions);

    /** @return the chosen file to write, or empty when cancelled */
    Optional<Path> chooseSave(Window owner, String title, String suggestedName, String description, String... extensions);

    /** @return the system's file dialogs, starting in the directory last used */
    static FilePicker system() {
        return new FilePicker() {
            private File lastDir;

            @Override
            public Optional<Path> chooseOpen(Window owner, String title, String description, String... extensions) {
                FileChooser c = chooser(title, description, extensions);
                return remember(c.showOpenDialog(owner));
            }

            @Override
            public Optional<Path> chooseSave(Window owner, String title, String suggestedName, String description,
                                             String... extensions) {
                FileChooser c = chooser(title, description, extensions);
                c.setInitialFileName(suggestedName);
                return remember(c.showSaveDialog(owner));
            }

            private FileChooser chooser(String title, String description, String... extensions) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, Arrays.asList(extensions)));
                c.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
                if (lastDir != null && lastDir.isDirectory()) {
                    c.setInitialDirectory(lastDir);
                }
                return c;
            }

            private Optional<Path> remember(File f) {
                if (f == null) {
                    return Optional.empty();
                }
                lastDir = f.getParentFile();
                return Optional.of(f.toPath());
            }
        };
    }
}
