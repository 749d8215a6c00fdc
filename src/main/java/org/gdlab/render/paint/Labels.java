package org.gdlab.render.paint;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Text on the plot: measured, placed by {@link Placement} and drawn in its colour over a dark halo (the
 * text drawn in the outline colour at eight offsets first), so it reads over every colour map. The halo is
 * drawn as text, not as glyph outlines, so it lines up with the text whatever font the backend picks
 * (FXGraphics2D hands text to JavaFX) and an SVG keeps its text as text.
 */
public final class Labels {

    /** the halo's reach in painter units */
    static final double HALO = 1.5;
    /** the padding around a label's text inside its box */
    static final double PAD = 2;

    private Labels() {
    }

    /** @return the box of text in font (width and height, at the origin), padded */
    public static Rectangle2D size(Graphics2D g, Font font, String text) {
        FontMetrics m = g.getFontMetrics(font);
        return new Rectangle2D.Double(0, 0, m.stringWidth(text) + 2 * PAD, m.getAscent() + m.getDescent() + 2 * PAD);
    }

    /**
     * Places text at the best of the candidates (boxes of {@link #size}), draws it, and marks its box as
     * occupied ({@link Occupancy#SOFT}).
     *
     * @return the box it took
     */
    public static Rectangle2D place(Graphics2D g, Font font, String text, Color color, List<Rectangle2D> candidates,
            Rectangle2D bounds, Occupancy occupied) {
        int i = Placement.best(candidates, bounds, occupied);
        if (i < 0) {
            return null;
        }
        Rectangle2D box = candidates.get(i);
        draw(g, font, text, color, box);
        occupied.add(box, Occupancy.SOFT);
        return box;
    }

    /** Draws text left-aligned and vertically centred in box, in color over the halo. */
    public static void draw(Graphics2D g, Font font, String text, Color color, Rectangle2D box) {
        g.setFont(font);
        FontMetrics m = g.getFontMetrics(font);
        float x = (float) (box.getX() + PAD);
        float y = (float) (box.getCenterY() + (m.getAscent() - m.getDescent()) / 2.0);
        g.setColor(PlotStyle.OUTLINE);
        for (int k = 0; k < 8; k++) {
            double a = k * Math.PI / 4;
            g.drawString(text, (float) (x + HALO * Math.cos(a)), (float) (y + HALO * Math.sin(a)));
        }
        g.setColor(color);
        g.drawString(text, x, y);
    }
}
