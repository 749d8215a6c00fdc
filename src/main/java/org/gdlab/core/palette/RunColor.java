package org.gdlab.core.palette;

import java.util.Locale;

/**
 * One colour of the run palette.
 *
 * @param name its name, e.g. "vermillion"
 * @param argb opaque 0xAARRGGBB (alpha 0xFF)
 */
public record RunColor(String name, int argb) {

    /** @return "#RRGGBB", upper case (JavaFX's Color.web and CSS read it) */
    public String hex() {
        return String.format(Locale.ROOT, "#%06X", argb & 0xFFFFFF);
    }

    /** @return red 0–255 */
    public int red() {
        return (argb >> 16) & 0xFF;
    }

    /** @return green 0–255 */
    public int green() {
        return (argb >> 8) & 0xFF;
    }

    /** @return blue 0–255 */
    public int blue() {
        return argb & 0xFF;
    }
}
