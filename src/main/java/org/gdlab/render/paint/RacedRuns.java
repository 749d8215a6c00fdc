package org.gdlab.render.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.math.NumberText;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Memory;

/**
 * Paints the runs raced beside the main run, the same in the window and in every export: each run's whole
 * planned path faint and dashed in its colour, the part walked so far (w_0 … w_k) over a dark outline, its
 * current point, and what its optimizer keeps in memory at w_k (the velocity's share of the next step as an
 * arrow; the per-coordinate effective rate α/(√v + ε) as an ellipse whose semi-axes have the ratio
 * η_x : η_y, the larger one {@link #GLYPH} units long). The selected run is painted last and thicker; its
 * update rule and memory are written beside its current point, and a diverged run's "left the view"
 * marker is labelled, both placed by {@link Placement} among everything on the plot ({@link #labels}, an
 * {@link Overlay}). While runs race, the main run's trail is drawn {@link #MAIN_WIDTH} times as wide.
 * Stateless.
 */
public final class RacedRuns {

    /** the larger semi-axis of the effective-rate ellipse, in painter units */
    public static final double GLYPH = 30;
    /** the main run's trail widths (and dots) while runs race, times its own: the raced runs show beside it */
    public static final double MAIN_WIDTH = 0.55;
    /** the selected run's caption */
    public static final Font CAPTION = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    /**
     * One raced run at the step shown.
     *
     * @param path     its path up to the step shown at least (its planned path in the window; an export's frame
     *                 has the points walked so far)
     * @param step     the index into path of the point shown (clamped into the path when painted)
     * @param whole    its whole planned path (the faint dashed line; where it left the view)
     * @param color    its colour (the run's own, saved with it)
     * @param memory   what its optimizer keeps at w_step ({@link Memory.None} for nothing)
     * @param caption  its update rule, shown when it is selected ("" for none)
     * @param selected whether it is the selected run (thicker, on top, captioned)
     */
    public record Run(PathPoints path, int step, PathPoints whole, Color color, Memory memory, String caption,
            boolean selected) {

        /** A run whose path is its whole planned path (the window's). */
        public Run(PathPoints path, int step, Color color, Memory memory, String caption, boolean selected) {
            this(path, step, path, color, memory, caption, selected);
        }

        /** @return the step shown, clamped into the path */
        public int at() {
            return Math.max(0, Math.min(step, path.size() - 1));
        }
    }

    private RacedRuns() {
    }

    /** The whole planned paths, faint and dashed, in run order. */
    public static void paintPlanned(Graphics2D g, PlotTransform t, List<Run> runs) {
        for (Run r : runs) {
            if (r.whole().size() > 0) {
                PathLayer.paintPlanned(g, t, r.whole(), PlotStyle.alpha(r.color(), 128), 5);
            }
        }
    }

    /** The trails, current points and memory glyphs: the unselected runs in order, then the selected one. */
    public static void paintMoving(Graphics2D g, PlotTransform t, List<Run> runs) {
        for (Run r : runs) {
            if (!r.selected()) {
                paintRun(g, t, r);
            }
        }
        for (Run r : runs) {
            if (r.selected()) {
                paintRun(g, t, r);
            }
        }
    }

    private static void paintRun(Graphics2D g, PlotTransform t, Run r) {
        if (r.path().size() == 0) {
            return;
        }
        int k = r.at();
        PathLayer.paintTrail(g, t, r.path(), 0, k, PathLayer.TrailLook.raced(r.color(), r.selected()));
        PathLayer.paintCurrent(g, t, r.path().x(k), r.path().y(k), r.selected() ? 8 : 6.5, r.color());
        paintGlyph(g, t, r);
    }

    /** The memory glyph at w_k. */
    static void paintGlyph(Graphics2D g, PlotTransform t, Run r) {
        int k = r.at();
        double x = t.sx(r.path().x(k));
        double y = t.sy(r.path().y(k));
        Shape old = g.getClip();
        g.clip(SurfaceLayer.area(t));
        if (r.memory() instanceof Memory.Velocity v) {
            double ex = PathLayer.clamp(t.sx(r.path().x(k) + v.coast().x()));
            double ey = PathLayer.clamp(t.sy(r.path().y(k) + v.coast().y()));
            if (Math.hypot(ex - x, ey - y) > 2) {
                Arrows.draw(g, x, y, ex, ey, 3, 11, r.color());
            }
        } else if (r.memory() instanceof Memory.Scaling s) {
            Vec2 eta = s.effectiveRate();
            double big = Math.max(eta.x(), eta.y());
            if (big > 0 && Double.isFinite(big)) {
                double rx = Math.max(3, GLYPH * eta.x() / big);
                double ry = Math.max(3, GLYPH * eta.y() / big);
                Ellipse2D e = new Ellipse2D.Double(x - rx, y - ry, 2 * rx, 2 * ry);
                g.setStroke(new BasicStroke(4.5f));
                g.setColor(PlotStyle.OUTLINE);
                g.draw(e);
                g.setStroke(new BasicStroke(2.5f));
                g.setColor(r.color());
                g.draw(e);
            }
        }
        g.setClip(old);
    }

