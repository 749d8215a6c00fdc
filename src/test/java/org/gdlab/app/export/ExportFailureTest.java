package org.gdlab.app.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gdlab.app.viewmodel.Background;
import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.core.lesson.Lessons;
import org.gdlab.core.scenario.AtomicFiles;
import org.gdlab.render.ExportProgress;
import org.gdlab.render.ExportSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports in the window's background, without JavaFX: a failure is said in the status line, an old file stays. */
class ExportFailureTest {

    @TempDir
    Path dir;

    private final DrainExecutor jobs = new DrainExecutor();
    private final Background background = jobs.background();
    private final ExportService exports = new ExportService(() -> Lessons.all().get(0).scenario(), background);

    private String status() {
        return background.problems().messageProperty().get();
    }

    @Test
    void aPngIsWrittenInTheBackground() {
        Path file = dir.resolve("plot.png");
        exports.startPng(new ExportSize(320, 180), file);
        assertTrue(exports.runningProperty().get());
        jobs.drain();
        assertTrue(Files.exists(file));
        assertEquals(file, exports.writtenProperty().get());
        assertFalse(exports.runningProperty().get());
        assertEquals("", status());
    }

    @Test
    void aFolderThatIsAFileIsSaidInPlainWordsAndNothingIsWritten() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        Path file = notAFolder.resolve("plot.png");
        exports.startPng(new ExportSize(320, 180), file);
        jobs.drain();
        assertTrue(status().startsWith("Could not export: cannot write " + file), status());
        assertFalse(status().contains("Exception"), status());
        assertNull(exports.writtenProperty().get());
        assertFalse(exports.runningProperty().get(), "the progress window closes");
    }

    @Test
    void aFailedExportLeavesTheOldFileAndTheNextExportClearsTheMessage() throws IOException {
        Path file = dir.resolve("paths.csv");
        exports.startCsv(file);
        jobs.drain();
        byte[] good = Files.readAllBytes(file);
        exports.start(file, () -> AtomicFiles.write(file, out -> {
            out.write(new byte[] {1, 2, 3});
            throw new IOException("the disk is full");
        }));
        jobs.drain();
        assertEquals("Could not export: cannot write " + file + ": the disk is full", status());
        assertArrayEquals(good, Files.readAllBytes(file), "the last good file is untouched");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "and no temporary file is left");
        }
        exports.startCsv(file);
        jobs.drain();
        assertEquals("", status(), "a later export clears the message");
    }

    @Test
    void aGifThatCannotBeWrittenIsSaidInPlainWords() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        Path file = notAFolder.resolve("descent.gif");
        exports.startGif(new GifSettings(new ExportSize(64, 36), 4, 20), file, ExportProgress.NONE);
        jobs.drain();
        assertTrue(status().startsWith("Could not export: cannot write " + file), status());
        assertNull(exports.writtenProperty().get());
    }
}
