package org.gdlab.bench.legacy;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.text.TextAlignment;
import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.contour.ColorScale;
import org.gdlab.core.contour.ContourPicture;
import org.gdlab.core.contour.Isoline;
import org.gdlab.core.contour.ScalarGrid;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.StationaryPoint;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.ViewRect;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.render.paint.ViewExit;

/**
 * Paints the base layer: the colour-map image, the level lines (grid coordinates → world → screen),
 * known minima, the optional gradient field, the axes with ticks and the colour bar. Stateless.
 */
public final class LegacySurfacePainter {

    /** width of the colour bar in pixels */
    static final double BAR_WIDTH = 22;

    private LegacySurfacePainter() {
    }

    /**
     * Paint everything of the base layer onto {@code g} (canvas of size w × h).
     *
     * @param image the picture's colour map as an image (nx × ny, row 0 at the top), or null
     */
    public static void paint(GraphicsContext g, double w, double h, PlotTransform t, ContourPicture picture,
            Image image, ColorMap map, Surface surface, boolean gradientField) {
        paint(g, w, h, t, picture, image, map, surface, gradientField, LegacyStyle.BACKGROUND, LegacyStyle.AXIS);
    }

    /**
     * The same on a background of the window's theme.
     *
     * @param paper the colour around the plot area (behind the tick labels and the colour bar)
     * @param ink the colour of the axes, ticks, their labels and the colour bar's frame and labels
     */
    public static void paint(GraphicsContext g, double w, double h, PlotTransform t, ContourPicture picture,
            Image image, ColorMap map, Surface surface, boolean gradientField, javafx.scene.paint.Color paper,
            javafx.scene.paint.Color ink) {
        g.setFill(paper);
        g.fillRect(0, 0, w, h);
        g.save();
        g.beginPath();
        g.rect(t.left(), t.top(), t.width(), t.height());
        g.clip();
        g.setFill(javafx.scene.paint.Color.rgb(60, 60, 60));
        g.fillRect(t.left(), t.top(), t.width(), t.height());
        if (picture != null && image != null) {
            ViewRect v = picture.grid().view();
            double x0 = t.sx(v.xMin());
            double x1 = t.sx(v.xMax());
            double y0 = t.sy(v.yMax());
            double y1 = t.sy(v.yMin());
            g.setImageSmoothing(true);
            // grid points sit at pixel centres: widen by half a cell on each side
            double cw = (x1 - x0) / Math.max(1, image.getWidth() - 1);
            double ch = (y1 - y0) / Math.max(1, image.getHeight() - 1);
            g.drawImage(image, x0 - cw / 2, y0 - ch / 2, x1 - x0 + cw, y1 - y0 + ch);
            levelLines(g, t, picture);
        }
        if (gradientField && surface != null) {
            gradientField(g, t, surface);
        }
        if (surface != null) {
            minima(g, t, surface.description().knownPoints());
        }
        g.restore();
        axes(g, t, ink);
        if (picture != null) {
            colorBar(g, t, picture, map, ink);
        }
    }

    private static void levelLines(GraphicsContext g, PlotTransform t, ContourPicture p) {
        ScalarGrid grid = p.grid();
        ViewRect v = grid.view();
        double dx = v.width() / (grid.nx() - 1);
        double dy = v.height() / (grid.ny() - 1);
        g.setStroke(LegacyStyle.LEVEL);
        g.setLineWidth(1.3);
        for (Isoline iso : p.isolines()) {
            g.beginPath();
            for (double[] line : iso.polylines()) {
                for (int k = 0; k + 1 < line.length; k += 2) {
                    double sx = t.sx(v.xMin() + line[k] * dx);
                    double sy = t.sy(v.yMin() + line[k + 1] * dy);
                    if (k == 0) {
                        g.moveTo(sx, sy);
                    } else {
                        g.lineTo(sx, sy);
                    }
                }
            }
            g.stroke();
        }
    }

    private static void minima(GraphicsContext g, PlotTransform t, List<StationaryPoint> points) {
        for (StationaryPoint sp : points) {
            if (!sp.kind().isMinimum()) {
                continue;
            }
            double x = t.sx(sp.at().x());
            double y = t.sy(sp.at().y());
            double r = sp.kind() == StationaryPoint.Kind.GLOBAL_MINIMUM ? 8 : 6;
            g.setLineWidth(4.5);
            g.setStroke(LegacyStyle.OUTLINE);
            g.strokeLine(x - r, y - r, x + r, y + r);
            g.strokeLine(x - r, y + r, x + r, y - r);
            g.setLineWidth(2.2);
            g.setStroke(LegacyStyle.MINIMUM);
            g.strokeLine(x - r, y - r, x + r, y + r);
            g.strokeLine(x - r, y + r, x + r, y - r);
        }
    }

