package org.gdlab.app.export;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.gdlab.app.scenario.FilePicker;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.render.ExportProgress;
import org.gdlab.render.ExportSize;

/**
 * The File menu's export items: PNG… (Ctrl+E), SVG…, CSV…, GIF… (Ctrl+Shift+E). Each asks for its settings
 * and a file, takes the scenario on screen on the JavaFX thread, and writes on a worker thread behind a
 * progress window (the GIF's with frame progress and Cancel).
 */
public final class ExportMenu {

    private final ExportService service;
    private final FilePicker picker;
    private final Supplier<Window> owner;
    private ExportSize lastSize = ExportSize.HD;
    private GifSettings lastGif = GifSettings.DEFAULT;

    public ExportMenu(ExportService service, FilePicker picker, Supplier<Window> owner) {
        this.service = service;
        this.picker = picker;
        this.owner = owner;
    }

    /** @return the four items, in menu order */
    public List<MenuItem> items() {
        return List.of(item("Export PNG…", "Shortcut+E", "menu-export-png", this::png),
                item("Export SVG…", null, "menu-export-svg", this::svg),
                item("Export CSV of the paths…", null, "menu-export-csv", this::csv),
                item("Export animated GIF…", "Shortcut+Shift+E", "menu-export-gif", this::gif));
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    /** Export ▸ PNG…: size, file, write. */
    public void png() {
        ExportDialogs.askSize(owner.get(), "Export a PNG of the plot", lastSize).ifPresent(size -> {
            lastSize = size;
            picker.chooseSave(owner.get(), "Export PNG", "gdlab.png", "PNG images", "*.png").ifPresent(file -> {
                Scenario s = service.snapshot();
                run("Export PNG", file, () -> ExportService.png(s, size, file));
            });
        });
    }

    /** Export ▸ SVG…: size, file, write. */
    public void svg() {
        ExportDialogs.askSize(owner.get(), "Export an SVG of the plot", lastSize).ifPresent(size -> {
            lastSize = size;
            picker.chooseSave(owner.get(), "Export SVG", "gdlab.svg", "SVG drawings", "*.svg").ifPresent(file -> {
                Scenario s = service.snapshot();
                run("Export SVG", file, () -> ExportService.svg(s, size, file));
            });
        });
    }

    /** Export ▸ CSV…: file, write. */
    public void csv() {
        picker.chooseSave(owner.get(), "Export CSV of the paths", "gdlab-paths.csv", "CSV files", "*.csv").ifPresent(file -> {
            Scenario s = service.snapshot();
            run("Export CSV", file, () -> ExportService.csv(s, file));
        });
    }

    /** Export ▸ GIF…: settings, file, then the job behind a progress window with Cancel. */
    public void gif() {
        ExportDialogs.askGif(owner.get(), lastGif).ifPresent(settings -> {
            lastGif = settings;
            picker.chooseSave(owner.get(), "Export GIF", "gdlab.gif", "GIF animations", "*.gif").ifPresent(file -> {
                GifJob job = service.gif(settings, file, ExportProgress.NONE);
                ExportDialogs.showProgress(owner.get(), "Export GIF", job, job::requestCancel);
                job.start();
            });
        });
    }

    /** An export that throws IOException. */
    @FunctionalInterface
    private interface Write {
        void run() throws Exception;
    }

    private void run(String title, Path file, Write write) {
        Task<Boolean> task = new Task<>() {
            @Override
            protected Boolean call() throws Exception {
                updateMessage("Writing " + file.getFileName() + "…");
                write.run();
                return true;
            }
        };
        ExportDialogs.showProgress(owner.get(), title, task, null);
        Thread t = new Thread(task, "gdlab-export");
        t.setDaemon(true);
        t.start();
    }
}
