package org.gdlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.gdlab.core.lesson.Lessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save that fails half-way leaves the old file exactly as it was, and no temporary file behind. */
class FailedSaveTest {

    @TempDir
    Path dir;

    @Test
    void writerFailingHalfWayLeavesTheOldFileIntact() throws Exception {
        Path file = dir.resolve("lesson.json");
        ScenarioFiles.save(Lessons.byId("lr-too-small").scenario(), file);
        byte[] before = Files.readAllBytes(file);
        byte[] other = ScenarioJson.writeBytes(Lessons.byId("saddle-point").scenario());
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write(other, 0, other.length / 2);
            throw new IOException("disk full (injected)");
        }));
        assertEquals("cannot write " + file + ": disk full (injected)", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(Lessons.byId("lr-too-small").scenario(), ScenarioFiles.open(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void serializerThrowingLeavesTheOldFileIntact() throws Exception {
        Path file = dir.resolve("lesson.json");
        ScenarioFiles.save(Lessons.byId("lr-too-small").scenario(), file);
        byte[] before = Files.readAllBytes(file);
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, out -> {
            out.write('{');
            throw new IllegalStateException("serializer bug (injected)");
        }));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void readOnlyDirectoryRefusesTheSaveAndKeepsTheOldFile() throws Exception {
        Path file = dir.resolve("lesson.json");
        ScenarioFiles.save(Lessons.byId("lr-too-small").scenario(), file);
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(dir), "running as a user who may write anywhere (root)");
            assertThrows(IOException.class, () -> ScenarioFiles.save(Lessons.byId("saddle-point").scenario(), file));
            assertArrayEquals(before, Files.readAllBytes(file));
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
