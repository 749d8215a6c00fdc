package org.gdlab.app.export;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.render.ExportProgress;
import org.gdlab.render.GifExport;
import org.gdlab.render.PlotRenderer;

/**
 * Writes an animated GIF of the descent on a worker thread: simulates the runs, then paints and writes frame
 * by frame, reporting progress (frames done / frames) through {@link Task#progressProperty()}.
 * {@link #requestCancel()} stops it before the next frame; the file is written atomically, so a cancelled or
 * failed job leaves no file behind (and an old file at the target untouched). The task's value is
 * {@code true} when written and {@code false} when cancelled; a failure is the task's exception.
 */
public final class GifJob extends Task<Boolean> {

    private final Scenario scenario;
    private final GifSettings settings;
    private final Path file;
    private final ExportProgress observer;
    private final AtomicBoolean cancel = new AtomicBoolean();

    GifJob(Scenario scenario, GifSettings settings, Path file, ExportProgress observer) {
        this.scenario = scenario;
        this.settings = settings;
        this.file = file;
        this.observer = observer;
        updateTitle("Export GIF");
        updateMessage("Simulating…");
    }

    /** Asks the job to stop before its next frame (thread-safe; never interrupts a write). */
    public void requestCancel() {
        cancel.set(true);
    }

    /** @return the target file */
    public Path file() {
        return file;
    }

    /** Starts the job on a new daemon thread. */
    public GifJob start() {
        Thread t = new Thread(this, "gdlab-gif-export");
        t.setDaemon(true);
        t.start();
        return this;
    }

    @Override
    protected Boolean call() throws Exception {
        PlotRenderer renderer = new PlotRenderer(scenario);
        if (cancel.get()) {
            return false;
        }
        try {
            GifExport.write(renderer, settings.options(renderer.longestRun()), file, (done, total) -> {
                updateProgress(done, total);
                updateMessage("Frame " + done + " of " + total);
                observer.update(done, total);
            }, cancel::get);
        } catch (CancellationException e) {
            updateMessage("Cancelled");
            return false;
        }
        updateMessage("Done");
        return true;
    }
}
