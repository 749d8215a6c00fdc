package org.gdlab.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gdlab.core.scenario.AtomicFiles;
import org.jfree.svg.SVGGraphics2D;

/**
 * The plot as SVG (JFreeSVG): level lines, axes and paths are vector {@code <path>} elements, text is text,
 * and the filled colour map and the colour bar are embedded PNG images.
 */
public final class SvgExport {

    private SvgExport() {
    }

    /** @return the SVG document of the plot at the given size (in SVG user units = pixels) */
    public static String document(PlotRenderer renderer, ExportSize size) {
        SVGGraphics2D g = new SVGGraphics2D(size.width(), size.height());
        renderer.paint(g, size.width(), size.height());
        // JFreeSVG adds the SVG 1.0 DOCTYPE, which makes XML parsers fetch the DTD from w3.org; SVG 1.1 and 2
        // recommend none, so it is dropped
        String doc = g.getSVGDocument().replaceFirst("<!DOCTYPE svg[^>]*>\\s*", "");
        return doc.replaceFirst("^<\\?xml version=\"1.0\"\\?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>") + "\n";
    }

    /** Writes the plot as an SVG file, atomically. */
    public static void write(PlotRenderer renderer, ExportSize size, Path file) throws IOException {
        AtomicFiles.write(file, content(renderer, size));
    }

    /** @return the SVG file's content (drawn when written), for {@link AtomicFiles#stage} */
    public static AtomicFiles.Content content(PlotRenderer renderer, ExportSize size) {
        return out -> out.write(document(renderer, size).getBytes(StandardCharsets.UTF_8));
    }
}
