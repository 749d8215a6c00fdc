package org.gdlab.app.plot;

import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.jfree.fx.FXGraphics2D;

/**
 * The one painter's {@link java.awt.Graphics2D} on a canvas (FXGraphics2D: each shape becomes the
 * GraphicsContext's path calls, each string its text). Made once per canvas; each paint begins with a
 * cleared canvas and the transform set to the UI scale. Shapes are drawn where the painter puts them
 * (stroke control "pure": FXGraphics2D would otherwise snap lines and rectangles to half pixels, which an
 * export does not). Mutable, JavaFX thread only.
 */
public final class CanvasGraphics {

    private final Canvas canvas;
    private final NoNeedlessClip g;

    public CanvasGraphics(Canvas canvas) {
        this.canvas = canvas;
        this.g = new NoNeedlessClip(canvas);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    /** @return the canvas's graphics for a canvas at pixel (x, y) of the plot (see {@link #clearedAt}); nothing cleared */
    public FXGraphics2D at(double s, double x, double y) {
        g.setClip(null);
        g.setTransform(new AffineTransform(s, 0, 0, s, -x, -y));
        return g;
    }

    /** @return the canvas's graphics with the transform reset to scale s, the clip removed; nothing cleared */
    public FXGraphics2D at(double s) {
        g.setClip(null);
        g.setTransform(AffineTransform.getScaleInstance(s, s));
        return g;
    }

    /**
     * @return the canvas's graphics for a canvas whose top left corner lies at pixel (x, y) of the plot: the
     *     transform maps the plot's painter units (scale s) onto it; the whole canvas cleared, the clip removed
     */
    public FXGraphics2D clearedAt(double s, double x, double y) {
        cleared(1);
        g.setTransform(new AffineTransform(s, 0, 0, s, -x, -y));
        return g;
    }

    /**
     * From now until the next call, a rectangular clip holding {@code area} (pixels) is left out: the caller
     * paints everything outside {@code area} over afterwards with an opaque fill (the base layer's paper
     * around the plot area), which cuts what the clip would have cut. Null: clips are kept again.
     */
    public void coverOutside(java.awt.geom.Rectangle2D area) {
        g.covered = area;
    }

    /** @return {@link #at} after clearing the whole canvas */
    public FXGraphics2D cleared(double s) {
        g.setClip(null);
        g.setTransform(new AffineTransform());
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        return at(s);
    }

    /**
     * FXGraphics2D that leaves out a rectangular clip holding the whole canvas (the painters clip to the plot
     * area, which holds the path's canvases), or holding the area the caller covers the outside of
     * ({@link #coverOutside}): a canvas renders everything drawn under a clip through a mask of its whole
     * size (a blend per shape: the level lines, one path per level, cost a full-size blend each in the
     * software pipeline), and such a clip cuts nothing that stays seen. Up to half a pixel at the edges may
     * be drawn where the clip would have cut it.
     */
    private static final class NoNeedlessClip extends FXGraphics2D {

        private final Canvas canvas;
        private java.awt.geom.Rectangle2D covered;

        NoNeedlessClip(Canvas canvas) {
            super(canvas.getGraphicsContext2D());
            this.canvas = canvas;
        }

        @Override
        public void setClip(java.awt.Shape shape) {
            if (shape instanceof java.awt.geom.Rectangle2D r && getTransform().getShearX() == 0 && getTransform().getShearY() == 0) {
                java.awt.geom.Rectangle2D d = getTransform().createTransformedShape(r).getBounds2D();
                if (d.getMinX() <= 0.5 && d.getMinY() <= 0.5 && d.getMaxX() >= canvas.getWidth() - 0.5
                        && d.getMaxY() >= canvas.getHeight() - 0.5 || covered != null && d.getMinX() <= covered.getMinX() + 0.5
                        && d.getMinY() <= covered.getMinY() + 0.5 && d.getMaxX() >= covered.getMaxX() - 0.5
                        && d.getMaxY() >= covered.getMaxY() - 0.5) {
                    super.setClip(null);
                    return;
                }
            }
            super.setClip(shape);
        }
    }
}
