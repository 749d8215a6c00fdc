package org.gdlab.app.plot;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import org.gdlab.render.paint.BasinPicture;
import org.gdlab.render.paint.Occupancy;
import org.gdlab.render.paint.Overlay;
import org.gdlab.render.paint.PlotTransform;

/**
 * A canvas of the plot that shows one overlay under the paths ({@link PlotView#addOverlayLayer}), painted by
 * the one painter through FXGraphics2D, repainted when the overlay's inputs, the view, the size or the UI
 * scale change, once per pulse before its layout pass. What the overlay shows is taken from its {@link Overlay#frozen} copy (null: nothing now,
 * and a canvas already clear is not cleared again). A basin picture's pixels are drawn directly as a JavaFX
 * image, converted once per picture (FXGraphics2D would convert the BufferedImage on every repaint, a pan
 * repaints on every pulse), and without smoothing, so its cells stay sharp as in the exports; its wash is
 * painted by {@link BasinPicture#paintWash}. JavaFX thread only.
 */
final class OverlayCanvas extends Canvas {

    private final Overlay overlay;
    private final ObservableValue<PlotTransform> transform;
    private final DoubleProperty uiScale;
    private final CanvasGraphics graphics = new CanvasGraphics(this);
    private boolean blank = true;
    private boolean queued;
    private final Runnable onPulse = this::paintQueued;
    private BufferedImage converted;
    private WritableImage image;

    OverlayCanvas(Overlay overlay, ObservableValue<PlotTransform> transform, DoubleProperty uiScale, Observable... changes) {
        this.overlay = overlay;
        this.transform = transform;
        this.uiScale = uiScale;
        setId(overlay.name().replace(' ', '-') + "-layer");
        setVisible(false); // blank until its overlay shows something
        sceneProperty().addListener((o, before, now) -> {
            if (before != null) {
                before.removePreLayoutPulseListener(onPulse);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(onPulse);
                queued = false;
                queuePaint();
            }
        });
        for (Observable o : changes) {
            o.addListener(x -> queuePaint());
        }
        for (Observable o : new Observable[] {transform, widthProperty(), heightProperty(), uiScale}) {
            o.addListener(x -> queuePaint());
        }
    }

    /**
     * Paints once in the next pulse, before its layout pass (as the plot paints its own layers, so a mark
     * that follows the step is drawn in the same frame as the current point), for every change until then
     * (a map drawn row by row changes many times a pulse).
     */
    private void queuePaint() {
        if (!queued) {
            queued = true;
            if (getScene() != null) {
                javafx.application.Platform.requestNextPulse();
            }
        }
    }

    private void paintQueued() {
        if (queued) {
            queued = false;
            paint();
        }
    }

    /** Repaint now. */
    void paint() {
        Overlay now = overlay.frozen();
        PlotTransform t = PlotView.inPainterUnits(transform.getValue(), uiScale.get());
        if ((now == null || t == null) && blank) {
            return;
        }
        java.awt.Graphics2D g = graphics.cleared(uiScale.get());
        blank = now == null || t == null;
        // a clear canvas of the plot's size is still blended into every frame the plot's region is rendered in
        // (software rendering: per pixel and per layer): hidden, it costs nothing
        setVisible(!blank);
        if (blank) {
            return;
        }
        if (now instanceof BasinPicture b) {
            paintPicture(g, t, b);
        } else if (now instanceof org.gdlab.render.paint.BasinMapOverlay m && m.given() != null) {
            paintPicture(g, t, m.given()); // the window's own picture, not a map of another rectangle
        } else {
            now.paint(g, t, new Occupancy());
        }
    }

    private void paintPicture(java.awt.Graphics2D g, PlotTransform t, BasinPicture b) {
        b.paintWash(g, t);
        if (b.image() != converted) {
            converted = b.image();
            image = SwingFXUtils.toFXImage(converted, null);
        }
        // the context's transform is the graphics' (painter units → pixels), as the base layer's image relies on
        Rectangle2D area = org.gdlab.render.paint.SurfaceLayer.area(t);
        Rectangle2D r = b.bounds(t);
        GraphicsContext gc = getGraphicsContext2D();
        gc.save();
        gc.beginPath();
        gc.rect(area.getX(), area.getY(), area.getWidth(), area.getHeight());
        gc.clip();
        gc.setImageSmoothing(false);
        gc.drawImage(image, r.getX(), r.getY(), r.getWidth(), r.getHeight());
        gc.restore();
    }
}
