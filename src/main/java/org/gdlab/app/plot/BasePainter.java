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
 * theme's paper, the colour map drawn directly as the cached JavaFX image (handing a BufferedImage to
 * FXGraphics2D would convert it pixel by pixel on every repaint), then through the one painter the level
 * lines, the gradient field, the minima, the axes and the colour bar. Stateless.
 */
public final class BasePainter {

    private BasePainter() {
    }

    /**
     * @param u     the UI scale (painter units → pixels)
     * @param t     the transform in painter units, or null before the first layout
     * @param image the picture's colours as {@link PlotView#toImage} made them, or null
     */
    public static void paint(CanvasGraphics cg, Canvas canvas, double u, PlotTransform t, ContourPicture p, Image image,
            ColorMap map, Surface surface, boolean gradientField, PlotTheme theme) {
        Graphics2D g = cg.cleared(u);
        FrameLayer.paintPaper(g, canvas.getWidth() / u, canvas.getHeight() / u, theme);
        if (t == null) {
            return;
        }
        Rectangle2D area = SurfaceLayer.area(t);
        g.setColor(PlotStyle.UNDEFINED);
        g.fill(area);
        if (p != null && image != null) {
            GraphicsContext gc = canvas.getGraphicsContext2D();
            Rectangle2D b = SurfaceLayer.imageBounds(t, p);
            gc.save();
            gc.beginPath();
            gc.rect(area.getX(), area.getY(), area.getWidth(), area.getHeight());
            gc.clip();
            gc.setImageSmoothing(true);
            gc.drawImage(image, b.getX(), b.getY(), b.getWidth(), b.getHeight());
            gc.restore();
            SurfaceLayer.paintLevelLines(g, t, p);
        }
        if (gradientField && surface != null) {
            SurfaceLayer.paintGradientField(g, t, surface);
        }
        if (surface != null) {
            SurfaceLayer.paintMinima(g, t, surface.description().knownPoints(), null);
        }
        java.util.List<String> names = org.gdlab.core.data.DataCost.axisNames(surface);
        FrameLayer.paintAxes(g, t, theme, names.get(0), names.get(1));
        if (p != null) {
            FrameLayer.paintColorBar(g, t, p, map, theme, org.gdlab.core.explain.CostLetter.of(surface));
        }
    }
}
