package org.gdlab.render;

/**
 * The pixel size of an export.
 *
 * @param width 16 to {@value #MAX_WIDTH} pixels
 * @param height 16 to {@value #MAX_HEIGHT} pixels
 */
public record ExportSize(int width, int height) {

    /** The widest export (4K UHD). */
    public static final int MAX_WIDTH = 3840;
    /** The tallest export. */
    public static final int MAX_HEIGHT = 2160;
    /** The smallest width or height. */
    public static final int MIN = 16;
    /** The size of a 720p slide. */
    public static final ExportSize HD = new ExportSize(1280, 720);

    /** @throws IllegalArgumentException for a size outside 16..3840 × 16..2160 */
    public ExportSize {
        if (width < MIN || width > MAX_WIDTH || height < MIN || height > MAX_HEIGHT) {
            throw new IllegalArgumentException("the image size must be " + MIN + " to " + MAX_WIDTH + " wide and "
                    + MIN + " to " + MAX_HEIGHT + " high, got " + width + "×" + height);
        }
    }
}
