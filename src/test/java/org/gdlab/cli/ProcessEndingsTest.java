package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gdlab.core.lesson.Lessons;
import org.gdlab.core.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How gdlab ends as a process: a reader that closes the pipe ends a run at once with status 0, running out
 * of memory is one line and status 1, and a signal in the middle of an export leaves no temporary file.
 * (The waits are bounds against a hang, not timings: each condition is reached in a second or two.)
 */
class ProcessEndingsTest {

    private static final long BOUND_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void headOneEndsAHundredMillionStepRunWithStatusZeroAndNoMessage() throws Exception {
        Process p = ChildJvm.gdlab(List.of(), "run", "--function", "rosenbrock", "--lr", "0.0001", "--steps", "100000000",
                "--tol", "0").redirectError(dir.resolve("err.txt").toFile()).start();
        p.getOutputStream().close();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("step,x,y,cost,grad_x,grad_y,lr", out.readLine());
        } // closed: as `| head -1` does
        assertTrue(p.waitFor(BOUND_SECONDS, TimeUnit.SECONDS), "the run ends when its reader goes away");
        assertEquals(0, p.exitValue());
        assertEquals("", Files.readString(dir.resolve("err.txt")));
    }

    @Test
    void runningOutOfMemoryIsOneLineWithStatusOne() throws Exception {
        // a 3840×2160 picture needs 33 MB; the heap has 24 MB
        ChildJvm.Finished f = ChildJvm.run(List.of("-Xmx24m"), dir.resolve("out.txt"), "render", "--lesson", "lr-too-large",
                "--png", dir.resolve("big.png").toString(), "--width", "3840", "--height", "2160");
        assertEquals(1, f.status(), f.err());
        assertEquals(1, f.err().lines().count(), f.err());
        assertTrue(f.err().startsWith("gdlab render: internal error: out of memory"), f.err());
        assertFalse(Files.exists(dir.resolve("big.png")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("out.txt")), files.toList(), "no temporary file");
        }
    }

    @Test
    void aSignalDuringAGifExportLeavesNoTemporaryFile() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX signals");
        Path out = Files.createDirectory(dir.resolve("out"));
        Path scenario = dir.resolve("long.gdlab.json");
        ScenarioFiles.save(Lessons.byId("lr-too-small").scenario().withMaxSteps(100_000), scenario);
        Path gif = out.resolve("long.gif");
        Process p = ChildJvm.gdlab(List.of(), "render", "--scenario", scenario.toString(), "--gif", gif.toString(),
                "--width", "3840", "--height", "2160", "--frames", "1000")
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile()).start();
        long bound = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
        while (listing(out).isEmpty() && p.isAlive() && System.nanoTime() < bound) {
            Thread.sleep(20);
        }
        assertEquals(1, listing(out).size(), "the temporary file is being written: " + listing(out));
        assertTrue(listing(out).get(0).getFileName().toString().startsWith(".long.gif."));
        p.destroy(); // SIGTERM, as kill does (Ctrl+C's SIGINT takes the same shutdown path)
        assertTrue(p.waitFor(BOUND_SECONDS, TimeUnit.SECONDS));
        assertEquals(List.of(), listing(out));
    }

    private static List<Path> listing(Path d) throws Exception {
        try (Stream<Path> files = Files.list(d)) {
            return files.toList();
        }
    }
}
