package org.gdlab.app.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.contour.ContourPicture;
import org.gdlab.core.surface.Surface;
import org.gdlab.render.paint.FrameLayer;
import org.gdlab.render.paint.PlotStyle;
import org.gdlab.render.paint.PlotTheme;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.render.paint.SurfaceLayer;

/**
 * The window's base layer, repainted only when the surface, the view, the theme or the size change: the
 * colour map drawn directly as the cached JavaFX image (handing a BufferedImage to FXGraphics2D would
 * convert it pixel by pixel on every repaint), with its level lines painted into its pixels on a background
 * thread when the picture has a pixel per grid point ({@link org.gdlab.render.paint.LevelLinePicture}; else
 * they are drawn over it here, through the one painter), then through the one painter the gradient field
 * and the minima, the theme's paper around the plot area, the axes and the colour bar. What lies in
 * the plot area is drawn without its clip and cut by the paper painted around it afterwards: on a canvas
 * every shape drawn under a clip is blended through a mask of the canvas's whole size, and the level lines
 * alone are a shape per level (a new surface cost about 38 ms of rendering at 1600×1000 with the clips).
 * Stateless.
 */
public final class BasePainter {

    private BasePainter() {
    }

    /**
     * @param u     the UI scale (painter units → pixels)
     * @param t     the transform in painter units, or null before the first layout
     * @param image the picture's colours as {@link PlotView#toImage} made them, or null
     * @param linesInImage the image holds the level lines already ({@link org.gdlab.render.paint.LevelLinePicture})
     */
    public static void paint(CanvasGraphics cg, Canvas canvas, double u, PlotTransform t, ContourPicture p, Image image,
            boolean linesInImage, ColorMap map, Surface surface, boolean gradientField, PlotTheme theme) {
        Graphics2D g = cg.cleared(u);
        double w = canvas.getWidth() / u;
        double h = canvas.getHeight() / u;
        if (t == null) {
            FrameLayer.paintPaper(g, w, h, theme);
            return;
        }
        Rectangle2D area = SurfaceLayer.area(t);
        // what lies in the plot area first, unclipped: the paper painted around the area afterwards cuts it
        // (a clip would cost a full-size blend for every shape drawn under it)
        cg.coverOutside(new Rectangle2D.Double(area.getX() * u, area.getY() * u, area.getWidth() * u, area.getHeight() * u));
        g.setColor(PlotStyle.UNDEFINED);
        g.fill(area);
        if (p != null && image != null) {
            GraphicsContext gc = canvas.getGraphicsContext2D();
            Rectangle2D b = SurfaceLayer.imageBounds(t, p);
            gc.setImageSmoothing(true);
            // a grid point on every pixel's centre: the image lies on whole pixels at its own size, up to rounding
            // errors far below a pixel, which would still make the software pipeline resample it (about 20 ms)
            double x = b.getX() * u;
            double y = b.getY() * u;
            if (Math.abs(b.getWidth() * u - image.getWidth()) < 1e-6 && Math.abs(b.getHeight() * u - image.getHeight()) < 1e-6
                    && Math.abs(x - Math.rint(x)) < 1e-6 && Math.abs(y - Math.rint(y)) < 1e-6) {
                gc.drawImage(image, Math.rint(x) / u, Math.rint(y) / u, image.getWidth() / u, image.getHeight() / u);
            } else {
                gc.drawImage(image, b.getX(), b.getY(), b.getWidth(), b.getHeight());
            }
            if (!linesInImage) {
                SurfaceLayer.paintLevelLines(g, t, p);
            }
        }
        if (gradientField && surface != null) {
            SurfaceLayer.paintGradientField(g, t, surface);
        }
        if (surface != null) {
            SurfaceLayer.paintMinima(g, t, surface.description().knownPoints(), null);
        }
        cg.coverOutside(null);
        paintPaperAround(g, area, w, h, theme);
        java.util.List<String> names = org.gdlab.core.data.DataCost.axisNames(surface);
        FrameLayer.paintAxes(g, t, theme, names.get(0), names.get(1));
        if (p != null) {
            FrameLayer.paintColorBar(g, t, p, map, theme, org.gdlab.core.explain.CostLetter.of(surface));
        }
    }

    /** The theme's paper over everything outside the plot area (w × h, painter units): above, below, left, right. */
    private static void paintPaperAround(Graphics2D g, Rectangle2D area, double w, double h, PlotTheme theme) {
        g.setColor(theme.paper());
        g.fill(new Rectangle2D.Double(0, 0, w, area.getMinY()));
        g.fill(new Rectangle2D.Double(0, area.getMaxY(), w, Math.max(0, h - area.getMaxY())));
        // the sides' full height: a corner pixel half in the top strip and half in a side is covered whole
        g.fill(new Rectangle2D.Double(0, 0, area.getMinX(), h));
        g.fill(new Rectangle2D.Double(area.getMaxX(), 0, Math.max(0, w - area.getMaxX()), h));
    }
}
