package org.gdlab.render.paint;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * Text on the plot: measured, placed by {@link Placement} and drawn in its colour on a dark rounded chip
 * (the outline colour at {@value #CHIP_ALPHA}/255 opacity), so it reads over every colour map and from the
 * back of a lecture hall. The chip is one rectangle behind the text, not a halo of offset copies (which
 * smeared the glyphs at 100 %) nor glyph outlines (which need not line up with the text FXGraphics2D hands
 * to JavaFX); an SVG keeps its text as one text element.
 */
public final class Labels {

    /** the chip's opacity, out of 255 */
    static final int CHIP_ALPHA = 190;
    /** the chip's corner radius in painter units */
    static final double CORNER = 4;
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

    /** Draws text left-aligned and vertically centred in box, in color on the chip that fills box. */
    public static void draw(Graphics2D g, Font font, String text, Color color, Rectangle2D box) {
        g.setFont(font);
        FontMetrics m = g.getFontMetrics(font);
        float x = (float) (box.getX() + PAD);
        float y = (float) (box.getCenterY() + (m.getAscent() - m.getDescent()) / 2.0);
        Color o = PlotStyle.OUTLINE;
        g.setColor(new Color(o.getRed(), o.getGreen(), o.getBlue(), CHIP_ALPHA));
        g.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), CORNER * 2, CORNER * 2));
        g.setColor(color);
        g.drawString(text, x, y);
    }
}
