package org.gdlab.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javafx.stage.Stage;
import org.gdlab.app.ShellFixture;
import org.gdlab.core.lesson.Lessons;
import org.gdlab.render.ExportProgress;
import org.gdlab.render.ExportSize;
import org.gdlab.render.PathCsv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Export of what is on screen, headless: sizes independent of the window, a cancelled GIF leaves no file, a failure is said. */
@ExtendWith(ApplicationExtension.class)
class ExportServiceTest {

    @TempDir
    static Path dir;

    private ShellFixture ui;

    @Start
    void start(Stage stage) {
        ui = new ShellFixture(stage, dir.resolve("config"));
    }

    @AfterEach
    void stop() {
        ShellFixture.fx(() -> ui.view.dispose());
    }

    @Test
    void pngIsWrittenAtTheChosenSizeNotTheWindows() throws Exception {
        ui.idle();
        ShellFixture.fx(() -> ui.shell.lessons().open("himmelblau-basins"));
        ui.idle();
        Path file = dir.resolve("plot.png");
        ExportSize size = new ExportSize(1920, 1080);
        var scenario = ShellFixture.fx(() -> ui.shell.exports().snapshot()); // read on the JavaFX thread
        ExportService.png(scenario, size, file); // written off it, as the menu does
        BufferedImage img = ImageIO.read(file.toFile());
        assertNotNull(img, "a decodable PNG");
        assertEquals(1920, img.getWidth());
        assertEquals(1080, img.getHeight());
    }

    @Test
    void csvHasTheHeaderAndOneBlockPerRun() throws Exception {
        ui.idle();
        ShellFixture.fx(() -> ui.shell.lessons().open("lr-too-large"));
        ui.idle();
        var scenario = ShellFixture.fx(() -> ui.shell.exports().snapshot());
        Path file = dir.resolve("paths.csv");
        ExportService.csv(scenario, file);
        List<String> lines = Files.readAllLines(file);
        assertEquals(PathCsv.HEADER, lines.get(0));
        assertEquals(scenario.runs().size(), lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().count());
    }

    @Test
    void cancellingTheGifLeavesNoFile() throws Exception {
        ui.idle();
        ShellFixture.fx(() -> ui.shell.lessons().open(Lessons.all().get(0).id()));
        ui.idle();
        Path gifDir = Files.createDirectories(dir.resolve("gif"));
        Path file = gifDir.resolve("descent.gif");
        AtomicInteger frames = new AtomicInteger();
        // cancel from the first frame's progress report, on the JavaFX thread, and wait until that is done:
        // the job must stop before writing the second
        ExportProgress cancelAfterFirst = (done, total) -> {
            frames.incrementAndGet();
            ShellFixture.fx(() -> ui.shell.exports().cancel());
        };
        ShellFixture.fx(() -> ui.shell.exports().startGif(new GifSettings(new ExportSize(320, 180), 50, 80), file,
                cancelAfterFirst));
        ui.idle();
        assertEquals(1, frames.get(), "no frame after the cancel");
        assertNull(ShellFixture.fx(() -> ui.shell.exports().writtenProperty().get()), "nothing was written");
        assertEquals("", ShellFixture.fx(() -> ui.vm.statusProperty().get()), "a cancel is no failure");
        assertFalse(Files.exists(file), "no GIF");
        try (Stream<Path> left = Files.list(gifDir)) {
            assertEquals(List.of(), left.toList(), "no temporary file either");
        }
    }

    @Test
    void theProgressWindowShowsProgressAndItsCancelButtonLeavesNoFile(org.testfx.api.FxRobot robot) throws Exception {
        ui.idle();
        Path gifDir = Files.createDirectories(dir.resolve("gif-ui"));
        Path file = gifDir.resolve("descent.gif");
        java.util.concurrent.CountDownLatch clicked = new java.util.concurrent.CountDownLatch(1);
        // the first frame waits until Cancel was clicked, so the click lands in the middle of the export
        ExportProgress holdFirstFrame = (done, total) -> {
            try {
                clicked.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ShellFixture.fx(() -> {
            ui.shell.exports().startGif(new GifSettings(new ExportSize(320, 180), 50, 80), file, holdFirstFrame);
            ExportDialogs.showProgress(ui.view.getScene().getWindow(), "Export GIF", "Writing descent.gif…",
                    ui.shell.exports(), true);
        });
        javafx.scene.control.ProgressBar bar = robot.lookup("#export-progress").queryAs(javafx.scene.control.ProgressBar.class);
        org.testfx.util.WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> bar.getProgress() > 0);
        robot.clickOn("#export-cancel");
        clicked.countDown();
        ui.idle();
        assertNull(ShellFixture.fx(() -> ui.shell.exports().writtenProperty().get()), "cancelled");
        assertFalse(Files.exists(file), "no GIF");
        try (Stream<Path> left = Files.list(gifDir)) {
            assertEquals(List.of(), left.toList(), "no temporary file either");
        }
        assertTrue(robot.lookup("#export-cancel").tryQuery().isEmpty(), "the progress window closed");
    }

    @Test
    void anUncancelledGifHasItsFramesAtTheChosenSize() throws Exception {
        ui.idle();
        Path file = dir.resolve("whole.gif");
        ShellFixture.fx(() -> ui.shell.exports().startGif(new GifSettings(new ExportSize(320, 180), 6, 80), file,
                ExportProgress.NONE));
        ui.idle();
        assertEquals(file, ShellFixture.fx(() -> ui.shell.exports().writtenProperty().get()));
        var reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (var in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            assertTrue(reader.getNumImages(true) >= 2 && reader.getNumImages(true) <= 7, "about 6 frames");
            assertEquals(320, reader.read(0).getWidth());
            assertEquals(180, reader.read(0).getHeight());
        } finally {
            reader.dispose();
        }
    }

    @Test
    void aFailedExportIsSaidInTheStatusLine(org.testfx.api.FxRobot robot) throws Exception {
        ui.idle();
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        Path file = notAFolder.resolve("plot.png");
        ShellFixture.fx(() -> ui.shell.exports().startPng(new ExportSize(320, 180), file));
        ui.idle();
        javafx.scene.control.Label status = robot.lookup("#status").queryAs(javafx.scene.control.Label.class);
        String shown = ShellFixture.fx(status::getText);
        assertTrue(shown.startsWith("Could not export: cannot write " + file), shown);
    }
}
