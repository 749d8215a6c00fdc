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
        assertEquals(List.of("gdlab render: give one of --scenario FILE or --lesson ID, not both"), both.errLines());
        CliResult neither = CliResult.run("render", "--png", "x.png");
        assertEquals(List.of("gdlab render: give one of --scenario FILE or --lesson ID"), neither.errLines());
        CliResult noDir = CliResult.run("render", "--lesson", "saddle-point", "--png", dir.resolve("no/such/x.png").toString());
        assertEquals(2, noDir.status());
        assertTrue(noDir.err().contains("does not exist"), noDir.err());
    }

    private Path scenarioFile(String name, String surface, double x, double y) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "{\"format\": \"gdlab-scenario\", \"version\": 1, \"surface\": " + surface
                + ", \"view\": {\"x_min\": -2, \"x_max\": 2, \"y_min\": -2, \"y_max\": 2}, \"start\": {\"x\": " + x
                + ", \"y\": " + y + "}, \"max_steps\": 50, \"runs\": [{\"optimizer\": \"gd\", \"learning_rate\": 0.1}],"
                + " \"level_count\": 10}");
        return file;
    }

    @Test
    void aStartWhoseCostIsNotFiniteRendersTheExplanationInsteadOfFailing() throws Exception {
        Path scenario = scenarioFile("sqrt.gdlab.json", "{\"formula\": \"sqrt(x)\"}", -1, 0);
        Path png = dir.resolve("sqrt.png");
        Path svg = dir.resolve("sqrt.svg");
        Path gif = dir.resolve("sqrt.gif");
        Path csv = dir.resolve("sqrt.csv");
        CliResult r = CliResult.run("render", "--scenario", scenario.toString(), "--png", png.toString(), "--svg", svg.toString(),
                "--gif", gif.toString(), "--csv", csv.toString(), "--width", "640", "--height", "360");
        assertEquals(0, r.status(), r.err());
        String why = "diverged at step 0: the start itself cannot be used (the cost is undefined (NaN) at step 0)";
        assertEquals(List.of("run 1 (Gradient descent, α = 0.1) " + why), r.errLines());
        assertEquals(640, ImageIO.read(png.toFile()).getWidth());
        assertTrue(Files.readString(svg).contains(why.substring(0, 40)), "the legend says why");
        assertTrue(Files.size(gif) > 0);
        assertEquals(List.of("run,step,x,y,cost,grad_x,grad_y,lr"), Files.readAllLines(csv));
    }

    @Test
    void aStartBeyondTheEscapeBoundRendersTooAndSaysWhy() throws Exception {
        Path scenario = scenarioFile("far.gdlab.json", "{\"id\": \"sphere\"}", 1e300, 0);
        Path png = dir.resolve("far.png");
        CliResult r = CliResult.run("render", "--scenario", scenario.toString(), "--png", png.toString(), "--width", "320", "--height", "180");
        assertEquals(0, r.status(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("diverged at step 0: the start itself cannot be used (the iterate left |w|"), r.err());
        assertTrue(Files.exists(png));
    }

    @Test
    void aBadOutputPathWritesNoneOfTheFiles() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "a file");
        Path png = dir.resolve("ok.png");
        CliResult r = CliResult.run("render", "--lesson", "saddle-point", "--png", png.toString(),
                "--csv", notes.resolve("paths.csv").toString());
        assertEquals(2, r.status());
        assertEquals(List.of("gdlab render: cannot write " + notes.resolve("paths.csv") + ": " + notes + " is not a directory"),
                r.errLines());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(notes), files.toList());
        }
    }

    @Test
    void anEmptyOrDirectoryOutputIsRefusedInPlainWords() {
        CliResult empty = CliResult.run("render", "--lesson", "saddle-point", "--png", "");
        assertEquals(2, empty.status());
        assertEquals(List.of("gdlab render: cannot write '': an output needs a file name"), empty.errLines());
        CliResult directory = CliResult.run("render", "--lesson", "saddle-point", "--svg", dir.toString());
        assertEquals(2, directory.status());
        assertEquals(List.of("gdlab render: cannot write " + dir + ": it is a directory"), directory.errLines());
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
