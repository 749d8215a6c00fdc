package org.gdlab.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.gdlab.app.ShellFixture;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.render.ExportSize;
import org.gdlab.render.PlotRenderer;
import org.gdlab.render.paint.PlotTransform;

/**
 * A PNG exported through the window's export service (as File ▸ Export PNG does), read back with the
 * transform of its plot area, so that tests can read the colour at a world point.
 *
 * @param image the exported picture
 * @param t     its plot area's transform
 */
record ExportedPng(BufferedImage image, PlotTransform t) {

    /** @return the red, green and blue at world point (x, y) */
    int[] at(double x, double y) {
        return rgb(image.getRGB((int) Math.round(t.sx(x)), (int) Math.round(t.sy(y))));
    }

    /** @return the red, green and blue of a packed colour */
    static int[] rgb(int v) {
        return new int[] {v >> 16 & 255, v >> 8 & 255, v & 255};
    }

    /** Exports the window's plot at the size into dir/name.png, waits for the file and reads it back. */
    static ExportedPng export(ShellFixture ui, Path dir, ExportSize size, String name) throws Exception {
        Path file = dir.resolve(name + ".png");
        Files.deleteIfExists(file);
        ShellFixture.fx(() -> ui.shell.exports().startPng(size, file));
        ui.idle();
        assertEquals(file, ShellFixture.fx(() -> ui.shell.exports().writtenProperty().get()), "written");
        BufferedImage image = ImageIO.read(file.toFile());
        Scenario s = ShellFixture.fx(() -> ui.shell.exports().snapshot());
        PlotRenderer r = ShellFixture.fx(() -> ui.shell.exports().look().renderer(s));
        Graphics2D g = image.createGraphics();
        Rectangle2D area = r.plotArea(g, size.width(), size.height());
        g.dispose();
        return new ExportedPng(image, PlotTransform.fit(s.view(), area.getX(), area.getY(), area.getWidth(), area.getHeight(), true));
    }
}
