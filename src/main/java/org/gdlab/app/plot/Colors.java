package org.gdlab.app.plot;

import org.gdlab.render.paint.PlotTheme;

/** JavaFX ↔ java.awt colours, for handing the window's colours to the one painter. */
public final class Colors {

    private Colors() {
    }

    /** @return c as a java.awt colour (alpha kept) */
    public static java.awt.Color awt(javafx.scene.paint.Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }

    /** @return the theme of the paper and ink colours */
    public static PlotTheme theme(javafx.scene.paint.Color paper, javafx.scene.paint.Color ink) {
        return new PlotTheme(awt(paper), awt(ink));
    }
}
