package org.gdlab.core.scenario;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a crash, a full disk, Ctrl+C or a failing writer never leaves it half-written: the
 * content goes to a temporary file beside the target ({@code .NAME.RANDOM.tmp}), is forced to the disk,
 * and is then renamed over the target ({@link StandardCopyOption#ATOMIC_MOVE}, falling back to a plain
 * replacing move where the file system cannot move atomically).
 *
 * <p>What the result looks like:
 * <ul>
 *   <li>a new file gets the mode an ordinary creation gives (0666 minus the umask): the temporary file is
 *       created without explicit permissions;</li>
 *   <li>an existing file keeps its mode (its POSIX permissions are copied onto the new content);</li>
 *   <li>a symbolic link at the target stays a link: the file it points to (followed to the end) is
 *       replaced;</li>
 *   <li>only a regular file (or a new name) is written: a directory, a device or a pipe at the target is
 *       refused, so {@code /dev/null} is never replaced by a file.</li>
 * </ul>
 *
 * <p>On every failure the temporary file is deleted and the old target, if any, is untouched; temporary
 * files still in flight when the JVM shuts down (Ctrl+C, SIGTERM) are deleted by a shutdown hook. Every
 * {@link IOException} thrown here says, in plain words, "cannot write TARGET: reason" with the target as
 * the caller gave it (never the temporary file's name).
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream (which it must not close). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Temporary files being written now: deleted if the JVM shuts down before they are renamed. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deleteInFlight, "gdlab-temporary-files"));
    }

    /** The most symbolic links followed from one target (as Linux's ELOOP limit). */
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    /** Writes the bytes to {@code target} atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes {@code content} to {@code target} atomically.
     *
     * @throws IOException "cannot write TARGET: reason" when the target cannot be written or renamed (the
     *     target is unchanged); a RuntimeException or Error thrown by {@code content} propagates, likewise
     *     leaving the target unchanged and no temporary file
     */
    public static void write(Path target, Content content) throws IOException {
        try (Staged staged = stage(target, content)) {
            staged.commit();
        }
    }

    /**
     * Checks that {@code target} can be written without writing anything: it has a name, its directory
     * exists, and it is a regular file or does not exist yet (links followed).
     *
     * @throws IOException "cannot write TARGET: reason"
     */
    public static void check(Path target) throws IOException {
        resolve(target);
    }

    /**
     * Writes {@code content} to a temporary file beside the target and leaves it there until
     * {@link Staged#commit()} renames it over the target; {@link Staged#close()} without a commit deletes it.
     * Several outputs can be staged first and committed together, so that a failure in one writes none.
     *
     * @throws IOException "cannot write TARGET: reason" (no temporary file is left)
     */
    public static Staged stage(Path target, Content content) throws IOException {
        Path real = resolve(target);
        Path dir = real.getParent();
        Path tmp = createTemporary(target, dir, real.getFileName().toString());
        boolean staged = false;
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
            keepMode(target, real, tmp);
            staged = true;
            return new Staged(target, real, tmp);
        } finally {
            if (!staged) {
                discard(tmp);
            }
        }
    }

    /** A written temporary file waiting to be renamed over its target. Not thread-safe. */
    public static final class Staged implements Closeable {
        private final Path target;
        private final Path real;
        private final Path tmp;
        private boolean done;

        private Staged(Path target, Path real, Path tmp) {
            this.target = target;
            this.real = real;
            this.tmp = tmp;
        }

        /** @return the target as the caller gave it */
        public Path target() {
            return target;
        }

        /**
         * Renames the temporary file over the target (the file a link points to).
         *
         * @throws IOException "cannot write TARGET: reason"; the temporary file is deleted
         */
        public void commit() throws IOException {
            if (done) {
                throw new IllegalStateException("already committed or discarded: " + target);
            }
            try {
                try {
                    Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
                }
                done = true;
                IN_FLIGHT.remove(tmp);
            } catch (IOException e) {
                throw cannotWrite(target, e);
            } finally {
                if (!done) {
                    close();
                }
            }
        }

        /** Deletes the temporary file unless it was committed. */
        @Override
        public void close() {
            if (!done) {
                done = true;
                discard(tmp);
            }
        }
    }

    /**
     * @return the file to replace: the target, absolute, with symbolic links followed to the end
     * @throws IOException "cannot write TARGET: reason" for no name, a missing directory, a directory or a
     *     device at the target, or a loop of links
     */
    static Path resolve(Path target) throws IOException {
        if (target.toString().isEmpty() || target.getFileName() == null) {
            throw new IOException("cannot write '" + target + "': an output needs a file name");
        }
        Path p = target.toAbsolutePath();
        for (int links = 0; Files.isSymbolicLink(p); links++) {
            if (links == MAX_LINKS) {
                throw new IOException("cannot write " + target + ": too many levels of symbolic links");
            }
            Path to = Files.readSymbolicLink(p);
            p = p.getParent().resolve(to);
        }
        if (p.getFileName() == null) {
            throw new IOException("cannot write " + target + ": it is a directory");
        }
        Path dir = p.getParent();
        if (!Files.isDirectory(dir)) {
            throw new IOException("cannot write " + target + ": " + (Files.exists(dir)
                    ? dir + " is not a directory" : "the directory " + dir + " does not exist"));
        }
        if (Files.isDirectory(p)) {
            throw new IOException("cannot write " + target + ": it is a directory");
        }
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("cannot write " + target + ": it is not a regular file (a device or a pipe)");
        }
        return p;
    }

    /** Creates an empty temporary file in dir with the mode of an ordinary creation (0666 minus the umask). */
    private static Path createTemporary(Path target, Path dir, String name) throws IOException {
        String stem = "." + (name.length() > 100 ? name.substring(0, 100) : name) + ".";
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(stem + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            IN_FLIGHT.add(tmp);
            try {
                FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                IN_FLIGHT.remove(tmp);
                if (attempt == 100) {
                    throw cannotWrite(target, e);
                }
            } catch (NoSuchFileException e) {
                IN_FLIGHT.remove(tmp);
                throw new IOException("cannot write " + target + ": new files cannot be created in " + dir, e);
            } catch (IOException e) {
                IN_FLIGHT.remove(tmp);
                throw cannotWrite(target, e);
            }
        }
    }

    /** Gives the new content the existing file's POSIX permissions (a new file keeps the umask's). */
    private static void keepMode(Path target, Path real, Path tmp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(real, PosixFileAttributeView.class);
        if (old == null || !Files.exists(real)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(tmp, old.readAttributes().permissions());
        } catch (NoSuchFileException e) {
            // the old file went away meanwhile: the new one keeps the mode of a new file
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    private static void discard(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // nothing more can be done; the name starts with '.' and ends in .tmp
        } finally {
            IN_FLIGHT.remove(tmp);
        }
    }

    private static void deleteInFlight() {
        for (Path tmp : IN_FLIGHT) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException | RuntimeException e) {
                // shutting down: best effort
            }
        }
    }

    /** @return "cannot write TARGET: reason", keeping a message that already says so */
    private static IOException cannotWrite(Path target, IOException e) {
        String head = "cannot write " + target + ": ";
        if (e.getMessage() != null && e.getMessage().startsWith(head)) {
            return e;
        }
        return new IOException(head + reason(e), e);
    }

    /**
     * @return why an input/output operation failed, in plain words and without the temporary file's name:
     *     "permission denied", "no space left on device", "read-only file system", or the writer's own message
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException f) {
            return f.getReason() == null ? "the file system refused it" : lowerFirst(f.getReason());
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "an input/output error" : lowerFirst(m);
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
        }
        return s;
    }
}
