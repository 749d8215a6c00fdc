package org.gdlab.render.paint;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.gdlab.core.contour.ContourPicture;
import org.gdlab.core.contour.Isoline;
import org.gdlab.core.contour.ScalarGrid;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.StationaryPoint;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.ViewRect;

/**
 * The surface's layer inside the plot area: the colour map (the picture's colours as an image whose pixel
 * centres sit on the grid points), the level lines (grid coordinates → world → screen), the known minima
 * as crosses and the optional gradient field. Stateless; every method paints inside the plot area only.
 */
public final class SurfaceLayer {

    private SurfaceLayer() {
    }

    /** @return the plot area as a rectangle */
    public static Rectangle2D area(PlotTransform t) {
        return new Rectangle2D.Double(t.left(), t.top(), t.width(), t.height());
    }

    /**
     * @return where the picture's nx × ny image goes: its grid's view on screen, widened by half a cell on
     *     each side (grid points sit at pixel centres)
     */
    public static Rectangle2D imageBounds(PlotTransform t, ContourPicture picture) {
        ViewRect v = picture.grid().view();
        double x0 = t.sx(v.xMin());
        double x1 = t.sx(v.xMax());
        double y0 = t.sy(v.yMax());
        double y1 = t.sy(v.yMin());
        double cw = (x1 - x0) / Math.max(1, picture.grid().nx() - 1);
        double ch = (y1 - y0) / Math.max(1, picture.grid().ny() - 1);
        return new Rectangle2D.Double(x0 - cw / 2, y0 - ch / 2, x1 - x0 + cw, y1 - y0 + ch);
    }

    /** @return the picture's colours as an image (row 0 at the top) */
    public static BufferedImage image(ContourPicture p) {
        int nx = p.grid().nx();
        int ny = p.grid().ny();
        BufferedImage img = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, nx, ny, p.argb(), 0, nx);
        return img;
    }

    /**
     * The colour map and the level lines. The window draws the colour map itself (as a JavaFX image, at
     * {@link #imageBounds}) and calls {@link #paintLevelLines}; an export calls this.
     *
     * @param image the picture as {@link #image} made it, or null for the grey of an undefined surface only
     */
    public static void paintPicture(Graphics2D g, PlotTransform t, ContourPicture picture, BufferedImage image) {
        Shape old = g.getClip();
        g.clip(area(t));
        g.setColor(PlotStyle.UNDEFINED);
        g.fill(area(t));
        if (picture != null && image != null) {
            Rectangle2D b = imageBounds(t, picture);
            g.drawImage(image, new AffineTransform(b.getWidth() / image.getWidth(), 0, 0, b.getHeight() / image.getHeight(),
                    b.getX(), b.getY()), null);
            paintLevelLines(g, t, picture);
        }
        g.setClip(old);
    }

    /** The level lines, white and faint, one path per level. */
    public static void paintLevelLines(Graphics2D g, PlotTransform t, ContourPicture p) {
        ScalarGrid grid = p.grid();
        ViewRect v = grid.view();
        double dx = v.width() / (grid.nx() - 1);
        double dy = v.height() / (grid.ny() - 1);
        // grid coordinates (column, row from the bottom) → screen: affine, as the transform is
        double x0 = t.sx(v.xMin());
        double y0 = t.sy(v.yMin());
        Shape old = g.getClip();
        g.clip(area(t));
        paintLevelLines(g, p, new AffineTransform(t.sx(v.xMin() + dx) - x0, 0, 0, t.sy(v.yMin() + dy) - y0, x0, y0),
                PlotStyle.LEVEL_WIDTH);
        g.setClip(old);
    }

    /**
     * The level lines through {@code gridToDevice} (grid coordinates: column, row counted from the bottom),
     * stroked {@code width} wide in the graphics' own units: one path per level, white and faint. The window
     * paints them into the picture's pixels ({@link LevelLinePicture}), the exports on their page.
     */
    static void paintLevelLines(Graphics2D g, ContourPicture p, AffineTransform gridToDevice, double width) {
        g.setColor(PlotStyle.LEVEL);
        g.setStroke(PlotStyle.round(width));
        double[] pt = new double[2];
        for (Isoline iso : p.isolines()) {
            Path2D.Double path = new Path2D.Double();
            for (double[] line : iso.polylines()) {
                for (int k = 0; k + 1 < line.length; k += 2) {
                    gridToDevice.transform(line, k, pt, 0, 1);
                    if (k == 0) {
                        path.moveTo(pt[0], pt[1]);
                    } else {
                        path.lineTo(pt[0], pt[1]);
                    }
                }
            }
            g.draw(path);
        }
    }

    /** The known minima as white crosses (a global minimum's larger), each marked as occupied. */
    public static void paintMinima(Graphics2D g, PlotTransform t, List<StationaryPoint> points, Occupancy occupied) {
        Shape old = g.getClip();
        g.clip(area(t));
        for (StationaryPoint sp : points) {
            if (!sp.kind().isMinimum()) {
                continue;
            }
            double x = t.sx(sp.at().x());
            double y = t.sy(sp.at().y());
            double r = sp.kind() == StationaryPoint.Kind.GLOBAL_MINIMUM ? 8 : 6;
            Line2D a = new Line2D.Double(x - r, y - r, x + r, y + r);
            Line2D b = new Line2D.Double(x - r, y + r, x + r, y - r);
            g.setStroke(PlotStyle.round(4.5));
            g.setColor(PlotStyle.OUTLINE);
            g.draw(a);
            g.draw(b);
            g.setStroke(PlotStyle.round(2.2));
            g.setColor(PlotStyle.MINIMUM);
            g.draw(a);
            g.draw(b);
            if (occupied != null) {
                occupied.addPoint(x, y, r + 2, Occupancy.SOFT);
            }
        }
        g.setClip(old);
    }

    /** −∇C on a grid of cells 48 units apart, its length growing with √|∇C| so weak slopes stay visible. */
    public static void paintGradientField(Graphics2D g, PlotTransform t, Surface s) {
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
                double ax = -grad.x() * t.scaleX(); // −∇C in screen units (screen y points down)
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
        Shape old = g.getClip();
        g.clip(area(t));
        for (int j = 0; j <= rows; j++) {
            for (int i = 0; i <= cols; i++) {
                int idx = j * (cols + 1) + i;
                double n = Math.hypot(gx[idx], gy[idx]);
                if (!(n > 0)) {
                    continue;
                }
                double len = 8 + 26 * Math.sqrt(n / max);
                double sx = t.left() + (i + 0.5) * spacing;
                double sy = t.top() + (j + 0.5) * spacing;
                Arrows.draw(g, sx - gx[idx] / n * len / 2, sy - gy[idx] / n * len / 2,
                        sx + gx[idx] / n * len / 2, sy + gy[idx] / n * len / 2, 1.4, 7, PlotStyle.FIELD);
            }
        }
        g.setClip(old);
    }
}
