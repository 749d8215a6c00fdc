package org.gdlab.app.export;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.gdlab.app.scenario.FilePicker;
import org.gdlab.render.ExportProgress;
import org.gdlab.render.ExportSize;

/**
 * The File menu's export items: PNG… (Ctrl+E), SVG…, CSV…, GIF… (Ctrl+Shift+E). Each asks for its settings
 * and a file, and starts the export in the {@link ExportService} (the scenario on screen is taken on the
 * JavaFX thread, the file written in the background) behind a progress window (the GIF's with frame
 * progress and Cancel; the PNG's and SVG's with Cancel and the progress of a basin map of the exported plot,
 * when one is computed). A failure is said in the status line.
 */
public final class ExportMenu {

    private final ExportService service;
    private final FilePicker picker;
    private final Supplier<Window> owner;
    private ExportSize lastSize = ExportSize.HD;
    private Supplier<org.gdlab.app.charts.ChartData> chartData;
    private Supplier<List<org.jfree.chart.JFreeChart>> charts;
    private GifSettings lastGif = GifSettings.DEFAULT;

    public ExportMenu(ExportService service, FilePicker picker, Supplier<Window> owner) {
        this.service = service;
        this.picker = picker;
        this.owner = owner;
    }

    /**
     * Connects the charts, for "Export PNG of the charts…" and "Export CSV of the chart data…".
     *
     * @param data   the data the charts show (read on the JavaFX thread)
     * @param charts the JFreeCharts to draw (read on the JavaFX thread)
     */
    public void setCharts(Supplier<org.gdlab.app.charts.ChartData> data, Supplier<List<org.jfree.chart.JFreeChart>> charts) {
        this.chartData = data;
        this.charts = charts;
    }

    /** @return the items, in menu order */
    public List<MenuItem> items() {
        return List.of(item("Export PNG…", "Shortcut+E", "menu-export-png", this::png),
                item("Export SVG…", null, "menu-export-svg", this::svg),
                item("Export CSV of the paths…", null, "menu-export-csv", this::csv),
                item("Export animated GIF…", "Shortcut+Shift+E", "menu-export-gif", this::gif),
                item("Export PNG of the charts…", null, "menu-export-charts-png", this::chartsPng),
                item("Export CSV of the chart data…", null, "menu-export-charts-csv", this::chartsCsv));
    }

    /** Export ▸ PNG of the charts…: size, file; the charts are drawn here, the PNG encoded on a worker. */
    public void chartsPng() {
        if (charts == null) {
            return;
        }
        ExportDialogs.askSize(owner.get(), "Export a PNG of the charts", lastSize).ifPresent(size -> {
            lastSize = size;
            picker.chooseSave(owner.get(), "Export PNG of the charts", "gdlab-charts.png", "PNG images", "*.png").ifPresent(file -> {
                java.awt.image.BufferedImage image = org.gdlab.app.charts.ChartImage.draw(charts.get(), size.width(), size.height());
                service.start(file, () -> org.gdlab.core.scenario.AtomicFiles.write(file, out -> javax.imageio.ImageIO.write(image, "png", out)));
                progress("Export charts", file, false);
            });
        });
    }

    /** Export ▸ CSV of the chart data…: file, write. */
    public void chartsCsv() {
        if (chartData == null) {
            return;
        }
        picker.chooseSave(owner.get(), "Export CSV of the chart data", "gdlab-charts.csv", "CSV files", "*.csv").ifPresent(file -> {
            org.gdlab.app.charts.ChartData data = chartData.get();
            service.start(file, () -> org.gdlab.core.scenario.AtomicFiles.write(file, out -> {
                java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
                org.gdlab.app.charts.ChartCsv.write(data, w);
                w.flush();
            }));
            progress("Export CSV", file, false);
        });
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
                service.startPng(size, file);
                progress("Export PNG", file, true); // a basin map of the exported plot may take seconds
            });
        });
    }

    /** Export ▸ SVG…: size, file, write. */
    public void svg() {
        ExportDialogs.askSize(owner.get(), "Export an SVG of the plot", lastSize).ifPresent(size -> {
            lastSize = size;
            picker.chooseSave(owner.get(), "Export SVG", "gdlab.svg", "SVG drawings", "*.svg").ifPresent(file -> {
                service.startSvg(size, file);
                progress("Export SVG", file, true);
            });
        });
    }

    /** Export ▸ CSV…: file, write. */
    public void csv() {
        picker.chooseSave(owner.get(), "Export CSV of the paths", "gdlab-paths.csv", "CSV files", "*.csv").ifPresent(file -> {
            service.startCsv(file);
            progress("Export CSV", file, false);
        });
    }

    /** Export ▸ GIF…: settings, file, then the job behind a progress window with Cancel. */
    public void gif() {
        ExportDialogs.askGif(owner.get(), lastGif).ifPresent(settings -> {
            lastGif = settings;
            picker.chooseSave(owner.get(), "Export GIF", "gdlab.gif", "GIF animations", "*.gif").ifPresent(file -> {
                service.startGif(settings, file, ExportProgress.NONE);
                progress("Export GIF", file, true);
            });
        });
    }

    /** The progress window of the export just started (closed when it ends). */
    private void progress(String title, Path file, boolean cancellable) {
        ExportDialogs.showProgress(owner.get(), title, "Writing " + file.getFileName() + "…", service, cancellable);
    }
}
