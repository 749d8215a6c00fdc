package org.gdlab.render.paint;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.contour.ColorScale;
import org.gdlab.core.contour.ContourPicture;
import org.gdlab.core.surface.ViewRect;

/**
 * What frames the plot area, in the theme's colours: the paper around it, the axes with their ticks
 * ({@link Ticks}, about one per 90 units along x and one per 70 along y) and labels, and the colour bar
 * right of the plot with a tick per level and labels that tell neighbours apart. Stateless.
 *
 * <p>The right margin follows the colour bar's labels: {@link #rightMargin} is
 * {@value #BAR_GAP} + {@value #BAR_WIDTH} + {@value #LABEL_OFFSET} + (the widest label at the font it is
 * measured in) + {@value #LABEL_PAD}, so the longest label ("0.007029", "−1.605e+04") ends inside the
 * canvas at every size and UI scale, on screen (FXGraphics2D measures with JavaFX's font) and in exports.
 */
public final class FrameLayer {

    /** the margin left of the plot area (y tick labels), in painter units */
    public static final double LEFT = 64;
    /** the margin above the plot area */
    public static final double TOP = 26;
    /**
     * the margin right of the plot area (colour bar and its labels) before a picture is known; with one,
     * {@link #rightMargin} measures what its labels need
     */
    public static final double RIGHT = 110;
    /** the margin below the plot area (x tick labels) */
    public static final double BOTTOM = 48;
    /** the colour bar's width */
    public static final double BAR_WIDTH = 22;
    /** the gap between the plot area and the colour bar */
    public static final double BAR_GAP = 16;
    /** from the colour bar's right edge to where its labels begin (a tick of 5 and a gap of 3) */
    public static final double LABEL_OFFSET = 8;
    /** the room kept right of the widest colour-bar label, before the canvas's edge */
    public static final double LABEL_PAD = 6;

    /** One colour-bar label: its text, where its baseline begins and the y of its tick, in painter units. */
    public record BarLabel(String text, double x, double baseline, double tickY) {
    }

    private FrameLayer() {
    }

    /** Fills w × h with the theme's paper. */
    public static void paintPaper(Graphics2D g, double w, double h, PlotTheme theme) {
        g.setColor(theme.paper());
        g.fill(new Rectangle2D.Double(0, 0, w, h));
    }

    /** The frame of the plot area, the ticks of both axes and their labels, and the axes' names x and y. */
    public static void paintAxes(Graphics2D g, PlotTransform t, PlotTheme theme) {
        paintAxes(g, t, theme, "x", "y");
    }

    /** As {@link #paintAxes(Graphics2D, PlotTransform, PlotTheme)}, the axes named xName and yName (w and b on data). */
    public static void paintAxes(Graphics2D g, PlotTransform t, PlotTheme theme, String xName, String yName) {
        ViewRect v = t.visible();
        Color ink = theme.ink();
        g.setColor(ink);
        g.setStroke(PlotStyle.round(1.2));
        g.draw(SurfaceLayer.area(t));
        g.setFont(PlotStyle.LABEL);
        FontMetrics m = g.getFontMetrics(PlotStyle.LABEL);
        double bottom = t.top() + t.height();
        for (double x : Ticks.of(v.xMin(), v.xMax(), Math.max(2, (int) (t.width() / 90)))) {
            double sx = t.sx(x);
            String s = Ticks.label(x);
            g.draw(new Line2D.Double(sx, bottom, sx, bottom + 6));
            g.drawString(s, (float) (sx - m.stringWidth(s) / 2.0), (float) (bottom + 8 + m.getAscent()));
        }
        g.drawString(xName, (float) (t.left() + t.width() / 2 - m.stringWidth(xName) / 2.0), (float) (bottom + 26 + m.getAscent()));
        for (double y : Ticks.of(v.yMin(), v.yMax(), Math.max(2, (int) (t.height() / 70)))) {
            double sy = t.sy(y);
            String s = Ticks.label(y);
            g.draw(new Line2D.Double(t.left() - 6, sy, t.left(), sy));
            g.drawString(s, (float) (t.left() - 9 - m.stringWidth(s)), (float) (sy + (m.getAscent() - m.getDescent()) / 2.0));
        }
        g.drawString(yName, 6f, (float) (t.top() + t.height() / 2 + (m.getAscent() - m.getDescent()) / 2.0));
    }

    /** The colour bar of a surface's cost C: {@link #paintColorBar(Graphics2D, PlotTransform, ContourPicture, ColorMap, PlotTheme, String)}. */
    public static void paintColorBar(Graphics2D g, PlotTransform t, ContourPicture p, ColorMap map, PlotTheme theme) {
        paintColorBar(g, t, p, map, theme, "C");
    }

