package org.gdlab.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.render.ExportProgress;
import org.gdlab.render.ExportSize;
import org.gdlab.render.PathCsv;
import org.gdlab.render.PlotRenderer;
import org.gdlab.render.PngExport;
import org.gdlab.render.SvgExport;

/**
 * Exports what is on screen, as the scenario it is ({@code Supplier<Scenario>}, read on the caller's thread),
 * rendered by {@link PlotRenderer} at the size asked for (up to 3840×2160, whatever the window's size).
 * The write methods do the work on the calling thread and write atomically; call them off the JavaFX thread
 * for large pictures. Needs no display.
 */
public final class ExportService {

    private final Supplier<Scenario> current;

    /** @param current what is on screen now (the scenario document's {@code current()}) */
    public ExportService(Supplier<Scenario> current) {
        this.current = current;
    }

    /** @return the scenario on screen now (read this on the JavaFX thread, then export it anywhere) */
    public Scenario snapshot() {
        return current.get();
    }

    /** Writes a PNG of the plot at {@code size}. */
    public static void png(Scenario s, ExportSize size, Path file) throws IOException {
        PngExport.write(new PlotRenderer(s), size, file);
    }

    /** Writes an SVG of the plot (level lines and paths as vector paths) at {@code size}. */
    public static void svg(Scenario s, ExportSize size, Path file) throws IOException {
        SvgExport.write(new PlotRenderer(s), size, file);
    }

    /** Writes every run's path as CSV ({@value PathCsv#HEADER}). */
    public static void csv(Scenario s, Path file) throws IOException {
        PathCsv.write(new PlotRenderer(s), file);
    }

    /** PNG of what is on screen now. */
    public void png(ExportSize size, Path file) throws IOException {
        png(snapshot(), size, file);
    }

    /** SVG of what is on screen now. */
    public void svg(ExportSize size, Path file) throws IOException {
        svg(snapshot(), size, file);
    }

    /** CSV of the paths on screen now. */
    public void csv(Path file) throws IOException {
        csv(snapshot(), file);
    }

    /**
     * @param observer also told of every frame (on the worker thread), e.g. by tests; {@link ExportProgress#NONE}
     * @return a job (not started) that writes the GIF of what is on screen now
     */
    public GifJob gif(GifSettings settings, Path file, ExportProgress observer) {
        return new GifJob(snapshot(), settings, file, observer);
    }
}
