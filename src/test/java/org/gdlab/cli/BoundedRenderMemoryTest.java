package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.scenario.ScenarioFiles;
import org.gdlab.core.scenario.ScenarioRun;
import org.gdlab.core.scenario.SurfaceSpec;
import org.gdlab.core.sim.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A picture needs a bounded number of points per run, whatever the step count: the largest scenario a file
 * may hold (16 runs × 10⁶ steps, none converging) renders as PNG, SVG and GIF in a JVM with a 256 MB heap
 * (the whole paths alone would take 1 GB).
 */
class BoundedRenderMemoryTest {

    @TempDir
    Path dir;

    @Test
    void sixteenRunsOfAMillionStepsRenderWithinA256MegabyteHeap() throws Exception {
        Scenario base = Scenario.of(SurfaceSpec.Builtin.of("rosenbrock"));
        RunConfig first = base.runs().get(0).config().withTolerance(0).withMaxSteps(Scenario.MAX_STEPS);
        Object[][] rules = {{OptimizerKind.GD, 0.001}, {OptimizerKind.MOMENTUM, 0.001}, {OptimizerKind.ADAM, 0.01},
                {OptimizerKind.RMSPROP, 0.01}, {OptimizerKind.NESTEROV, 0.001}, {OptimizerKind.ADAGRAD, 0.1},
                {OptimizerKind.NORMALIZED, 0.01}, {OptimizerKind.GD, 0.0001}};
        List<ScenarioRun> runs = new ArrayList<>();
        for (int i = 0; i < Scenario.MAX_RUNS; i++) {
            Object[] rule = rules[i % rules.length];
            RunConfig c = first.withOptimizerDefaults((OptimizerKind) rule[0]).withLearningRate((double) rule[1])
                    .withNoise(i < rules.length ? 0 : 0.5).withSeed(i);
            runs.add(ScenarioRun.of(c));
        }
        Path scenario = dir.resolve("largest.gdlab.json");
        ScenarioFiles.save(base.withRuns(runs), scenario);
        Path png = dir.resolve("largest.png");
        Path svg = dir.resolve("largest.svg");
        Path gif = dir.resolve("largest.gif");

        ChildJvm.Finished f = ChildJvm.run(List.of("-Xmx256m"), dir.resolve("stdout.txt"), "render",
                "--scenario", scenario.toString(), "--png", png.toString(), "--svg", svg.toString(),
                "--gif", gif.toString(), "--width", "480", "--height", "270", "--frames", "4");

        assertEquals(0, f.status(), f.err());
        assertEquals("", f.err());
        assertEquals(3, Files.readAllLines(dir.resolve("stdout.txt")).size());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(480, image.getWidth());
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(4, reader.getNumImages(true));
            reader.dispose();
        }
    }
}
