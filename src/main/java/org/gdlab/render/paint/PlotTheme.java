package org.gdlab.render.paint;

import java.awt.Color;

/**
 * The theme's colours around the plot area: the paper behind the tick labels and the colour bar, and the
 * ink of the axes, ticks, their labels and the colour bar's frame (the plot area itself looks the same in
 * every theme). The window passes its theme's; an export takes the same ones.
 *
 * @param paper the colour around the plot area
 * @param ink   the colour of the axes, ticks and their labels
 */
public record PlotTheme(Color paper, Color ink) {

    /** the light theme's (and the command line's) */
    public static final PlotTheme LIGHT = new PlotTheme(new Color(250, 250, 250), new Color(33, 33, 33));

    /** @return the theme of two 0xRRGGBB colours */
    public static PlotTheme of(int paperRgb, int inkRgb) {
        return new PlotTheme(new Color(paperRgb), new Color(inkRgb));
    }
}
