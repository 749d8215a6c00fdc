package org.gdlab.bench.legacy;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/** Colours, widths and fonts of the plot, chosen to read on a projector over every colour map. */
class LegacyStyle {

    private LegacyStyle() {
    }

    public static final Color PATH = Color.WHITE;
    public static final Color OUTLINE = Color.rgb(0, 0, 0, 0.85);
    public static final Color PLANNED = Color.rgb(255, 255, 255, 0.55);
    public static final Color CURRENT = Color.rgb(255, 145, 0);
    public static final Color START = Color.rgb(255, 214, 0);
    public static final Color GRADIENT = Color.rgb(0, 229, 255);
    public static final Color STEP = Color.rgb(255, 64, 129);
    public static final Color DIVERGED = Color.rgb(255, 23, 68);
    public static final Color LEVEL = Color.rgb(255, 255, 255, 0.45);
    public static final Color FIELD = Color.rgb(255, 255, 255, 0.7);
    public static final Color AXIS = Color.rgb(33, 33, 33);
    public static final Color BACKGROUND = Color.rgb(250, 250, 250);
    public static final Color MINIMUM = Color.WHITE;
    public static final Font LABEL = Font.font("System", 14);
    public static final Font ARROW_LABEL = Font.font("System", javafx.scene.text.FontWeight.BOLD, 15);
    public static final double DOT_RADIUS = 3.2;
    public static final double CURRENT_RADIUS = 7;
    public static final double START_RADIUS = 9;
    public static final double GRADIENT_ARROW_PIXELS = 70;
}