    private static void gradientField(GraphicsContext g, PlotTransform t, Surface s) {
        double spacing = 48;
        int cols = (int) (t.width() / spacing);
        int rows = (int) (t.height() / spacing);
        double[] gx = new double[(cols + 1) * (rows + 1)];
        double[] gy = new double[gx.length];
        double max = 0;
        for (int j = 0; j <= rows; j++) {
            for (int i = 0; i <= cols; i++) {
                double sx = t.left() + (i + 0.5) * spacing;
                double sy = t.top() + (j + 0.5) * spacing;
                Vec2 grad = s.gradient(t.worldX(sx), t.worldY(sy));
                // -∇C in screen units (screen y points down)
                double ax = -grad.x() * t.scaleX();
                double ay = grad.y() * t.scaleY();
                int idx = j * (cols + 1) + i;
                if (Double.isFinite(ax) && Double.isFinite(ay)) {
                    gx[idx] = ax;
                    gy[idx] = ay;
                    max = Math.max(max, Math.hypot(ax, ay));
                }
            }
        }
        if (!(max > 0)) {
            return;
        }
        for (int j = 0; j <= rows; j++) {
            for (int i = 0; i <= cols; i++) {
                int idx = j * (cols + 1) + i;
                double n = Math.hypot(gx[idx], gy[idx]);
                if (!(n > 0)) {
                    continue;
                }
                // length grows with the square root of |∇C| so weak slopes stay visible
                double len = 8 + 26 * Math.sqrt(n / max);
                double sx = t.left() + (i + 0.5) * spacing;
                double sy = t.top() + (j + 0.5) * spacing;
                LegacyArrows.draw(g, sx - gx[idx] / n * len / 2, sy - gy[idx] / n * len / 2,
                        sx + gx[idx] / n * len / 2, sy + gy[idx] / n * len / 2, 1.4, 7, LegacyStyle.FIELD);
            }
        }
    }

    private static void axes(GraphicsContext g, PlotTransform t, javafx.scene.paint.Color ink) {
        ViewRect v = t.visible();
        g.setStroke(ink);
        g.setLineWidth(1.2);
        g.strokeRect(t.left(), t.top(), t.width(), t.height());
        g.setFill(ink);
        g.setFont(LegacyStyle.LABEL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double x : org.gdlab.render.paint.Ticks.of(v.xMin(), v.xMax(), Math.max(2, (int) (t.width() / 90)))) {
            double sx = t.sx(x);
            g.strokeLine(sx, t.top() + t.height(), sx, t.top() + t.height() + 6);
            g.fillText(org.gdlab.render.paint.Ticks.label(x), sx, t.top() + t.height() + 8);
        }
        g.fillText("x", t.left() + t.width() / 2, t.top() + t.height() + 26);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double y : org.gdlab.render.paint.Ticks.of(v.yMin(), v.yMax(), Math.max(2, (int) (t.height() / 70)))) {
            double sy = t.sy(y);
            g.strokeLine(t.left() - 6, sy, t.left(), sy);
            g.fillText(org.gdlab.render.paint.Ticks.label(y), t.left() - 9, sy);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("y", 6, t.top() + t.height() / 2);
    }

    private static void colorBar(GraphicsContext g, PlotTransform t, ContourPicture p, ColorMap map, javafx.scene.paint.Color ink) {
        double x = t.left() + t.width() + 16;
        double top = t.top();
        double hgt = t.height();
        for (int i = 0; i < (int) hgt; i++) {
            double frac = 1 - i / Math.max(1, hgt - 1);
            int argb = map.argb(frac);
            g.setFill(javafx.scene.paint.Color.rgb((argb >> 16) & 255, (argb >> 8) & 255, argb & 255));
            g.fillRect(x, top + i, BAR_WIDTH, 1.5);
        }
        g.setStroke(ink);
        g.setLineWidth(1);
        g.strokeRect(x, top, BAR_WIDTH, hgt);
        g.setFill(ink);
        g.setFont(LegacyStyle.LABEL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        ColorScale scale = new ColorScale(p.colorMin(), p.colorMax(), p.spacing());
        for (double level : p.levels()) {
            double sy = top + (1 - Math.max(0, Math.min(1, scale.toUnit(level)))) * hgt;
            g.strokeLine(x, sy, x + 5, sy);
        }
        int labels = Math.max(2, (int) (hgt / 60));
        double[] values = new double[labels + 1];
        for (int i = 0; i <= labels; i++) {
            values[i] = scale.fromUnit((double) i / labels);
        }
        String[] texts = org.gdlab.render.paint.Ticks.distinctLabels(values); // crowded log levels get the digits that tell them apart
        for (int i = 0; i <= labels; i++) {
            double sy = top + (1 - (double) i / labels) * hgt;
            g.strokeLine(x + BAR_WIDTH, sy, x + BAR_WIDTH + 5, sy);
            g.fillText(texts[i], x + BAR_WIDTH + 8, sy);
        }
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("C", x + 4, top - 1);
    }
}