    /** @return the memory as the caption's second line ("velocity |b| = 0.5"), or "" for none */
    public static String memoryText(Memory m) {
        if (m instanceof Memory.Velocity v) {
            return "velocity |b| = " + NumberText.significant(v.buffer().norm(), 3);
        }
        if (m instanceof Memory.Scaling s) {
            Vec2 eta = s.effectiveRate();
            return "α/(√v+ε) = (" + NumberText.significant(eta.x(), 3) + ", " + NumberText.significant(eta.y(), 3) + ")";
        }
        return "";
    }

    /**
     * What the runs mark with words, as an overlay painted after the plot's own labels: each diverged run's
     * "left the view" marker and label, then the selected run's update rule and memory beside its current
     * point; every label at the free place ({@link Placement}) among all that is on the plot, inside it.
     */
    public static Overlay labels(List<Run> runs) {
        return (g, t, occupied) -> {
            for (Run r : runs) {
                if (r.whole().size() > 0) {
                    PathLayer.paintExit(g, t, r.whole(), r.color(), occupied);
                }
            }
            for (Run r : runs) {
                if (r.selected() && r.path().size() > 0) {
                    paintCaption(g, t, r, occupied);
                }
            }
        };
    }

    /**
     * The selected run's caption: its update rule and memory in two lines, at the free place around its
     * current point (never cut at the plot's edge: a line too long for the plot is cut with "…").
     *
     * @return the box it took, or null when there is nothing to write
     */
    static Rectangle2D paintCaption(Graphics2D g, PlotTransform t, Run r, Occupancy occupied) {
        List<String> lines = new ArrayList<>();
        if (!r.caption().isEmpty()) {
            lines.add(r.caption());
        }
        String memory = memoryText(r.memory());
        if (!memory.isEmpty()) {
            lines.add(memory);
        }
        if (lines.isEmpty()) {
            return null;
        }
        Rectangle2D area = SurfaceLayer.area(t);
        double maxWidth = Math.max(20, area.getWidth() - 8);
        double w = 0;
        double lineH = 0;
        for (int i = 0; i < lines.size(); i++) {
            lines.set(i, fit(g, lines.get(i), maxWidth));
            Rectangle2D s = Labels.size(g, CAPTION, lines.get(i));
            w = Math.max(w, s.getWidth());
            lineH = s.getHeight();
        }
        double h = lineH * lines.size();
        int k = r.at();
        double x = PathLayer.clamp(t.sx(r.path().x(k)));
        double y = PathLayer.clamp(t.sy(r.path().y(k)));
        List<Rectangle2D> candidates = new ArrayList<>(Placement.around(x, y, w, h, 16));
        candidates.addAll(Placement.corners(area, w, h, 6));
        Rectangle2D box = Placement.bestBox(candidates, area, occupied);
        for (int i = 0; i < lines.size(); i++) {
            Labels.draw(g, CAPTION, lines.get(i), Color.WHITE,
                    new Rectangle2D.Double(box.getX(), box.getY() + i * lineH, w, lineH));
        }
        occupied.addLabel(box);
        return box;
    }

    /** @return text cut with "…" to at most width units in the caption's font */
    static String fit(Graphics2D g, String text, double width) {
        var m = Labels.metrics(g, CAPTION);
        if (m.stringWidth(text) + 2 * Labels.PAD <= width) {
            return text;
        }
        int n = text.length();
        while (n > 1 && m.stringWidth(text.substring(0, n) + "…") + 2 * Labels.PAD > width) {
            n--;
        }
        return text.substring(0, n) + "…";
    }

    /**
     * Marks what labels must avoid on the raced runs at their steps ({@link PathLayer#occupy}): their current
     * points and last steps, and the rest of their trails.
     */
    public static void occupy(Occupancy occupied, PlotTransform t, List<Run> runs) {
        for (Run r : runs) {
            if (r.path().size() > 0) {
                PathLayer.occupy(occupied, t, r.path(), r.at());
            }
        }
    }
}
