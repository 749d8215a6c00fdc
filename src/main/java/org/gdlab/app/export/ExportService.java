package org.gdlab.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gdlab.app.viewmodel.Background;
import org.gdlab.app.viewmodel.LatestWins;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.render.ExportProgress;
import org.gdlab.render.ExportSize;
import org.gdlab.render.PathCsv;
import org.gdlab.render.PlotRenderer;
import org.gdlab.render.PngExport;
import org.gdlab.render.SvgExport;
import org.gdlab.render.paint.OnPlot;
import org.gdlab.render.paint.PlotTheme;

/**
 * Exports what is on screen, as the scenario it is ({@code Supplier<Scenario>}, read on the JavaFX thread),
 * rendered by {@link PlotRenderer} (the window's own painter) at the size asked for (up to 3840×2160,
 * whatever the window's size), as the window shows it ({@link Look}): in its theme ({@link #themeFrom}), its
 * selected raced run on top ({@link #selectedFrom}), the PNG and SVG at its playback's step
 * ({@link #stepFrom}), with its overlays frozen when the export starts ({@link #overlaysFrom}: the basin
 * map and its legend — computed for the exported rectangle on the worker when the window's map does not cover
 * it — the ghost paths, the curvature marks, the line search's trials and direction, the
 * batch gradient).
 *
 * <p>The {@code start…} commands take the scenario now and write it as a job of the window's
 * {@link Background} (one export kind: progress, cancel, and a failure in the status line, "Could not
 * export: …"); every file is written atomically, so a failed or cancelled export leaves no file and an
 * older file of that name untouched. The static methods write on the calling thread and need no display.
 *
 * <p>Mutable; the commands and properties belong to the JavaFX thread.
 */
public final class ExportService {

    /** the head of the status line's sentence when an export fails */
    public static final String FAILURE = "Could not export";

    /** Writes one export's file (on a worker). */
    @FunctionalInterface
    public interface Write {
        void run() throws Exception;
    }

    private final Supplier<Scenario> current;
    private final LatestWins<Boolean> jobs;
    private Supplier<PlotTheme> theme = () -> PlotTheme.LIGHT;
    private java.util.function.IntSupplier selected = () -> -1;
    private java.util.function.IntSupplier step = () -> Integer.MAX_VALUE;
    private Supplier<OnPlot> onPlot = () -> null;
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>(this, "written");

    /**
     * @param current    what is on screen now (the scenario document's {@code current()})
     * @param background where exports are written (the window's)
     */
    public ExportService(Supplier<Scenario> current, Background background) {
        this.current = current;
        this.jobs = background.latestWins(FAILURE);
    }

    /** Exports are painted in this theme's paper and ink from now on (the window's, read when one starts). */
    public void themeFrom(Supplier<PlotTheme> windowTheme) {
        this.theme = windowTheme;
    }

    /**
     * Exports draw the scenario's run of this index (read when one starts) as the window draws its selected
     * raced run: thicker, on top, with its update rule; −1 for none.
     */
    public void selectedFrom(java.util.function.IntSupplier windowSelection) {
        this.selected = windowSelection;
    }

    /**
     * PNG and SVG exports show the runs up to this step (read when one starts), as the window shows them at
     * its playback's step: what the person sees; by default the complete runs.
     */
    public void stepFrom(java.util.function.IntSupplier windowStep) {
        this.step = windowStep;
    }

    /**
     * Exports draw these overlays (read on the JavaFX thread when one starts: the window's overlays frozen,
     * {@code PlotView.onPlot}) instead of those the scenario names; null (the default) for the scenario's.
     */
    public void overlaysFrom(Supplier<OnPlot> windowOverlays) {
        this.onPlot = windowOverlays;
    }

    /** @return the scenario on screen now (read this on the JavaFX thread, then export it anywhere) */
    public Scenario snapshot() {
        return current.get();
    }

    /** Writes a PNG of the plot at {@code size}. */
    public static void png(Scenario s, ExportSize size, Path file) throws IOException {
        png(s, PlotTheme.LIGHT, size, file);
    }

    /** Writes a PNG of the plot at {@code size} in the theme's paper and ink. */
    public static void png(Scenario s, PlotTheme theme, ExportSize size, Path file) throws IOException {
        png(s, theme, -1, size, file);
    }

    /** Writes a PNG of the plot at {@code size} in the theme, run {@code selected} drawn as the selected one. */
    public static void png(Scenario s, PlotTheme theme, int selected, ExportSize size, Path file) throws IOException {
        png(new Look(theme, selected, Integer.MAX_VALUE, null), s, size, file);
    }

    /**
     * How the window looks when an export starts, read on the JavaFX thread.
     *
     * @param theme    its paper and ink
     * @param selected the scenario's index of the selected raced run, −1 for none
     * @param step     its playback's step (the PNG and SVG show the runs up to it)
     * @param overlays its overlays, frozen; null for those the scenario names
     */
    public record Look(PlotTheme theme, int selected, int step, OnPlot overlays) {

