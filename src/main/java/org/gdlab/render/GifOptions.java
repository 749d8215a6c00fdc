package org.gdlab.render;

/**
 * How an animated GIF of the descent is made.
 *
 * @param size the frame size
 * @param stepsPerFrame how many optimizer steps each frame advances, ≥ 1
 * @param frameDelayMs how long each frame is shown, 20 to 10000 ms (GIF stores hundredths of a second)
 * @param lastFrameDelayMs how long the final frame is held before the loop restarts, 20 to 60000 ms
 */
public record GifOptions(ExportSize size, int stepsPerFrame, int frameDelayMs, int lastFrameDelayMs) {

    /** The most frames in one GIF. */
    public static final int MAX_FRAMES = 1000;

    /** @throws IllegalArgumentException for a value out of range */
    public GifOptions {
        if (size == null) {
            throw new IllegalArgumentException("a GIF needs a size");
        }
        if (stepsPerFrame < 1) {
            throw new IllegalArgumentException("steps per frame must be at least 1, got " + stepsPerFrame);
        }
        if (frameDelayMs < 20 || frameDelayMs > 10_000) {
            throw new IllegalArgumentException("the frame delay must be 20 to 10000 ms, got " + frameDelayMs);
        }
        if (lastFrameDelayMs < 20 || lastFrameDelayMs > 60_000) {
            throw new IllegalArgumentException("the last frame's delay must be 20 to 60000 ms, got " + lastFrameDelayMs);
        }
    }

    /**
     * @param size the frame size
     * @param longestRun rows of the longest trajectory ({@link PlotRenderer#longestRun()})
     * @param frames about how many frames to make (2 to {@link #MAX_FRAMES})
     * @return options that show the whole descent in about {@code frames} frames, 80 ms each, the last held 2 s
     */
    public static GifOptions spread(ExportSize size, int longestRun, int frames) {
        if (frames < 2 || frames > MAX_FRAMES) {
            throw new IllegalArgumentException("a GIF has 2 to " + MAX_FRAMES + " frames, got " + frames);
        }
        int steps = Math.max(1, (int) Math.ceil((longestRun - 1) / (double) (frames - 1)));
        return new GifOptions(size, steps, 80, 2000);
    }
}
