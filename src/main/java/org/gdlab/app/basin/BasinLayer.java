package org.gdlab.app.basin;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.app.viewmodel.PlotViewModel;
import org.gdlab.core.math.NumberText;
import org.gdlab.core.basin.BasinSpec;
import org.gdlab.core.surface.ViewRect;

/**
 * The basin map over the contour plot: the view model's picture drawn semi-transparently where its
 * starts lie (one cell per start, centred on it), clipped to the plot area, with the legend (colour,
 * class, share) in the plot's top-left corner. Under the picture the colour map is first washed out with
 * a light grey ({@link #WASH}), so each basin reads as one hue instead of its colour tinted by the cost
 * beneath (the level lines still show faintly). Repaints at most once per pulse when the map, the view or
 * the opacity change. Mouse-transparent: the plot's gestures go through.
 */
public final class BasinLayer extends Canvas {

    private static final Font TITLE = Font.font("System", FontWeight.BOLD, 15);
    private static final Font TEXT = Font.font("System", 14);
    private static final double ROW = 22;
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
                basin.legendProperty(), basin.summaryProperty(), plot.transformProperty(), widthProperty(), heightProperty())) {
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
        legend(g, t);
    }

    private void legend(GraphicsContext g, PlotTransform t) {
        List<LegendEntry> entries = basin.legendProperty().get();
        String title = "Basin map · " + basin.summaryProperty().get();
        double x = t.left() + 10;
        double y = t.top() + 10;
        double w = Math.min(t.width() - 20, Math.max(300, 8.2 * title.length()));
        double h = 12 + ROW * (entries.size() + 1);
        g.setFill(Color.rgb(255, 255, 255, 0.9));
        g.fillRoundRect(x, y, w, h, 10, 10);
        g.setStroke(Color.rgb(33, 33, 33));
        g.setLineWidth(1);
        g.strokeRoundRect(x, y, w, h, 10, 10);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(Color.rgb(33, 33, 33));
        g.setFont(TITLE);
        g.fillText(title, x + 10, y + 6 + ROW / 2, w - 20);
        g.setFont(TEXT);
        double row = y + 6 + ROW;
        for (LegendEntry e : entries) {
            int c = e.argb();
            g.setFill(Color.rgb((c >> 16) & 255, (c >> 8) & 255, c & 255));
            g.fillRect(x + 10, row + 3, 16, 16);
            g.setStroke(Color.rgb(33, 33, 33));
            g.strokeRect(x + 10, row + 3, 16, 16);
            g.setFill(Color.rgb(33, 33, 33));
            String share = Double.isNaN(e.share()) ? "" : NumberText.fixed(100 * e.share(), 1) + " %";
            g.fillText(e.label(), x + 34, row + ROW / 2, w - 110);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(share, x + w - 10, row + ROW / 2);
            g.setTextAlign(TextAlignment.LEFT);
            row += ROW;
        }
    }
}
