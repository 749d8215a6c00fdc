package org.gdlab.app.export;

import org.gdlab.render.ExportSize;
import org.gdlab.render.GifOptions;

/**
 * What the GIF dialog asks: the frame size, about how many frames, and how long each is shown.
 *
 * @param size frame size
 * @param frames about how many frames (2 to {@link GifOptions#MAX_FRAMES}); fewer when the run is shorter
 * @param frameDelayMs each frame's time, 20 to 10000 ms; the last frame is held 2 s
 */
public record GifSettings(ExportSize size, int frames, int frameDelayMs) {

    /** The dialog's defaults: 1280×720, 120 frames, 80 ms. */
    public static final GifSettings DEFAULT = new GifSettings(ExportSize.HD, 120, 80);

    /** @throws IllegalArgumentException for a value out of range */
    public GifSettings {
        if (size == null) {
            throw new IllegalArgumentException("a GIF needs a size");
        }
        if (frames < 2 || frames > GifOptions.MAX_FRAMES) {
            throw new IllegalArgumentException("a GIF has 2 to " + GifOptions.MAX_FRAMES + " frames, got " + frames);
        }
        if (frameDelayMs < 20 || frameDelayMs > 10_000) {
            throw new IllegalArgumentException("the frame delay must be 20 to 10000 ms, got " + frameDelayMs);
        }
    }

    /** @return the render options for a run of {@code longestRun} rows */
    public GifOptions options(int longestRun) {
        GifOptions spread = GifOptions.spread(size, longestRun, frames);
        return new GifOptions(size, spread.stepsPerFrame(), frameDelayMs, spread.lastFrameDelayMs());
    }
}
