package org.gdlab.render.paint;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.gdlab.core.surface.ViewRect;

/**
 * The basin map's picture over the colour map, as an {@link Overlay}: one cell per start of an nx × ny grid
 * over {@code view} (cell (i, j) centred on its start, row 0 at y = yMax), each start's colour saying where
 * its run ended. Under it the colour map is first washed out with a light grey ({@link #WASH} at
 * {@link #WASH_OPACITY}), so each basin reads as one hue instead of its colour tinted by the cost beneath
 * (the level lines still show faintly); the picture itself is laid over at {@code opacity}, cells kept sharp
 * (nearest neighbour). Clipped to the plot area. Immutable (the colours are copied), so it is its own
 * frozen copy.
 */
public final class BasinPicture implements Overlay {

    /** the light grey laid over the colour map under the picture */
    public static final Color WASH = new Color(235, 235, 235);
    /** its opacity */
    public static final double WASH_OPACITY = 0.78;

    private final ViewRect view;
    private final int nx;
    private final int ny;
    private final double opacity;
    private final BufferedImage image;

    /**
     * @param view    the rectangle whose grid of starts was computed
     * @param argb    nx × ny colours, 0xAARRGGBB, row 0 at the top; transparent where no start is computed (copied)
     * @param opacity the picture's opacity, 0 to 1
     */
    public BasinPicture(ViewRect view, int nx, int ny, int[] argb, double opacity) {
        if (nx < 2 || ny < 2 || argb.length != nx * ny) {
            throw new IllegalArgumentException("a basin picture needs at least 2 × 2 cells and nx · ny colours");
        }
        this.view = view;
        this.nx = nx;
        this.ny = ny;
        this.opacity = Math.max(0, Math.min(1, opacity));
        this.image = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_ARGB);
        int[] faded = new int[argb.length]; // the opacity in the pixels: an SVG keeps an image's alpha, not a composite
        for (int i = 0; i < argb.length; i++) {
            int a = (int) Math.round((argb[i] >>> 24) * this.opacity);
            faded[i] = a << 24 | argb[i] & 0xFFFFFF;
        }
        image.setRGB(0, 0, nx, ny, faded, 0, nx);
    }

    /** @return the picture's pixels (one per start, their alpha times the opacity), for the window to draw directly */
    public BufferedImage image() {
        return image;
    }

    /** @return the rectangle whose grid of starts the picture shows */
    public ViewRect view() {
        return view;
    }

    /** @return starts per row */
    public int nx() {
        return nx;
    }

    /** @return rows of starts */
    public int ny() {
        return ny;
    }

    /** @return the picture's opacity */
    public double opacity() {
        return opacity;
    }

    /** @return where the picture lies, in painter units: the starts' rectangle grown by half a cell each way */
    public Rectangle2D bounds(PlotTransform t) {
        double x0 = t.sx(view.xMin());
        double x1 = t.sx(view.xMax());
        double y0 = t.sy(view.yMax());
        double y1 = t.sy(view.yMin());
        double cw = (x1 - x0) / (nx - 1);
        double ch = (y1 - y0) / (ny - 1);
        return new Rectangle2D.Double(x0 - cw / 2, y0 - ch / 2, x1 - x0 + cw, y1 - y0 + ch);
    }

    /** The grey wash under the picture, clipped to the plot area. */
    public void paintWash(Graphics2D g, PlotTransform t) {
        Shape old = g.getClip();
        Composite c = g.getComposite();
        g.clip(SurfaceLayer.area(t));
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) WASH_OPACITY));
        g.setColor(WASH);
        g.fill(bounds(t));
        g.setComposite(c);
        g.setClip(old);
    }

    @Override
    public void paint(Graphics2D g, PlotTransform t, Occupancy occupied) {
        paintWash(g, t);
        Shape old = g.getClip();
        Composite c = g.getComposite();
        Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.clip(SurfaceLayer.area(t));
        g.setComposite(AlphaComposite.SrcOver);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        Rectangle2D b = bounds(t);
        java.awt.geom.AffineTransform at = new java.awt.geom.AffineTransform();
        at.translate(b.getX(), b.getY());
        at.scale(b.getWidth() / nx, b.getHeight() / ny);
        g.drawImage(image, at, null);
        if (interpolation != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
        g.setComposite(c);
        g.setClip(old);
    }

    @Override
    public String name() {
        return "basin map";
    }
}
