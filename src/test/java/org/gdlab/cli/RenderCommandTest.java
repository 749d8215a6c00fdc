package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gdlab.core.lesson.Lessons;
import org.gdlab.core.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gdlab render} and {@code gdlab lessons}, headless, writing into a temporary directory. */
class RenderCommandTest {

    @TempDir
    Path dir;

    @Test
    void rendersALessonAsPngOfTheRequestedSize() throws Exception {
        Path png = dir.resolve("lesson.png");
        CliResult r = CliResult.run("render", "--lesson", "lr-too-large", "--png", png.toString(), "--width", "800", "--height", "450");
        assertEquals(0, r.status(), r.err());
        assertEquals("wrote " + png + " (PNG, 800×450)", r.out().strip());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(450, image.getHeight());
    }

    @Test
    void rendersAScenarioFileAsSvgGifAndCsvAtOnce() throws Exception {
        Path scenario = dir.resolve("s.gdlab.json");
        ScenarioFiles.save(Lessons.byId("saddle-point").scenario(), scenario);
        Path svg = dir.resolve("s.svg");
        Path gif = dir.resolve("s.gif");
        Path csv = dir.resolve("s.csv");
        CliResult r = CliResult.run("render", "--scenario", scenario.toString(), "--svg", svg.toString(),
                "--gif", gif.toString(), "--csv", csv.toString(), "--frames", "12", "--width", "320", "--height", "180");
        assertEquals(0, r.status(), r.err());
        assertEquals(3, r.outLines().size(), r.out());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertTrue(doc.getElementsByTagName("path").getLength() > 10);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            // 56 rows (55 steps) spread over about 12 frames: 5 steps per frame → steps 0, 5, ..., 55
            assertEquals(12, reader.getNumImages(true));
            assertEquals(320, reader.getWidth(0));
            reader.dispose();
        }
        List<String> lines = Files.readAllLines(csv);
        assertEquals("run,step,x,y,cost,grad_x,grad_y,lr", lines.get(0));
        assertEquals(1 + 56, lines.size());
    }

    @Test
    void badScenarioFileIsOneLineWithStatusTwo() throws Exception {
        Path scenario = dir.resolve("bad.json");
        Files.writeString(scenario, "{\"format\": \"gdlab-scenario\", \"version\": 9}");
        CliResult r = CliResult.run("render", "--scenario", scenario.toString(), "--png", dir.resolve("x.png").toString());
        assertEquals(2, r.status());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("gdlab render: cannot open " + scenario + ": the scenario was saved by a newer GD Lab"), r.err());
        assertTrue(Files.notExists(dir.resolve("x.png")));
    }

    @Test
    void unknownLessonNamesTheValidOnes() {
        CliResult r = CliResult.run("render", "--lesson", "nope", "--png", dir.resolve("x.png").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("gdlab render: unknown lesson 'nope'; valid: lr-too-small,"), r.err());
    }

    @Test
    void missingOutputAndTooLargeSizeAreBadInput() {
        CliResult none = CliResult.run("render", "--lesson", "saddle-point");
        assertEquals(2, none.status());
        assertTrue(none.err().contains("nothing to write"), none.err());
        CliResult big = CliResult.run("render", "--lesson", "saddle-point", "--png", dir.resolve("x.png").toString(), "--width", "5000");
        assertEquals(2, big.status());
        assertTrue(big.err().contains("3840"), big.err());
        CliResult both = CliResult.run("render", "--lesson", "saddle-point", "--scenario", "x.json", "--png", "x.png");
        assertEquals(2, both.status());
        CliResult noDir = CliResult.run("render", "--lesson", "saddle-point", "--png", dir.resolve("no/such/x.png").toString());
        assertEquals(2, noDir.status());
        assertTrue(noDir.err().contains("does not exist"), noDir.err());
    }

    @Test
    void lessonsListsEveryIdWithItsTitle() {
        CliResult r = CliResult.run("lessons");
        assertEquals(0, r.status(), r.err());
        assertEquals(Lessons.all().size(), r.outLines().size());
        assertTrue(r.outLines().get(1).matches("lr-too-large +Learning rate too large: divergence above 2/λmax"), r.outLines().get(1));
        for (String id : Lessons.ids()) {
            assertTrue(r.out().contains(id + " "), id);
        }
    }
}
