package org.gdlab.app.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.gdlab.core.scenario.ScenarioException;
import org.gdlab.core.scenario.ScenarioFiles;

/**
 * The File menu: New (Ctrl+N), Open… (Ctrl+O), Save (Ctrl+S), Save As… (Ctrl+Shift+S), Recent files, and
 * the export items given by the caller. A file that is refused, or a save that fails, is reported in an
 * error dialog that names the file and the problem; the window is left as it was.
 */
public final class FileMenu {

    private final ScenarioDocument doc;
    private final FilePicker picker;
    private final Supplier<Window> owner;
    private final Menu menu = new Menu("_File");
    private final Menu recentMenu = new Menu("Recent files");

    /**
     * @param exportItems the export items (PNG, SVG, CSV, GIF), shown below Save As
     */
    public FileMenu(ScenarioDocument doc, FilePicker picker, Supplier<Window> owner, List<MenuItem> exportItems) {
        this.doc = doc;
        this.picker = picker;
        this.owner = owner;
        menu.setId("file-menu");
        MenuItem newItem = item("_New", "Ctrl+N", "menu-new", doc::newScenario);
        MenuItem open = item("_Open…", "Ctrl+O", "menu-open", this::open);
        MenuItem save = item("_Save", "Ctrl+S", "menu-save", this::save);
        MenuItem saveAs = item("Save _As…", "Ctrl+Shift+S", "menu-save-as", this::saveAs);
        recentMenu.setId("menu-recent");
        doc.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        menu.getItems().addAll(newItem, open, recentMenu, new SeparatorMenuItem(), save, saveAs);
        if (!exportItems.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().addAll(exportItems);
        }
    }

    static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : doc.recentFiles()) {
            MenuItem m = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            m.setMnemonicParsing(false);
            m.setOnAction(e -> open(p));
            recentMenu.getItems().add(m);
        }
        recentMenu.setDisable(doc.recentFiles().isEmpty());
    }

    /** @return the menu */
    public Menu menu() {
        return menu;
    }

    /** File ▸ Open…: asks for a file and opens it. */
    public void open() {
        picker.chooseOpen(owner.get(), "Open a scenario", "GD Lab scenarios", "*" + ScenarioFiles.EXTENSION, "*.json")
                .ifPresent(this::open);
    }

    /**
     * Opens the file, or shows the error dialog naming its problem (the window keeps what it shows).
     *
     * @return true when it opened
     */
    public boolean open(Path path) {
        try {
            doc.open(path);
            return true;
        } catch (ScenarioException e) {
            error("Could not open " + path.getFileName(), e.getMessage());
            return false;
        }
    }

    /** File ▸ Save: to the current file, or asks for one. */
    public void save() {
        Path f = doc.fileProperty().get();
        if (f == null) {
            saveAs();
        } else {
            saveTo(f);
        }
    }

    /** File ▸ Save As…: asks for a file and saves to it. */
    public void saveAs() {
        Path f = doc.fileProperty().get();
        String name = f != null ? f.getFileName().toString() : "scenario" + ScenarioFiles.EXTENSION;
        picker.chooseSave(owner.get(), "Save the scenario", name, "GD Lab scenarios", "*" + ScenarioFiles.EXTENSION)
                .ifPresent(this::saveTo);
    }

    private void saveTo(Path f) {
        try {
            doc.saveAs(f);
        } catch (IOException | RuntimeException e) {
            error("Could not save " + f.getFileName(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * Gives a dialog's root the window's look: its style sheets (theme) and root font size (UI scale).
     */
    public static void styleLike(Window owner, javafx.scene.Parent dialogRoot) {
        if (owner != null && owner.getScene() != null) {
            dialogRoot.getStylesheets().addAll(owner.getScene().getStylesheets());
            dialogRoot.setStyle(owner.getScene().getRoot().getStyle());
        }
    }

    /** Shows an error dialog (not modal-blocking: the caller returns at once). */
    public static void error(Window owner, String header, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.setTitle("GD Lab");
        a.setHeaderText(header);
        a.setContentText(message);
        a.getDialogPane().setId("error-dialog");
        styleLike(owner, a.getDialogPane());
        if (owner != null) {
            a.initOwner(owner);
        }
        a.show();
    }

    private void error(String header, String message) {
        error(owner.get(), header, message);
    }
}
