package org.gdlab.app.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * The charts side by side in one image, drawn by JFreeChart itself at the requested size (independent of
 * the window). Draw on the JavaFX thread, where the charts' data changes; encoding the image can then run
 * on any thread.
 */
public final class ChartImage {

    private ChartImage() {
    }

    /** @return an opaque image of {@code width × height} with the charts in equal columns */
    public static BufferedImage draw(List<JFreeChart> charts, int width, int height) {
        if (charts.isEmpty() || width < charts.size() || height < 1) {
            throw new IllegalArgumentException("need at least one pixel per chart, got " + width + "×" + height);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            double w = (double) width / charts.size();
            for (int i = 0; i < charts.size(); i++) {
                charts.get(i).draw(g, new Rectangle2D.Double(i * w, 0, w, height));
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
