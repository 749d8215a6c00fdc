package org.gdlab.app.plot;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/** Colours, widths and fonts of the plot, chosen to read on a projector over every colour map. */
final class Style {

    private Style() {
    }

    static final Color PATH = Color.WHITE;
    static final Color OUTLINE = Color.rgb(0, 0, 0, 0.85);
    static final Color PLANNED = Color.rgb(255, 255, 255, 0.55);
    static final Color CURRENT = Color.rgb(255, 145, 0);
    static final Color START = Color.rgb(255, 214, 0);
    static final Color GRADIENT = Color.rgb(0, 229, 255);
    static final Color STEP = Color.rgb(255, 64, 129);
    static final Color DIVERGED = Color.rgb(255, 23, 68);
    static final Color LEVEL = Color.rgb(255, 255, 255, 0.45);
    static final Color FIELD = Color.rgb(255, 255, 255, 0.7);
    static final Color AXIS = Color.rgb(33, 33, 33);
    static final Color BACKGROUND = Color.rgb(250, 250, 250);
    static final Color MINIMUM = Color.WHITE;
    static final Font LABEL = Font.font("System", 14);
    static final Font ARROW_LABEL = Font.font("System", javafx.scene.text.FontWeight.BOLD, 15);
    static final double DOT_RADIUS = 3.2;
    static final double CURRENT_RADIUS = 7;
    static final double START_RADIUS = 9;
    static final double GRADIENT_ARROW_PIXELS = 70;
}
