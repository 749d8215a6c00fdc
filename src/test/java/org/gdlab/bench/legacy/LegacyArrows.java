package org.gdlab.bench.legacy;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Draws an arrow with a dark outline so it reads over any colour. */
class LegacyArrows {

    private LegacyArrows() {
    }

    /** An arrow from (x0, y0) to (x1, y1) in screen pixels with a head of {@code head} pixels. */
    static void draw(GraphicsContext g, double x0, double y0, double x1, double y1, double width, double head, Color color) {
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
        double[] xs = {x1, bx - uy * h * 0.5, bx + uy * h * 0.5};
        double[] ys = {y1, by + ux * h * 0.5, by - ux * h * 0.5};
        g.setLineCap(javafx.scene.shape.StrokeLineCap.ROUND);
        g.setStroke(LegacyStyle.OUTLINE);
        g.setLineWidth(width + 2.5);
        g.strokeLine(x0, y0, bx, by);
        g.strokePolygon(xs, ys, 3);
        g.setStroke(color);
        g.setLineWidth(width);
        g.strokeLine(x0, y0, bx, by);
        g.setFill(color);
        g.fillPolygon(xs, ys, 3);
    }
}
