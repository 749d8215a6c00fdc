package org.gdlab.render.paint;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gdlab.core.basin.BasinMap;
import org.gdlab.core.math.NumberText;

/**
 * The basin map's legend as an {@link Overlay} of the plot: the title ("Basin map · …") and a row per class
 * (colour, what it means, its share of the starts), in the corner of the plot that covers least of what is
 * on it (the current point, the paths, the minima, the labels; {@link Placement#corners}). When even that
 * corner would cover the current point, the last steps or more than {@value #MAX_COVERED} of its area of
 * path and minima, the legend collapses to a chip with its title; a click on the chip opens it, a click on
 * the open legend collapses it ({@link #click}); a plot too small even for the chip shows neither. Numbers in its labels are rounded for reading
 * ({@value #DIGITS} significant digits: "minimum 1 (3.584, -1.848)"; the view model keeps them exact).
 * Mutable (what the user chose, where it was drawn), JavaFX thread only.
 */
public final class BasinLegend implements Overlay {

    /** significant digits of the numbers in the legend */
    static final int DIGITS = 4;
    /** the most of the legend's area that may lie over paths and minima before it collapses to a chip */
    static final double MAX_COVERED = 0.08;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final double ROW = 22;
    private static final double MARGIN = 10;
    private static final Color PAPER = new Color(255, 255, 255, 230);
    private static final Color INK = new Color(33, 33, 33);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+\\.\\d+");

    /**
     * What the legend says.
     *
     * @param summary what the map shows, e.g. "gd, α = 0.01, 256 × 256 starts"
     * @param entries a row per class
     */
    public record Content(String summary, List<LegendEntry> entries) {
        public Content {
            entries = List.copyOf(entries);
        }

        /** @return what a finished map's legend says: {@link #summary(BasinMap)} and {@link BasinColors#legend} */
        public static Content of(BasinMap m, boolean bySteps) {
            return new Content(BasinLegend.summary(m), BasinColors.legend(m, bySteps));
        }
    }

    private final java.util.function.Supplier<Content> content;
    /** null: open when it fits; true/false: as the user clicked it */
    private Boolean open;
    private Rectangle2D drawn;

    /**
     * A legend that says what {@code content} gives at each paint (the window's: what its basin view model
     * holds; an export's: what its map of the exported rectangle holds); null: nothing to show.
     */
    public BasinLegend(java.util.function.Supplier<Content> content) {
        this(content, null);
    }

    /** @param open null: open when it fits; true/false: as the user clicked it */
    public BasinLegend(java.util.function.Supplier<Content> content, Boolean open) {
        this.content = content;
        this.open = open;
    }

    @Override
    public String name() {
        return "basin legend";
    }

    /** @return the legend as it is now (its text and whether the user opened or closed it), or null while off */
    @Override
    public Overlay frozen() {
        Content now = content.get();
        return now == null ? null : new BasinLegend(() -> now, open);
    }

    /** @return whether the user opened (true) or closed (false) it, null when untouched */
    public Boolean openState() {
        return open;
    }

    /** @return what a finished map shows, e.g. "256 × 256 starts, gd α = 0.0100, ≤ 1000 steps" */
    public static String summary(BasinMap m) {
        return m.nx() + " × " + m.ny() + " starts, " + m.spec().template().optimizer() + " α = "
                + NumberText.significant(m.spec().template().learningRate(), 3) + ", ≤ " + m.spec().template().maxSteps()
                + " steps";
    }

