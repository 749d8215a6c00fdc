package org.gdlab.render.paint;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Arrays;
import org.gdlab.core.contour.ContourPicture;

/**
 * A contour picture's colours with its level lines painted into them, at the resolution of the screen: what
 * the window's base layer shows of the surface, made on a background thread. The lines are the exports'
 * ({@link SurfaceLayer#paintLevelLines}, the same paths and colour), rasterised by Java2D into the pixels
 * instead of stroked by JavaFX at every repaint of the base: on the software pipeline the render thread
 * spent 30–50 ms stroking them whenever a dragged κ or θ brought a new picture, and the JavaFX thread several
 * more turning them into canvas commands, while a blit of one image costs a few.
 *
 * <p>Pixel (i, j) of the picture (row 0 at the top) is centred on grid point (i, ny − 1 − j), which
 * {@link SurfaceLayer#imageBounds} places on the screen: so a line through grid coordinates (c, r) goes
 * through the image point (c + ½, ny − ½ − r), and a line {@code w} screen pixels wide is {@code w} image
 * pixels wide divided by the screen pixels one grid step spans (1 when the picture has a grid point on
 * every pixel's centre, as the window's has).
 *
 * @param picture     the picture whose colours and level lines these are
 * @param argb        nx × ny premultiplied ARGB (JavaFX's INT_ARGB_PRE), row 0 at the top; immutable by contract
 * @param linePixels  the level lines' width in screen pixels (the painter's width times the UI scale)
 */
public record LevelLinePicture(ContourPicture picture, int[] argb, double linePixels) {

    /**
     * @param p          the picture
     * @param linePixels the level lines' width on the screen, in pixels ({@link PlotStyle#LEVEL_WIDTH} × UI scale)
     * @param screenPixelsPerCell how many screen pixels one grid step spans (1: a grid point per pixel)
     * @return the picture's colours with its level lines painted over them
     */
    public static LevelLinePicture of(ContourPicture p, double linePixels, double screenPixelsPerCell) {
        int nx = p.grid().nx();
        int ny = p.grid().ny();
        // every colour of a picture is opaque or transparent black: its ARGB is premultiplied as it is
        int[] pixels = Arrays.copyOf(p.argb(), nx * ny);
        DirectColorModel premultiplied = new DirectColorModel(java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_sRGB),
                32, 0x00ff0000, 0x0000ff00, 0x000000ff, 0xff000000, true, DataBufferInt.TYPE_INT);
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(pixels, pixels.length), nx, ny, nx,
                premultiplied.getMasks(), null);
        BufferedImage image = new BufferedImage(premultiplied, raster, true, null);
        // in horizontal bands, each on a core of the common pool with a graphics of its own clipped to its band
        // (the bands share no pixel): as many bands as the picture's own sampling uses cores
        int bands = Math.max(1, Math.min(ny / 64, java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1));
        java.util.stream.IntStream.range(0, bands).parallel().forEach(b -> {
            Graphics2D g = image.createGraphics();
            try {
                g.clipRect(0, ny * b / bands, nx, ny * (b + 1) / bands - ny * b / bands);
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                SurfaceLayer.paintLevelLines(g, p, new AffineTransform(1, 0, 0, -1, 0.5, ny - 0.5),
                        linePixels / screenPixelsPerCell);
            } finally {
                g.dispose();
            }
        });
        return new LevelLinePicture(p, pixels, linePixels);
    }
}
