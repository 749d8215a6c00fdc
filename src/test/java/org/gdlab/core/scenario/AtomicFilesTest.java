package org.gdlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files are written atomically, like an ordinary write would leave them: the mode of a new or an existing
 * file, symbolic links kept, plain-word refusals naming the path, and no temporary file on any failure.
 * (Mode tests need POSIX permissions; the tests run as root too, so failures are chosen that fail for root.)
 */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private static void assumePosix() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<Path> filesIn(Path d) throws IOException {
        try (Stream<Path> files = Files.list(d)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aNewFileGetsTheModeOfAnOrdinaryCreation() throws IOException {
        assumePosix();
        Path ordinary = dir.resolve("ordinary");
        FileChannel.open(ordinary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close(); // 0666 & ~umask
        Path file = dir.resolve("new.csv");
        AtomicFiles.write(file, bytes("a,b\n"));
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(file));
        assertEquals("a,b\n", Files.readString(file));
    }

    @Test
    void anExistingFileKeepsItsMode() throws IOException {
        assumePosix();
        for (String mode : List.of("rw-r--r--", "rw-r-----", "r--r--r--", "rwxrwxrwx")) {
            Path file = dir.resolve("old-" + mode + ".png");
            Files.writeString(file, "old");
            Set<PosixFilePermission> perms = PosixFilePermissions.fromString(mode);
            Files.setPosixFilePermissions(file, perms);
            AtomicFiles.write(file, bytes("new"));
            assertEquals(perms, Files.getPosixFilePermissions(file), mode);
            assertEquals("new", Files.readString(file));
        }
    }

    @Test
    void aSymbolicLinkStaysALinkAndTheFileItPointsToIsReplaced() throws IOException {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("data")).resolve("plot.svg"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("plot.svg"), Path.of("data", "plot.svg"));
        Path linkToLink = Files.createSymbolicLink(dir.resolve("latest.svg"), Path.of("plot.svg"));
        AtomicFiles.write(linkToLink, bytes("new"));
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.isSymbolicLink(linkToLink));
        assertEquals(Path.of("data", "plot.svg"), Files.readSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertEquals(List.of(dir.resolve("data"), dir.resolve("latest.svg"), link), filesIn(dir));
        assertEquals(List.of(real), filesIn(dir.resolve("data")));
    }

    @Test
    void aDanglingLinkGetsItsFile() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("out.csv"), Path.of("made.csv"));
        AtomicFiles.write(link, bytes("x"));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("x", Files.readString(dir.resolve("made.csv")));
    }

    @Test
    void anEmptyPathIsRefusedInPlainWords() {
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(Path.of(""), bytes("x")));
        assertEquals("cannot write '': an output needs a file name", e.getMessage());
    }

    @Test
    void aDirectoryAtThePathIsRefusedAndKept() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("plots"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(sub, bytes("x")));
        assertEquals("cannot write " + sub + ": it is a directory", e.getMessage());
        assertTrue(Files.isDirectory(sub));
        assertEquals(List.of(sub), filesIn(dir));
    }

    @Test
    void aPathUnderARegularFileIsRefused() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "a file");
        Path file = notes.resolve("plot.png");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, bytes("x")));
        assertEquals("cannot write " + file + ": " + notes + " is not a directory", e.getMessage());
    }

    @Test
    void aMissingDirectoryIsNamed() {
        Path file = dir.resolve("no/such/plot.png");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.check(file));
        assertEquals("cannot write " + file + ": the directory " + dir.resolve("no/such") + " does not exist", e.getMessage());
    }

    @Test
    void aFileInProcIsRefusedWithAReason() {
        Path version = Path.of("/proc/version");
        assumeTrue(Files.isRegularFile(version), "Linux /proc");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(version, bytes("x")));
        assertEquals("cannot write /proc/version: new files cannot be created in /proc", e.getMessage());
    }

    @Test
    void aDeviceIsNeverReplacedByAFile() {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "a device at /dev/null");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(devNull, bytes("x")));
        assertEquals("cannot write /dev/null: it is not a regular file (a device or a pipe)", e.getMessage());
        assertFalse(Files.isRegularFile(devNull));
    }

    @Test
    void everyFailureOfTheWriterLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("paths.csv"), "old");
        List<AtomicFiles.Content> failing = List.of(
                out -> {
                    out.write(bytes("half"));
                    throw new IOException("No space left on device");
                },
                out -> {
                    out.write(bytes("half"));
                    throw new IllegalStateException("a bug");
                },
                out -> {
                    out.write(bytes("half"));
                    throw new OutOfMemoryError("injected");
                });
        IOException io = assertThrows(IOException.class, () -> AtomicFiles.write(file, failing.get(0)));
        assertEquals("cannot write " + file + ": no space left on device", io.getMessage());
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, failing.get(1)));
        assertThrows(OutOfMemoryError.class, () -> AtomicFiles.write(file, failing.get(2)));
        assertEquals("old", Files.readString(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void stagedFilesAppearOnlyWhenCommittedAndVanishWhenClosed() throws IOException {
        Path a = dir.resolve("a.png");
        Path b = Files.writeString(dir.resolve("b.svg"), "old");
        try (AtomicFiles.Staged first = AtomicFiles.stage(a, out -> out.write(bytes("A")));
             AtomicFiles.Staged second = AtomicFiles.stage(b, out -> out.write(bytes("B")))) {
            assertFalse(Files.exists(a));
            assertEquals("old", Files.readString(b));
            first.commit();
            assertEquals("A", Files.readString(a));
        }
        assertEquals("old", Files.readString(b), "closed without a commit: the old file stays");
        assertEquals(List.of(a, b), filesIn(dir));
    }

    @Test
    void theReasonOfAFailureIsInPlainWords() {
        assertEquals("permission denied", AtomicFiles.reason(new java.nio.file.AccessDeniedException("/x/.y.tmp")));
        assertEquals("read-only file system", AtomicFiles.reason(new java.nio.file.FileSystemException("/x", null, "Read-only file system")));
        assertEquals("an input/output error", AtomicFiles.reason(new IOException()));
    }
}
