package org.gdlab.render.paint;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/** Draws an arrow with a dark outline so it reads over any colour. */
public final class Arrows {

    private Arrows() {
    }

    /** An arrow from (x0, y0) to (x1, y1) in painter units with a head of {@code head} units. */
    public static void draw(Graphics2D g, double x0, double y0, double x1, double y1, double width, double head, Color color) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len = Math.hypot(dx, dy);
        if (!(len > 0.5) || !Double.isFinite(len)) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        double h = Math.min(head, 0.6 * len + 4);
        double bx = x1 - ux * h;
        double by = y1 - uy * h;
        Path2D.Double tip = new Path2D.Double();
        tip.moveTo(x1, y1);
        tip.lineTo(bx - uy * h * 0.5, by + ux * h * 0.5);
        tip.lineTo(bx + uy * h * 0.5, by - ux * h * 0.5);
        tip.closePath();
        Line2D.Double shaft = new Line2D.Double(x0, y0, bx, by);
        g.setColor(PlotStyle.OUTLINE);
        g.setStroke(PlotStyle.round(width + 2.5));
        g.draw(shaft);
        g.draw(tip);
        g.setColor(color);
        g.setStroke(PlotStyle.round(width));
        g.draw(shaft);
        g.fill(tip);
    }
}
