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

    /**
     * @return the metrics of font on g, g's font set to it: FXGraphics2D (the window's painter) answers
     *     {@code getFontMetrics(font)} with the metrics of its current font, whatever font is asked for, so a
     *     label measured before its font was set came out as wide as its text in the last font drawn (on the
     *     screen, a −∇C label measured in the tick labels' font was cut at the end of its canvas)
     */
    public static FontMetrics metrics(Graphics2D g, Font font) {
        g.setFont(font);
        return g.getFontMetrics(font);
    }

    /** @return the box of text in font (width and height, at the origin), padded; g's font is set to font */
    public static Rectangle2D size(Graphics2D g, Font font, String text) {
        FontMetrics m = metrics(g, font);
        return new Rectangle2D.Double(0, 0, m.stringWidth(text) + 2 * PAD, m.getAscent() + m.getDescent() + 2 * PAD);
    }

    /**
     * Places text at the best of the candidates (boxes of {@link #size}; see {@link Placement#bestBox}), draws it, and marks its box as
     * occupied ({@link Occupancy#addLabel}).
     *
     * @return the box it took
     */
    public static Rectangle2D place(Graphics2D g, Font font, String text, Color color, List<Rectangle2D> candidates,
            Rectangle2D bounds, Occupancy occupied) {
        Rectangle2D box = Placement.bestBox(candidates, bounds, occupied);
        if (box == null) {
            return null;
        }
        draw(g, font, text, color, box);
        occupied.addLabel(box);
        return box;
    }

    /**
     * @return text broken at spaces into lines of at most width units in font (padded as {@link #size}); a
     *     word longer than width stays whole on its own line
     */
    public static List<String> wrap(Graphics2D g, Font font, String text, double width) {
        FontMetrics m = metrics(g, font);
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && m.stringWidth(longer) + 2 * PAD > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Draws text left-aligned and vertically centred in box, in color on the chip that fills box. */
    public static void draw(Graphics2D g, Font font, String text, Color color, Rectangle2D box) {
        FontMetrics m = metrics(g, font);
        float x = (float) (box.getX() + PAD);
        float y = (float) (box.getCenterY() + (m.getAscent() - m.getDescent()) / 2.0);
        Color o = PlotStyle.OUTLINE;
        g.setColor(new Color(o.getRed(), o.getGreen(), o.getBlue(), CHIP_ALPHA));
        g.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), CORNER * 2, CORNER * 2));
        g.setColor(color);
        g.drawString(text, x, y);
    }
}