    /**
     * The colour bar right of the plot area: the map's ramp, a tick per level, labelled values, the cost's
     * letter above ({@code org.gdlab.core.explain.CostLetter}: C, or J on a data surface).
     */
    public static void paintColorBar(Graphics2D g, PlotTransform t, ContourPicture p, ColorMap map, PlotTheme theme,
                                     String letter) {
        double x = t.left() + t.width() + BAR_GAP;
        double top = t.top();
        double hgt = t.height();
        int rows = Math.max(2, Math.min(256, (int) Math.ceil(hgt))); // 256 bands: smooth, and few shapes for an SVG
        for (int i = 0; i < rows; i++) {
            double frac = 1 - i / (double) Math.max(1, rows - 1);
            g.setColor(new Color(map.argb(frac) | 0xFF000000, true));
            g.fill(new Rectangle2D.Double(x, top + i * hgt / rows, BAR_WIDTH, hgt / rows + 0.6));
        }
        Color ink = theme.ink();
        g.setColor(ink);
        g.setStroke(PlotStyle.round(1));
        g.draw(new Rectangle2D.Double(x, top, BAR_WIDTH, hgt));
        if (!Double.isFinite(p.colorMin()) || !Double.isFinite(p.colorMax())) {
            return;
        }
        ColorScale scale = new ColorScale(p.colorMin(), p.colorMax(), p.spacing());
        for (double level : p.levels()) {
            double sy = top + (1 - Math.max(0, Math.min(1, scale.toUnit(level)))) * hgt;
            g.draw(new Line2D.Double(x, sy, x + 5, sy));
        }
        g.setFont(PlotStyle.LABEL);
        FontMetrics m = g.getFontMetrics(PlotStyle.LABEL);
        for (BarLabel l : colorBarLabels(t, p, m)) {
            g.draw(new Line2D.Double(x + BAR_WIDTH, l.tickY(), x + BAR_WIDTH + 5, l.tickY()));
            g.drawString(l.text(), (float) l.x(), (float) l.baseline());
        }
        g.drawString(letter, (float) (x + 4), (float) (top - 1 - m.getDescent()));
    }

    /**
     * @return the colour bar's labels for picture p beside the plot area of t, bottom to top: one per
     *     60 units of the area's height (at least 3), each value {@link Ticks#distinctLabels told apart from
     *     its neighbours}; none when the picture's range is not finite
     */
    public static java.util.List<BarLabel> colorBarLabels(PlotTransform t, ContourPicture p, FontMetrics m) {
        if (!Double.isFinite(p.colorMin()) || !Double.isFinite(p.colorMax())) {
            return java.util.List.of();
        }
        ColorScale scale = new ColorScale(p.colorMin(), p.colorMax(), p.spacing());
        double hgt = t.height();
        int labels = Math.max(2, (int) (hgt / 60));
        double[] values = new double[labels + 1];
        for (int i = 0; i <= labels; i++) {
            values[i] = scale.fromUnit((double) i / labels);
        }
        String[] texts = Ticks.distinctLabels(values); // crowded log levels get the digits that tell them apart
        double x = t.left() + t.width() + BAR_GAP + BAR_WIDTH + LABEL_OFFSET;
        java.util.List<BarLabel> out = new java.util.ArrayList<>(labels + 1);
        for (int i = 0; i <= labels; i++) {
            double sy = t.top() + (1 - (double) i / labels) * hgt;
            out.add(new BarLabel(texts[i], x, sy + (m.getAscent() - m.getDescent()) / 2.0, sy));
        }
        return out;
    }

    /**
     * @param p    the picture whose colour bar is drawn, or null (then {@link #RIGHT})
     * @param area a plot area of the height the bar will have (only its height matters: it sets how many
     *             labels there are; the labels' values do not depend on where the area is)
     * @param m    the metrics of {@link PlotStyle#LABEL} on the graphics that will paint it (FXGraphics2D
     *             gives the metrics of its current font whatever font is asked for: set LABEL first)
     * @return the right margin, in painter units, that holds the colour bar and its widest label:
     *     {@value #BAR_GAP} + {@value #BAR_WIDTH} + {@value #LABEL_OFFSET} + widest + {@value #LABEL_PAD},
     *     rounded up to a whole unit, and never less than what the bar and "C" above it need
     */
    public static double rightMargin(ContourPicture p, PlotTransform area, FontMetrics m) {
        if (p == null) {
            return RIGHT;
        }
        double widest = m.stringWidth("C");
        for (BarLabel l : colorBarLabels(area, p, m)) {
            widest = Math.max(widest, m.getStringBounds(l.text(), null).getWidth());
        }
        return Math.ceil(BAR_GAP + BAR_WIDTH + LABEL_OFFSET + widest + LABEL_PAD);
    }
}
