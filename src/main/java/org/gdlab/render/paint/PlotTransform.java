package org.gdlab.render.paint;

import org.gdlab.core.surface.ViewRect;

/**
 * The affine map between the parameter plane and the pixels of the plot area: an immutable value.
 *
 * <pre>
 *   sx = left + (x - xMin) / (xMax - xMin) · width
 *   sy = top  + (yMax - y) / (yMax - yMin) · height      (screen y grows downwards)
 * </pre>
 * With equal aspect (the default) one world unit has the same length in pixels on both axes, so the
 * gradient is drawn perpendicular to the level lines; the requested rectangle is then widened about its
 * centre along one axis until it has the aspect ratio of the plot area.
 *
 * @param visible the world rectangle that exactly fills the plot area
 * @param left    the plot area's left edge in pixels
 * @param top     the plot area's top edge in pixels
 * @param width   the plot area's width in pixels (&gt; 0)
 * @param height  the plot area's height in pixels (&gt; 0)
 */
public record PlotTransform(ViewRect visible, double left, double top, double width, double height) {

    /**
     * @param requested   the world rectangle that must be visible
     * @param equalAspect true: widen it about its centre so both axes share a scale; false: stretch to fill
     * @return the transform of a plot area at (left, top) of the given size (at least 1 pixel each way)
     */
    public static PlotTransform fit(ViewRect requested, double left, double top, double width, double height,
            boolean equalAspect) {
        double w = Math.max(1, width);
        double h = Math.max(1, height);
        ViewRect v = requested;
        if (equalAspect) {
            double unitsPerPixel = Math.max(requested.width() / w, requested.height() / h);
            double hw = 0.5 * unitsPerPixel * w;
            double hh = 0.5 * unitsPerPixel * h;
            v = new ViewRect(requested.centerX() - hw, requested.centerX() + hw,
                    requested.centerY() - hh, requested.centerY() + hh);
        }
        return new PlotTransform(v, left, top, w, h);
    }

    /** @return the screen x of world x */
    public double sx(double x) {
        return left + (x - visible.xMin()) / visible.width() * width;
    }

    /** @return the screen y of world y */
    public double sy(double y) {
        return top + (visible.yMax() - y) / visible.height() * height;
    }

    /** @return the world x under screen x */
    public double worldX(double sx) {
        return visible.xMin() + (sx - left) / width * visible.width();
    }

    /** @return the world y under screen y */
    public double worldY(double sy) {
        return visible.yMax() - (sy - top) / height * visible.height();
    }

    /** @return pixels per world unit along x */
    public double scaleX() {
        return width / visible.width();
    }

    /** @return pixels per world unit along y */
    public double scaleY() {
        return height / visible.height();
    }

    /** @return true when the screen point lies in the plot area */
    public boolean containsScreen(double sx, double sy) {
        return sx >= left && sx <= left + width && sy >= top && sy <= top + height;
    }

    /**
     * Zoom about a screen point: the world point under it stays under it.
     *
     * @param factor &gt; 1 zooms in, &lt; 1 zooms out
     * @return the new visible rectangle
     */
    public ViewRect zoomedAbout(double sx, double sy, double factor) {
        double px = worldX(sx);
        double py = worldY(sy);
        return new ViewRect(px + (visible.xMin() - px) / factor, px + (visible.xMax() - px) / factor,
                py + (visible.yMin() - py) / factor, py + (visible.yMax() - py) / factor);
    }

    /**
     * Pan by a mouse movement: the content follows the mouse.
     *
     * @return the new visible rectangle after the content moved by (dx, dy) pixels
     */
    public ViewRect pannedBy(double dxPixels, double dyPixels) {
        double dx = -dxPixels / scaleX();
        double dy = dyPixels / scaleY();
        return new ViewRect(visible.xMin() + dx, visible.xMax() + dx, visible.yMin() + dy, visible.yMax() + dy);
    }
}
