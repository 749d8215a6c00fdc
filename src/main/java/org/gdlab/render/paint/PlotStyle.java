package org.gdlab.render.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/**
 * Colours, widths and fonts of the plot, chosen to read on a projector over every colour map. Lengths are
 * in painter units: pixels of the window at 100 %; the window multiplies them by its UI scale, an export by
 * its size (a 1280×720 export is the window's look at 100 %).
 */
public final class PlotStyle {

    private PlotStyle() {
    }

    /** the main run's path and dots */
    public static final Color PATH = Color.WHITE;
    /** the dark outline under every line, marker and label */
    public static final Color OUTLINE = new Color(0, 0, 0, 217);
    /** the main run's planned path (dashed) */
    public static final Color PLANNED = new Color(255, 255, 255, 140);
    /** the current point w_k */
    public static final Color CURRENT = new Color(255, 145, 0);
    /** the start marker and the α-change markers */
    public static final Color START = new Color(255, 214, 0);
    /** the −∇C arrow and its label */
    public static final Color GRADIENT = new Color(0, 229, 255);
    /** the step −α∇C arrow */
    public static final Color STEP = new Color(255, 64, 129);
    /** the main run's "left the view" marker */
    public static final Color DIVERGED = new Color(255, 23, 68);
    /** the level lines */
    public static final Color LEVEL = new Color(255, 255, 255, 115);
    /** the gradient field's arrows */
    public static final Color FIELD = new Color(255, 255, 255, 179);
    /** the known minima's crosses */
    public static final Color MINIMUM = Color.WHITE;
    /** the plot area where the colour map is not defined */
    public static final Color UNDEFINED = new Color(60, 60, 60);
    /** the tick labels and the colour bar's */
    public static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    /** the labels on the plot (−∇C, α changes, "left the view", minima) */
    public static final Font ARROW_LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    /** the main run's dots */
    public static final double DOT_RADIUS = 3.2;
    /** the current point's radius */
    public static final double CURRENT_RADIUS = 7;
    /** the start marker's radius */
    public static final double START_RADIUS = 9;
    /** the drawn length of the −∇C arrow (its true length is written beside it) */
    public static final double GRADIENT_ARROW_PIXELS = 70;
    /** the level lines' width */
    public static final double LEVEL_WIDTH = 1.3;

    /** @return a round-capped, round-joined stroke of the width */
    public static Stroke round(double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** @return c with alpha a (0–255) */
    public static Color alpha(Color c, int a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }
}
