package org.gdlab.app.viewmodel;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What went wrong, in plain words, for the status line: the one place where any view model reports a
 * failure. Each problem has a kind, its sentence's head ("Could not compute the race"); the sentence is
 * the head, a colon and the reason ("Could not compute the race: the start is outside the bounds").
 * Reporting a kind again replaces its sentence; {@link #clear(String) clearing} a kind (a later successful
 * computation of that kind) removes it. {@link #messageProperty()} is the newest open problem's sentence,
 * or "" when there is none.
 *
 * <p>A reason is the exception's message, never a class name or a stack trace: {@link #plain(Throwable)}.
 *
 * <p>Mutable; confined to the publisher's thread (the JavaFX thread in the app).
 */
public final class Problems {

    /** the reason given when an exception has no message fit to show */
    public static final String UNEXPECTED = "the program ran into an unexpected error";

    private static final System.Logger LOG = System.getLogger(Problems.class.getName());

    private final Map<String, String> open = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** Report that work of kind {@code head} failed because of {@code e} (see {@link #plain}). */
    public void report(String head, Throwable e) {
        LOG.log(System.Logger.Level.DEBUG, head, e); // for developers; silent unless logging is turned up
        report(head, plain(e));
    }

    /** Report that work of kind {@code head} failed, for a reason already in plain words. */
    public void report(String head, String reason) {
        open.remove(head);
        open.put(head, head + ": " + reason);
        update();
    }

    /** The last work of kind {@code head} succeeded: its problem, if any, is gone. */
    public void clear(String head) {
        if (open.remove(head) != null) {
            update();
        }
    }

    /** @return the sentence of kind {@code head}'s open problem, or "" */
    public String of(String head) {
        return open.getOrDefault(head, "");
    }

    /** @return every open problem's sentence, oldest first */
    public List<String> all() {
        return new ArrayList<>(open.values());
    }

    private void update() {
        String newest = "";
        for (String s : open.values()) {
            newest = s;
        }
        message.set(newest);
    }

    /** @return the newest open problem's sentence ("Could not compute the race: …"), "" when all is well */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * The reason for a failure in plain words: the message of the exception (or of the cause it wraps),
     * with a file's problem said as such; {@link #UNEXPECTED} for an exception without a message and for
     * programming errors, whose messages name classes.
     */
    public static String plain(Throwable e) {
        Throwable t = unwrap(e);
        if (t instanceof OutOfMemoryError) {
            return "there is not enough memory for it";
        }
        if (t instanceof AccessDeniedException f) {
            return "no permission to write " + f.getFile();
        }
        if (t instanceof NoSuchFileException f) {
            return "there is no folder or file " + f.getFile();
        }
        if (t instanceof NotDirectoryException f) {
            return f.getFile() + " is not a folder";
        }
        if (t instanceof FileSystemException f && f.getReason() != null) {
            return f.getFile() == null ? f.getReason() : f.getFile() + ": " + f.getReason();
        }
        if (t instanceof Error || t instanceof NullPointerException || t instanceof ClassCastException
                || t instanceof IndexOutOfBoundsException || t instanceof ArrayStoreException
                || t instanceof NegativeArraySizeException || t instanceof ConcurrentModificationException
                || t instanceof IllegalMonitorStateException) {
            return UNEXPECTED;
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? UNEXPECTED : m.strip();
    }

    /** The wrappers that only carry another exception are looked through. */
    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t
                && (t instanceof ExecutionException || t instanceof CompletionException
                || t instanceof UncheckedIOException || t instanceof InvocationTargetException
                || t.getClass() == RuntimeException.class && t.getMessage() != null
                && t.getMessage().equals(t.getCause().toString()))) {
            t = t.getCause();
        }
        return t;
    }
}
