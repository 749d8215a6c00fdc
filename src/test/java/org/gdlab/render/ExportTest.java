package org.gdlab.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gdlab.core.lesson.Lessons;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Exports decode with standard readers: PNG and GIF with ImageIO, SVG with a DOM parser, CSV by hand. */
class ExportTest {

    @TempDir
    Path dir;

    private static PlotRenderer zigzag;

    @BeforeAll
    static void render() {
        zigzag = new PlotRenderer(Lessons.byId("zigzag-momentum").scenario());
    }

    @Test
    void pngHasTheRequestedSize() throws IOException {
        Path file = dir.resolve("plot.png");
        PngExport.write(zigzag, new ExportSize(640, 360), file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(640, image.getWidth());
        assertEquals(360, image.getHeight());
    }

    @Test
    void pngUpTo4kIsIndependentOfAnyWindow() throws IOException {
        Path file = dir.resolve("big.png");
        PngExport.write(zigzag, new ExportSize(3840, 2160), file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(3840, image.getWidth());
        assertEquals(2160, image.getHeight());
    }

    @Test
    void pngShowsTheColourMapAndTheRunColours() {
        BufferedImage image = PngExport.image(zigzag, ExportSize.HD);
        int raced = 0;
        int nonGrey = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (Math.abs(r - 0xD5) < 12 && Math.abs(g - 0x5E) < 12 && b < 20) {
                    raced++; // the raced momentum run's colour, the race palette's first: vermillion #D55E00
                }
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
                    nonGrey++;
                }
            }
        }
        assertTrue(raced > 50, "the raced run is drawn in the window's colour: " + raced);
        assertTrue(nonGrey > image.getWidth() * image.getHeight() / 4 / 5, "the colour map fills the plot: " + nonGrey);
    }

    @Test
    void sizeOutsideTheLimitsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ExportSize(3841, 100));
        assertTrue(e.getMessage().contains("16 to 3840 wide and 16 to 2160 high, got 3841×100"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ExportSize(100, 2161));
        assertThrows(IllegalArgumentException.class, () -> new ExportSize(15, 100));
    }

    @Test
    void svgParsesAndHasLevelLinesAndPathsAsVectorPaths() throws Exception {
        Path file = dir.resolve("plot.svg");
        SvgExport.write(zigzag, ExportSize.HD, file);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        Element svg = doc.getDocumentElement();
        assertEquals("svg", svg.getLocalName());
        NodeList paths = doc.getElementsByTagNameNS("*", "path");
        // 20 level lines + 2 runs × (halo + line) + axes and arrows: many paths
        assertTrue(paths.getLength() >= 20 + 4, "paths: " + paths.getLength());
        assertTrue(doc.getElementsByTagNameNS("*", "image").getLength() >= 1, "the colour map is an embedded image");
        assertTrue(Files.readString(file).contains("Zig-zag in a narrow valley"), "the title is text");
    }

    @Test
    void gifHasOneFrameEveryNStepsTheRequestedSizeAndLoops() throws Exception {
        Path file = dir.resolve("descent.gif");
        GifOptions options = new GifOptions(new ExportSize(320, 180), 10, 50, 1000);
        List<int[]> progress = new ArrayList<>();
        GifExport.write(zigzag, options, file, (done, total) -> progress.add(new int[] {done, total}), () -> false);
        // 101 rows (steps 0..100, GD's run; momentum converges earlier): frames at steps 0, 10, ..., 100
        int expected = 11;
        assertEquals(GifExport.frameSteps(101, 10), List.of(0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100));
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(expected, reader.getNumImages(true));
            assertEquals(320, reader.getWidth(0));
            assertEquals(180, reader.getHeight(0));
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode app = (IIOMetadataNode) root.getElementsByTagName("ApplicationExtension").item(0);
            assertEquals("NETSCAPE", app.getAttribute("applicationID"));
            assertArrayEquals(new byte[] {1, 0, 0}, (byte[]) app.getUserObject());
            IIOMetadataNode gce = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
            assertEquals("5", gce.getAttribute("delayTime"));
            reader.dispose();
        }
        assertEquals(expected, progress.size());
        assertArrayEquals(new int[] {expected, expected}, progress.get(expected - 1));
    }

    @Test
    void cancelledGifLeavesNoFileAndKeepsAnOldOne() throws Exception {
        Path file = dir.resolve("descent.gif");
        Files.writeString(file, "old");
        AtomicInteger frames = new AtomicInteger();
        GifOptions options = new GifOptions(new ExportSize(160, 90), 5, 50, 1000);
        assertThrows(CancellationException.class, () -> GifExport.write(zigzag, options, file,
                (done, total) -> frames.set(done), () -> frames.get() >= 3));
        assertEquals(3, frames.get());
        assertEquals("old", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void csvHasTheRunColumnThenTheCommandLinesColumnsAndEveryRow() throws IOException {
        Path file = dir.resolve("paths.csv");
        Scenario scenario = zigzag.scenario();
        long rows = PathCsv.write(scenario, file);
        List<String> lines = Files.readAllLines(file);
        assertEquals("run,step,x,y,cost,grad_x,grad_y,lr", lines.get(0));
        Trajectory first = Simulation.run(scenario.runs().get(0).config());
        Trajectory t = Simulation.run(scenario.runs().get(1).config());
        assertEquals(first.size() + t.size(), rows);
        assertEquals(1 + rows, lines.size());
        String[] firstRow = lines.get(1).split(",");
        assertEquals("0", firstRow[0]);
        assertEquals("0", firstRow[1]);
        assertEquals(first.x(0), Double.parseDouble(firstRow[2]), 0.0); // printed exactly
        String[] secondRunLast = lines.get(lines.size() - 1).split(",");
        assertEquals("1", secondRunLast[0]);
        assertEquals(t.size() - 1, Integer.parseInt(secondRunLast[1]));
        assertEquals(t.cost(t.size() - 1), Double.parseDouble(secondRunLast[4]), 0.0);
        assertEquals(t.learningRate(t.size() - 1), Double.parseDouble(secondRunLast[7]), 0.0);
    }

    @Test
    void everyLessonRendersWithoutError() {
        for (var lesson : Lessons.all()) {
            BufferedImage image = PngExport.image(new PlotRenderer(lesson.scenario()), new ExportSize(480, 270));
            assertFalse(image.getRGB(240, 135) == 0xffffffff && image.getRGB(200, 120) == 0xffffffff, lesson.id());
        }
    }
}
