package org.gdlab.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** The one worker mechanism, on an executor the test drains: every job and publication on the test thread. */
class LatestWinsTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private final Background background = jobs.background();
    private final Problems problems = background.problems();
    private final List<Integer> published = new ArrayList<>();

    @Test
    void requestsWaitingForTheWorkerCollapseIntoTheLatest() {
        LatestWins<Integer> w = background.latestWins("Could not count");
        for (int i = 1; i <= 50; i++) {
            int v = i;
            w.submit(() -> v, published::add);
        }
        assertTrue(w.runningProperty().get());
        jobs.drain();
        assertEquals(List.of(50), published, "only the newest of the 50 waiting ran");
        assertFalse(w.runningProperty().get());
        assertTrue(background.isIdle());
    }

    @Test
    void aRunningJobsResultIsNotShownWhenANewerOneFinishedBeforeThePublisherGotToIt() {
        LatestWins<Integer> w = background.latestWins("Could not count");
        w.submit(() -> {
            // requests that arrive while this job runs (the test thread is the publisher too)
            for (int i = 1; i <= 50; i++) {
                int v = i;
                w.submit(() -> v, published::add);
            }
            return 0;
        }, published::add);
        jobs.drain();
        assertEquals(List.of(50), published,
                "the one running and the newest of the 50 waiting both finished before either was shown: only the newest");
    }

    @Test
    void inACancellingKindANewerRequestStopsTheRunningJobAndDropsItsResult() {
        LatestWins<Integer> w = background.latestWinsCancelling("Could not count");
        boolean[] sawCancel = new boolean[1];
        w.submitJob(job -> {
            w.submit(() -> 1, published::add);
            sawCancel[0] = job.isCancelled() && job.token().isCancelled();
            return 0;
        }, published::add, null);
        jobs.drain();
        assertTrue(sawCancel[0], "the running job was told to stop");
        assertEquals(List.of(1), published, "nothing of the superseded job is published");
    }

    @Test
    void aFailureIsSaidInPlainWordsAndTheNextSuccessClearsIt() {
        LatestWins<Integer> w = background.latestWins("Could not compute the race");
        List<String> told = new ArrayList<>();
        w.submit(() -> 7, published::add);
        jobs.drain();
        w.submitJob(job -> {
            throw new IllegalStateException("the start is outside the bounds");
        }, published::add, told::add);
        jobs.drain();
        assertEquals("Could not compute the race: the start is outside the bounds", problems.messageProperty().get());
        assertEquals(List.of("Could not compute the race: the start is outside the bounds"), told);
        assertEquals(List.of(7), published, "the consumer keeps its last good result");
        assertFalse(w.runningProperty().get());
        w.submit(() -> 8, published::add);
        jobs.drain();
        assertEquals("", problems.messageProperty().get(), "a later success of the same kind clears it");
        assertEquals(List.of(7, 8), published);
    }

    @Test
    void aSuccessOfAnotherKindLeavesAProblemOpen() {
        LatestWins<Integer> race = background.latestWins("Could not compute the race");
        LatestWins<Integer> path = background.latestWins("Could not compute the path");
        race.submit(() -> {
            throw new IllegalStateException("no runs");
        }, published::add);
        path.submit(() -> 1, published::add);
        jobs.drain();
        assertEquals("Could not compute the race: no runs", problems.messageProperty().get());
    }

    @Test
    void programmingErrorsAndMessagelessFailuresGetAPlainSentence() {
        LatestWins<Integer> w = background.latestWins("Could not compute the path");
        w.submit(() -> {
            Object o = null;
            return o.hashCode();
        }, published::add);
        jobs.drain();
        assertEquals("Could not compute the path: " + Problems.UNEXPECTED, problems.messageProperty().get(),
                "no class names: the helpful NullPointerException message names them");
    }

    @Test
    void aFailureWhileShowingTheResultIsReportedToo() {
        LatestWins<Integer> w = background.latestWins("Could not draw the contour plot");
        w.submit(() -> 1, v -> {
            throw new IllegalArgumentException("the picture is empty");
        });
        jobs.drain();
        assertEquals("Could not draw the contour plot: the picture is empty", problems.messageProperty().get());
        assertTrue(background.isIdle());
    }

    @Test
    void cancelPublishesWhatTheRunningJobReturnsAndAThrowAfterCancelIsQuiet() {
        LatestWins<Integer> w = background.latestWinsCancelling("Could not run the sweep");
        w.submitJob(job -> {
            w.cancel();
            return job.isCancelled() ? 40 : 120;
        }, published::add, null);
        jobs.drain();
        assertEquals(List.of(40), published, "the points done so far");
        w.submitJob(job -> {
            w.cancel();
            throw new CancellationException("stopped");
        }, published::add, null);
        jobs.drain();
        assertEquals("", problems.messageProperty().get(), "a cancelled job is no failure");
        assertFalse(w.runningProperty().get());
    }

    @Test
    void cancelBeforeTheJobStartedDropsIt() {
        LatestWins<Integer> w = background.latestWinsCancelling("Could not run the sweep");
        w.submit(() -> 1, published::add);
        w.cancel();
        assertFalse(w.runningProperty().get());
        jobs.drain();
        assertEquals(List.of(), published);
        assertTrue(background.isIdle());
    }

    @Test
    void progressAndPartialResultsOfTheNewestJobArePublishedInOrder() {
        LatestWins<Integer> w = background.latestWinsCancelling("Could not compute the basin map");
        List<String> seen = new ArrayList<>();
        w.progressProperty().addListener((o, was, is) -> seen.add("progress " + is));
        w.submitJob(job -> {
            job.publish(() -> seen.add("row 0"));
            job.progress(0.5);
            job.publish(() -> seen.add("row 1"));
            return 2;
        }, v -> seen.add("done " + v), null);
        jobs.drain();
        assertEquals(List.of("row 0", "progress 0.5", "row 1", "progress 1.0", "done 2"), seen);
    }

    @Test
    void partialResultsOfASupersededJobAreDropped() {
        LatestWins<Integer> w = background.latestWinsCancelling("Could not compute the basin map");
        List<String> seen = new ArrayList<>();
        w.submitJob(job -> {
            job.publish(() -> seen.add("old row"));
            job.progress(0.7);
            w.submitJob(newer -> {
                newer.publish(() -> seen.add("new row"));
                return 2;
            }, v -> seen.add("done " + v), null);
            return 1;
        }, v -> seen.add("done " + v), null);
        jobs.drain();
        assertEquals(List.of("new row", "done 2"), seen);
        assertEquals(1, w.progressProperty().get(), 0);
    }

    @Test
    void onRealThreadsTheResultIsPublishedOnThePublisherOnly() throws InterruptedException {
        DrainExecutor publisher = new DrainExecutor();
        Background threads = Background.onDaemonThreads(publisher, new Problems());
        try {
            LatestWins<String> w = threads.latestWins("Could not name the thread");
            List<String> on = new ArrayList<>();
            w.submit(() -> Thread.currentThread().getName(), name -> {
                on.add(name);
                on.add(Thread.currentThread().getName());
            });
            publisher.drainUntil(threads::isIdle);
            assertTrue(on.get(0).startsWith("gdlab-worker-"), on.get(0));
            assertEquals(Thread.currentThread().getName(), on.get(1), "published on the draining thread");
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void afterShutdownNothingRunsOrIsPublished() {
        LatestWins<Integer> w = background.latestWins("Could not count");
        w.submit(() -> 1, published::add);
        background.shutdown();
        w.submit(() -> 2, published::add);
        jobs.drain();
        assertEquals(List.of(), published);
        assertFalse(w.runningProperty().get());
    }
}
