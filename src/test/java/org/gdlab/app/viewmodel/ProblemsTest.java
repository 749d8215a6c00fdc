package org.gdlab.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** The status line's problems: the newest shown, each cleared by its own kind, reasons in plain words. */
class ProblemsTest {

    private final Problems problems = new Problems();

    @Test
    void theNewestOpenProblemIsShownAndClearingItShowsTheOneBefore() {
        problems.report("Could not compute the race", "no runs");
        problems.report("Could not compute the path", "the start is not finite");
        assertEquals("Could not compute the path: the start is not finite", problems.messageProperty().get());
        problems.clear("Could not compute the path");
        assertEquals("Could not compute the race: no runs", problems.messageProperty().get());
        problems.clear("Could not compute the race");
        assertEquals("", problems.messageProperty().get());
    }

    @Test
    void reportingAKindAgainReplacesItsSentenceAndMakesItTheNewest() {
        problems.report("Could not compute the race", "no runs");
        problems.report("Could not compute the path", "bad start");
        problems.report("Could not compute the race", "still no runs");
        assertEquals("Could not compute the race: still no runs", problems.messageProperty().get());
        assertEquals(List.of("Could not compute the path: bad start", "Could not compute the race: still no runs"),
                problems.all());
    }

    @Test
    void theReasonIsTheMessageOfTheExceptionOrOfTheOneItWraps() {
        assertEquals("the disk is full", Problems.plain(new IOException("the disk is full")));
        assertEquals("the disk is full", Problems.plain(new ExecutionException(new IOException("the disk is full"))));
        assertEquals("the disk is full", Problems.plain(new UncheckedIOException(new IOException("the disk is full"))));
        assertEquals("the disk is full", Problems.plain(new RuntimeException(new IOException("the disk is full"))));
    }

    @Test
    void filesAreNamedAndClassNamesNever() {
        assertEquals("no permission to write /x/a.png", Problems.plain(new AccessDeniedException("/x/a.png")));
        assertEquals("there is no folder or file /x/a.png", Problems.plain(new NoSuchFileException("/x/a.png")));
        assertEquals(Problems.UNEXPECTED, Problems.plain(new IllegalStateException()));
        assertEquals(Problems.UNEXPECTED, Problems.plain(new IllegalStateException("  ")));
        assertEquals(Problems.UNEXPECTED, Problems.plain(new ArrayIndexOutOfBoundsException("Index 5 out of bounds for length 5")));
        assertEquals(Problems.UNEXPECTED, Problems.plain(new StackOverflowError()));
        assertEquals("there is not enough memory for it", Problems.plain(new OutOfMemoryError("Java heap space")));
    }
}
