package org.gdlab.app.export;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.gdlab.app.viewmodel.LatestWins;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.render.ExportProgress;
import org.gdlab.render.GifExport;
import org.gdlab.render.PlotRenderer;

/**
 * Writes an animated GIF of the descent, as a job of {@link ExportService}'s background kind: simulates the
 * runs, computes the basin map of the GIF's plot if the window's does not cover it ({@link PlotRenderer#prepare},
 * with progress and cancel), then paints and writes frame by frame, reporting progress (frames done / frames) to its
 * {@link LatestWins.Context}. Cancelling the job stops it before the next frame; the file is written
 * atomically, so a cancelled or failed job leaves no file behind (and an old file at the target untouched).
 * Its result is {@code true} when written and {@code false} when cancelled.
 */
final class GifJob implements LatestWins.Job<Boolean> {

    private final Scenario scenario;
    private final GifSettings settings;
    private final Path file;
    private final ExportProgress observer;
    private final org.gdlab.render.paint.PlotTheme theme;

    private final int selected;
    private final org.gdlab.render.paint.OnPlot overlays;

    /**
     * @param overlays the window's overlays, frozen (null: the scenario's); the frames draw those of one step at
     *     each frame's step ({@link org.gdlab.render.paint.OnPlot#perStep})
     */
    GifJob(Scenario scenario, org.gdlab.render.paint.PlotTheme theme, int selected, org.gdlab.render.paint.OnPlot overlays,
            GifSettings settings, Path file, ExportProgress observer) {
        this.scenario = scenario;
        this.overlays = overlays;
        this.selected = selected;
        this.theme = theme;
        this.settings = settings;
        this.file = file;
        this.observer = observer;
    }

    @Override
    public Boolean run(LatestWins.Context job) throws Exception {
        PlotRenderer renderer = new PlotRenderer(scenario).withTheme(theme).withSelected(selected);
        if (overlays != null) {
            renderer.withOverlays(overlays);
        }
        if (job.isCancelled()) {
            return false;
        }
        try {
            int w = settings.options(renderer.longestRun()).size().width();
            int h = settings.options(renderer.longestRun()).size().height();
            for (int step : new int[] {0, Integer.MAX_VALUE}) { // the first frame's plot, then the last's
                renderer.prepare(w, h, step, job.token(), (done, total) -> job.progress(done / (double) total));
            }
            GifExport.write(renderer, settings.options(renderer.longestRun()), file, (done, total) -> {
                job.progress(done / (double) total);
                observer.update(done, total);
            }, job::isCancelled);
        } catch (CancellationException e) {
            return false;
        }
        return true;
    }
}