        /** @return a renderer of the scenario that paints it with this look */
        PlotRenderer renderer(Scenario s) {
            PlotRenderer r = new PlotRenderer(s).withTheme(theme).withSelected(selected).withStep(step);
            return overlays == null ? r : r.withOverlays(overlays);
        }
    }

    /** Writes a PNG of the scenario as the window with this look shows it, at {@code size}. */
    public static void png(Look look, Scenario s, ExportSize size, Path file) throws IOException {
        PngExport.write(look.renderer(s), size, file);
    }

    /** Writes an SVG of the scenario as the window with this look shows it, at {@code size}. */
    public static void svg(Look look, Scenario s, ExportSize size, Path file) throws IOException {
        SvgExport.write(look.renderer(s), size, file);
    }

    /** @return how the window looks now (read on the JavaFX thread) */
    public Look look() {
        return new Look(theme.get(), selected.getAsInt(), step.getAsInt(), onPlot.get());
    }

    /** Writes an SVG of the plot (level lines and paths as vector paths) at {@code size}. */
    public static void svg(Scenario s, ExportSize size, Path file) throws IOException {
        svg(s, PlotTheme.LIGHT, size, file);
    }

    /** Writes an SVG of the plot at {@code size} in the theme's paper and ink. */
    public static void svg(Scenario s, PlotTheme theme, ExportSize size, Path file) throws IOException {
        svg(s, theme, -1, size, file);
    }

    /** Writes an SVG of the plot at {@code size} in the theme, run {@code selected} drawn as the selected one. */
    public static void svg(Scenario s, PlotTheme theme, int selected, ExportSize size, Path file) throws IOException {
        svg(new Look(theme, selected, Integer.MAX_VALUE, null), s, size, file);
    }

    /** Writes every run's path as CSV ({@value PathCsv#HEADER}), streamed from the runs. */
    public static void csv(Scenario s, Path file) throws IOException {
        PathCsv.write(s, file);
    }

    /**
     * Start writing a PNG of what is on screen now: on the worker, the basin map of the exported plot first
     * when the window's does not cover it (progress, cancel: {@link PlotRenderer#prepare}), then the file.
     */
    public void startPng(ExportSize size, Path file) {
        Scenario s = snapshot();
        Look look = look();
        startPicture(file, look, s, size, r -> PngExport.write(r, size, file));
    }

    /** Start writing an SVG of what is on screen now (as {@link #startPng}). */
    public void startSvg(ExportSize size, Path file) {
        Scenario s = snapshot();
        Look look = look();
        startPicture(file, look, s, size, r -> SvgExport.write(r, size, file));
    }

    /** Writes a picture with a prepared renderer. */
    @FunctionalInterface
    private interface Paint {
        void write(PlotRenderer renderer) throws Exception;
    }

    private void startPicture(Path file, Look look, Scenario s, ExportSize size, Paint paint) {
        jobs.submitJob(job -> {
            PlotRenderer r = look.renderer(s);
            try {
                r.prepare(size.width(), size.height(), job.token(), (done, total) -> job.progress(done / (double) total));
            } catch (java.util.concurrent.CancellationException cancelled) {
                return false;
            }
            if (job.isCancelled()) {
                return false;
            }
            paint.write(r);
            return true;
        }, done -> {
            if (done) {
                written.set(file);
            }
        }, null);
    }

    /** Start writing a CSV of the paths on screen now. */
    public void startCsv(Path file) {
        Scenario s = snapshot();
        start(file, () -> csv(s, file));
    }

    /**
     * Start writing the animated GIF of what is on screen now, with frame progress; {@link #cancel()}
     * stops it before its next frame.
     *
     * @param observer also told of every frame (on the worker), e.g. by tests; {@link ExportProgress#NONE}
     */
    public void startGif(GifSettings settings, Path file, ExportProgress observer) {
        Look look = look();
        GifJob gif = new GifJob(snapshot(), look.theme(), look.selected(), look.overlays(), settings, file, observer);
        jobs.submitJob(gif::run, done -> {
            if (done) {
                written.set(file);
            }
        }, null);
    }

    /** Start any export that writes {@code file} (the charts' PNG and CSV, drawn or taken on the JavaFX thread). */
    public void start(Path file, Write write) {
        jobs.submit(() -> {
            write.run();
            return true;
        }, done -> written.set(file));
    }

    /** Stop the running export (a GIF stops before its next frame, a basin map within a few steps; the others finish). */
    public void cancel() {
        jobs.cancel();
    }

    /** @return true while an export is being written */
    public ReadOnlyBooleanProperty runningProperty() {
        return jobs.runningProperty();
    }

    /** @return the running export's progress, 0 to 1 (only a GIF reports any before it is done) */
    public ReadOnlyDoubleProperty progressProperty() {
        return jobs.progressProperty();
    }

    /** @return the file the last finished export wrote, null before the first */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }
}
