package org.gdlab.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.gdlab.core.scenario.AtomicFiles;

/** The plot as a PNG of a chosen size, independent of any window. */
public final class PngExport {

    private PngExport() {
    }

    /** @return the whole plot painted into a new RGB image of the given size */
    public static BufferedImage image(PlotRenderer renderer, ExportSize size) {
        BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            renderer.paint(g, size.width(), size.height());
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the plot as a PNG file, atomically. */
    public static void write(PlotRenderer renderer, ExportSize size, Path file) throws IOException {
        AtomicFiles.write(file, content(renderer, size));
    }

    /** @return the PNG file's content (painted when written), for {@link AtomicFiles#stage} */
    public static AtomicFiles.Content content(PlotRenderer renderer, ExportSize size) {
        return out -> {
            if (!ImageIO.write(image(renderer, size), "png", out)) {
                throw new IOException("no PNG writer in this Java runtime");
            }
        };
    }
}
