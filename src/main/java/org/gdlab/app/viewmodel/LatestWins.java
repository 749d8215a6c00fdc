package org.gdlab.app.viewmodel;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A single background worker where the latest request wins. {@link #submit} never blocks: it replaces any
 * request that has not started yet, so while a slider is dragged at most one computation runs and at most
 * one waits. Each result is handed to its consumer on the {@code publisher} executor
 * ({@code Platform::runLater} in the app), in submission order; a result is dropped when a newer request
 * has already been published. Failures are handed to the error consumer the same way.
 *
 * <p>Mutable and thread-safe. The worker thread is a daemon.
 *
 * @param <T> the result type
 */
public final class LatestWins<T> {

    private final ExecutorService thread;
    private final Executor publisher;
    private final Consumer<Throwable> onError;
    private final Object lock = new Object();
    private Job<T> pending;
    private boolean draining;
    private long submitted;
    private long finished;
    private long published;

    private record Job<T>(long id, Callable<T> work, Consumer<T> sink) {
    }

    /**
     * @param name      the worker thread's name
     * @param publisher where results are delivered (the JavaFX thread in the app)
     * @param onError   receives an exception thrown by a computation, on the publisher
     */
    public LatestWins(String name, Executor publisher, Consumer<Throwable> onError) {
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        this.publisher = publisher;
        this.onError = onError;
    }

    /** Queue {@code work}; its result goes to {@code sink} on the publisher unless a newer one got there first. */
    public void submit(Callable<T> work, Consumer<T> sink) {
        synchronized (lock) {
            pending = new Job<>(++submitted, work, sink);
            if (!draining) {
                draining = true;
                thread.execute(this::drain);
            }
        }
    }

    private void drain() {
        while (true) {
            Job<T> job;
            synchronized (lock) {
                job = pending;
                pending = null;
                if (job == null) {
                    draining = false;
                    return;
                }
            }
            Runnable delivery;
            try {
                T result = job.work().call();
                delivery = () -> deliver(job.id(), () -> job.sink().accept(result));
            } catch (Exception | Error e) {
                delivery = () -> deliver(job.id(), () -> onError.accept(e));
            }
            synchronized (lock) {
                finished = Math.max(finished, job.id());
            }
            publisher.execute(delivery);
        }
    }

    private void deliver(long id, Runnable action) {
        synchronized (lock) {
            if (id <= published) {
                return;
            }
        }
        try {
            action.run();
        } finally {
            synchronized (lock) {
                published = Math.max(published, id);
                lock.notifyAll();
            }
        }
    }

    /**
     * For tests and benchmarks: wait until the newest request submitted so far has been published. Never
     * call it on the publisher's thread (that thread does the publishing).
     *
     * @return false on timeout
     */
    public boolean awaitPublished(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (lock) {
            long target = submitted;
            while (published < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return true;
        }
    }

    /** @return true when every submitted request has been published */
    public boolean isIdle() {
        synchronized (lock) {
            return published >= submitted;
        }
    }

    /** Stop the worker thread (pending work is dropped). */
    public void shutdown() {
        thread.shutdownNow();
    }
}
