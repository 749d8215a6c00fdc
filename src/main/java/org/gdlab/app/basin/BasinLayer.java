package org.gdlab.app.basin;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.app.viewmodel.PlotViewModel;
import org.gdlab.core.basin.BasinSpec;
import org.gdlab.core.surface.ViewRect;

/**
 * The basin map over the contour plot: the view model's picture drawn semi-transparently where its
 * starts lie (one cell per start, centred on it), clipped to the plot area; its legend is an overlay of
 * the plot ({@link BasinLegend}), placed where it covers least. Under the picture the colour map is first washed out with
 * a light grey ({@link #WASH}), so each basin reads as one hue instead of its colour tinted by the cost
 * beneath (the level lines still show faintly). Repaints at most once per pulse when the map, the view or
 * the opacity change. Mouse-transparent: the plot's gestures go through.
 */
public final class BasinLayer extends Canvas {

    /** the light grey laid over the colour map under the basin picture */
    public static final Color WASH = Color.gray(0.92);
    /** its opacity */
    public static final double WASH_OPACITY = 0.78;

    private final BasinViewModel basin;
    private final PlotViewModel plot;
    private WritableImage image;
    private boolean queued;

    public BasinLayer(BasinViewModel basin, PlotViewModel plot) {
        this.basin = basin;
        this.plot = plot;
        setId("basinLayer");
        setMouseTransparent(true);
        for (Observable o : List.of(basin.revisionProperty(), basin.enabledProperty(), basin.opacityProperty(),
                plot.transformProperty(), widthProperty(), heightProperty())) {
            o.addListener(x -> queuePaint());
        }
    }

    private void queuePaint() {
        if (!queued) {
            queued = true;
            Platform.runLater(() -> {
                queued = false;
                paint();
            });
        }
    }

    /** Repaint now. */
    public void paint() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        BasinSpec spec = basin.spec();
        PlotTransform t = plot.transformProperty().get();
        if (!basin.enabledProperty().get() || spec == null || t == null) {
            return;
        }
        int nx = spec.nx();
        int ny = spec.ny();
        if (image == null || (int) image.getWidth() != nx || (int) image.getHeight() != ny) {
            image = new WritableImage(nx, ny);
        }
        image.getPixelWriter().setPixels(0, 0, nx, ny, PixelFormat.getIntArgbInstance(), basin.argb(), 0, nx);
        g.save();
        g.beginPath();
        g.rect(t.left(), t.top(), t.width(), t.height());
        g.clip();
        ViewRect v = spec.view();
        double x0 = t.sx(v.xMin());
        double x1 = t.sx(v.xMax());
        double y0 = t.sy(v.yMax());
        double y1 = t.sy(v.yMin());
        double cw = (x1 - x0) / (nx - 1);
        double ch = (y1 - y0) / (ny - 1);
        g.setGlobalAlpha(WASH_OPACITY);
        g.setFill(WASH);
        g.fillRect(x0 - cw / 2, y0 - ch / 2, x1 - x0 + cw, y1 - y0 + ch);
        g.setGlobalAlpha(basin.opacityProperty().get());
        g.setImageSmoothing(false);
        g.drawImage(image, x0 - cw / 2, y0 - ch / 2, x1 - x0 + cw, y1 - y0 + ch);
        g.setGlobalAlpha(1);
        g.restore();
    }

    /**
     * Puts the basin map on the plot: this layer (the picture) above the base, and its legend
     * ({@link BasinLegend}) as an overlay placed in the least busy corner.
     */
    public static void install(BasinViewModel basin, org.gdlab.app.plot.PlotView plot, PlotViewModel vm) {
        plot.addLayer(new BasinLayer(basin, vm));
        plot.addOverlay(new BasinLegend(basin), basin.revisionProperty(), basin.enabledProperty(), basin.legendProperty(),
                basin.summaryProperty());
    }
}