    @Override
    public void paint(Graphics2D g, PlotTransform t, Occupancy occupied) {
        drawn = null;
        Content c = content.get();
        if (c == null) {
            return;
        }
        Rectangle2D area = SurfaceLayer.area(t);
        String title = "Basin map · " + readable(c.summary());
        List<LegendEntry> entries = c.entries();
        FontMetrics tm = Labels.metrics(g, TITLE);
        FontMetrics xm = Labels.metrics(g, TEXT);
        double textWidth = tm.stringWidth(title);
        List<String> labels = new ArrayList<>();
        for (LegendEntry e : entries) {
            String label = readable(e.label());
            labels.add(label);
            textWidth = Math.max(textWidth, 26 + xm.stringWidth(label) + 70);
        }
        double w = Math.min(area.getWidth() - 2 * MARGIN, textWidth + 20);
        double h = 12 + ROW * (entries.size() + 1);
        List<Rectangle2D> corners = Placement.corners(area, w, h, MARGIN);
        int best = Placement.best(corners, area, occupied);
        Rectangle2D box = corners.get(best);
        boolean fits = Placement.cost(box, area, occupied) <= MAX_COVERED * w * h * Occupancy.SOFT;
        if (open == null ? fits : open) {
            paintOpen(g, box, title, entries, labels);
        } else {
            String chip = "Basin map ▸";
            double cw = tm.stringWidth(chip) + 20;
            double ch = ROW + 8;
            if (cw > area.getWidth() - 2 * MARGIN || ch > area.getHeight() - 2 * MARGIN) {
                return; // a plot too small even for the chip: nothing rather than something outside it
            }
            List<Rectangle2D> small = Placement.corners(area, cw, ch, MARGIN);
            box = small.get(Placement.best(small, area, occupied));
            paintChip(g, box, chip);
        }
        drawn = box;
        occupied.addLabel(box);
    }

    /**
     * A click at (x, y) in painter units: on the legend or its chip, toggles it.
     *
     * @return true when the click was the legend's
     */
    @Override
    public boolean click(double x, double y) {
        if (drawn == null || !drawn.contains(x, y)) {
            return false;
        }
        boolean wasOpen = drawn.getHeight() > ROW + 8;
        open = !wasOpen;
        return true;
    }

    /** @return where the legend or its chip was drawn last (painter units), or null */
    public Rectangle2D drawn() {
        return drawn;
    }

    /** @return the text with every decimal number rounded to {@value #DIGITS} significant digits */
    public static String readable(String text) {
        Matcher m = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, NumberText.trimmed(NumberText.parse(m.group()).orElseThrow(), DIGITS));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void paintOpen(Graphics2D g, Rectangle2D box, String title, List<LegendEntry> entries, List<String> labels) {
        double x = box.getX();
        double y = box.getY();
        double w = box.getWidth();
        g.setColor(PAPER);
        g.fill(new RoundRectangle2D.Double(x, y, w, box.getHeight(), 10, 10));
        g.setColor(INK);
        g.setStroke(new java.awt.BasicStroke(1));
        g.draw(new RoundRectangle2D.Double(x, y, w, box.getHeight(), 10, 10));
        FontMetrics tm = Labels.metrics(g, TITLE);
        g.drawString(fit(tm, title, w - 20), (float) (x + 10), (float) (y + 6 + ROW / 2 + (tm.getAscent() - tm.getDescent()) / 2.0));
        FontMetrics m = Labels.metrics(g, TEXT);
        double row = y + 6 + ROW;
        for (int i = 0; i < entries.size(); i++) {
            LegendEntry e = entries.get(i);
            Rectangle2D swatch = new Rectangle2D.Double(x + 10, row + 3, 16, 16);
            g.setColor(new Color(e.argb() | 0xFF000000, true));
            g.fill(swatch);
            g.setColor(INK);
            g.draw(swatch);
            float base = (float) (row + ROW / 2 + (m.getAscent() - m.getDescent()) / 2.0);
            g.drawString(fit(m, labels.get(i), w - 110), (float) (x + 34), base);
            String share = Double.isNaN(e.share()) ? "" : NumberText.fixed(100 * e.share(), 1) + " %";
            g.drawString(share, (float) (x + w - 10 - m.stringWidth(share)), base);
            row += ROW;
        }
    }

    private static void paintChip(Graphics2D g, Rectangle2D box, String text) {
        g.setColor(PAPER);
        g.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 12, 12));
        g.setColor(INK);
        g.setStroke(new java.awt.BasicStroke(1));
        g.draw(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 12, 12));
        FontMetrics m = Labels.metrics(g, TITLE);
        g.drawString(text, (float) (box.getX() + 10), (float) (box.getCenterY() + (m.getAscent() - m.getDescent()) / 2.0));
    }

    private static String fit(FontMetrics m, String text, double width) {
        if (m.stringWidth(text) <= width) {
            return text;
        }
        String s = text;
        while (s.length() > 1 && m.stringWidth(s + "…") > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }
}
