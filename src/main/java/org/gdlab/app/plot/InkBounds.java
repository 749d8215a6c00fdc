package org.gdlab.app.plot;

import java.awt.Color;
import java.awt.Image;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import javafx.scene.canvas.Canvas;
import org.jfree.fx.FXGraphics2D;

/**
 * A Graphics2D that draws nothing and keeps the box of device pixels everything drawn on it would touch: the
 * union of each stroked outline ({@code getStroke().createStrokedShape}), filled shape and string (its
 * logical bounds in FXGraphics2D's metrics, the ones the window's text is drawn with), each through the
 * transform at the time, widened by {@link #PAD} for antialiasing. Painting once on it tells how large a
 * canvas a painter's output needs (the plot's still marks: see {@link PlotView#paintOverlay}).
 *
 * <p>It measures as FXGraphics2D does (same fonts and metrics: a label placed by its text's width lands
 * where it will on the canvas), so the painter makes the same choices on it. What it cannot bound (images,
 * attributed strings, glyph vectors, area copies and clears) makes the box {@link #unbounded}: the caller then
 * uses the whole area. The clip is ignored, which only makes the box larger. Written here because neither
 * Java2D nor FXGraphics2D reports what a sequence of drawing calls covers. Mutable, one thread.
 */
final class InkBounds extends FXGraphics2D {

    /** device pixels added on every side of what is drawn: antialiased edges reach about a pixel beyond */
    static final double PAD = 2;

    private final Canvas canvas;
    private double minX;
    private double minY;
    private double maxX;
    private double maxY;
    private boolean unbounded;

    InkBounds() {
        this(new Canvas(1, 1));
    }

    private InkBounds(Canvas canvas) {
        super(canvas.getGraphicsContext2D());
        this.canvas = canvas;
        setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        reset(1);
    }

    /** @return this, with nothing drawn, the clip removed and the transform the scale s (device = user × s) */
    InkBounds reset(double s) {
        minX = minY = Double.POSITIVE_INFINITY;
        maxX = maxY = Double.NEGATIVE_INFINITY;
        unbounded = false;
        setClip(null);
        // the colours, strokes and clips set while measuring are commands on the unseen canvas: a clear that
        // covers it drops them, so they do not pile up (as CanvasGraphics.cleared)
        setTransform(new AffineTransform());
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        setTransform(AffineTransform.getScaleInstance(s, s));
        return this;
    }

    /** @return whether something was drawn that this cannot bound (then {@link #box} means nothing) */
    boolean unbounded() {
        return unbounded;
    }

    /** @return {minX, minY, maxX, maxY} in device pixels of all drawn since {@link #reset}, or null when nothing was */
    double[] box() {
        return minX <= maxX ? new double[] {minX, minY, maxX, maxY} : null;
    }

    private void add(Rectangle2D user) {
        Rectangle2D d = getTransform().createTransformedShape(user).getBounds2D();
        if (!Double.isFinite(d.getMinX()) || !Double.isFinite(d.getMinY()) || !Double.isFinite(d.getMaxX())
                || !Double.isFinite(d.getMaxY())) {
            unbounded = true; // a shape at infinity covers what the clip lets through: the whole area
            return;
        }
        minX = Math.min(minX, d.getMinX() - PAD);
        minY = Math.min(minY, d.getMinY() - PAD);
        maxX = Math.max(maxX, d.getMaxX() + PAD);
        maxY = Math.max(maxY, d.getMaxY() + PAD);
    }

    @Override
    public void draw(Shape s) {
        add(getStroke().createStrokedShape(s).getBounds2D());
    }

    @Override
    public void fill(Shape s) {
        add(s.getBounds2D());
    }

    @Override
    public void drawString(String str, float x, float y) {
        Rectangle2D r = getFontMetrics().getStringBounds(str, this);
        add(new Rectangle2D.Double(x + r.getX(), y + r.getY(), r.getWidth(), r.getHeight()));
    }

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void drawRect(int x, int y, int width, int height) {
        draw(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        draw(new RoundRectangle2D.Double(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        fill(new RoundRectangle2D.Double(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        draw(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        draw(new Arc2D.Double(x, y, width, height, startAngle, arcAngle, Arc2D.OPEN));
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        fill(new Arc2D.Double(x, y, width, height, startAngle, arcAngle, Arc2D.PIE));
    }

    @Override
    public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
        if (nPoints > 0) {
            Path2D.Double p = new Path2D.Double();
            p.moveTo(xPoints[0], yPoints[0]);
            for (int i = 1; i < nPoints; i++) {
                p.lineTo(xPoints[i], yPoints[i]);
            }
            draw(p);
        }
    }

    @Override
    public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        draw(new Polygon(xPoints, yPoints, nPoints));
    }

    @Override
    public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        fill(new Polygon(xPoints, yPoints, nPoints));
    }

    @Override
    public void drawPolygon(Polygon p) {
        draw(p);
    }

    @Override
    public void fillPolygon(Polygon p) {
        fill(p);
    }

    @Override
    public void draw3DRect(int x, int y, int width, int height, boolean raised) {
        draw(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void fill3DRect(int x, int y, int width, int height, boolean raised) {
        fill(new Rectangle2D.Double(x, y, width, height));
    }

    // what is not bounded here: the caller takes the whole area

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        unbounded = true;
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        unbounded = true;
    }

    @Override
    public void drawChars(char[] data, int offset, int length, int x, int y) {
        drawString(new String(data, offset, length), x, y);
    }

    @Override
    public void drawBytes(byte[] data, int offset, int length, int x, int y) {
        unbounded = true;
    }

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        unbounded = true;
    }

    @Override
    public void clearRect(int x, int y, int width, int height) {
        unbounded = true;
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        unbounded = true;
    }

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        unbounded = true;
        return true;
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        unbounded = true;
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        unbounded = true;
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        unbounded = true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        unbounded = true;
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        unbounded = true;
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
        unbounded = true;
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
        unbounded = true;
        return true;
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            ImageObserver observer) {
        unbounded = true;
        return true;
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            Color bgcolor, ImageObserver observer) {
        unbounded = true;
        return true;
    }
}
