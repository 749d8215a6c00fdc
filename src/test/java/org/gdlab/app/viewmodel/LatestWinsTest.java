package org.gdlab.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatestWinsTest {

    @Test
    void requestsQueuedWhileOneRunsCollapseIntoTheLatest() throws Exception {
        List<Integer> published = Collections.synchronizedList(new ArrayList<>());
        LatestWins<Integer> w = new LatestWins<>("test", Runnable::run, e -> { });
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        w.submit(() -> {
            running.countDown();
            release.await();
            return 0;
        }, published::add);
        running.await();
        for (int i = 1; i <= 50; i++) {
            int v = i;
            w.submit(() -> v, published::add);
        }
        release.countDown();
        assertTrue(w.awaitPublished(10, TimeUnit.SECONDS));
        assertEquals(List.of(0, 50), published, "the one running, then only the newest of the 50 waiting");
        w.shutdown();
    }

    @Test
    void aFailureIsReportedAndTheWorkerKeepsGoing() throws Exception {
        List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
        List<Integer> published = Collections.synchronizedList(new ArrayList<>());
        LatestWins<Integer> w = new LatestWins<>("test", Runnable::run, errors::add);
        w.submit(() -> {
            throw new IllegalStateException("boom");
        }, published::add);
        assertTrue(w.awaitPublished(10, TimeUnit.SECONDS));
        w.submit(() -> 7, published::add);
        assertTrue(w.awaitPublished(10, TimeUnit.SECONDS));
        assertEquals(1, errors.size());
        assertEquals(List.of(7), published);
        w.shutdown();
    }
}
