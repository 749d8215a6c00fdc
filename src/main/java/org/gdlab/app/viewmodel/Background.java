package org.gdlab.app.viewmodel;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The app's one way of computing off the JavaFX thread. Each kind of computation gets a
 * {@link LatestWins} from here ({@link #latestWins} or {@link #latestWinsCancelling}); its jobs run on the
 * {@code workers} executor and everything they produce (results, progress, partial results) is applied on
 * the {@code publisher} executor only: {@code Platform::runLater} in the app, so view models are touched by
 * the JavaFX thread alone. Every failure goes to one {@link Problems}, which the status line shows.
 *
 * <p>In the app the workers are daemon threads ({@link #onDaemonThreads}). Tests pass an executor that
 * they drain on the test thread as both workers and publisher: then every job and every publication runs
 * on the test thread, in order, when the test drains it, and never while the test changes the model.
 *
 * <p>Mutable and thread-safe; {@link #defer} and {@link #shutdown} belong to the publisher's thread.
 */
public final class Background {

    private final Executor workers;
    private final Executor publisher;
    private final Problems problems;
    private final ExecutorService ownThreads;
    private final List<LatestWins<?>> kinds = new CopyOnWriteArrayList<>();
    private final Object idle = new Object();
    private int outstanding;
    private volatile boolean open = true;
    private volatile Consumer<String> beforeJob;
    /** the hook of {@link #afterFrameDrawn}: without a window, straight to the publisher */
    private volatile Consumer<Runnable> frameDrawn = this::onPublisher;

    /**
     * @param workers   where jobs run (each kind runs one job at a time, kinds run side by side)
     * @param publisher where their outcomes are applied (the JavaFX thread in the app)
     * @param problems  where failures are reported
     */
    public Background(Executor workers, Executor publisher, Problems problems) {
        this(workers, publisher, problems, null);
    }

    private Background(Executor workers, Executor publisher, Problems problems, ExecutorService own) {
        this.workers = workers;
        this.publisher = publisher;
        this.problems = problems;
        this.ownThreads = own;
    }

    /** @return a background whose workers are daemon threads ("gdlab-worker-N"), stopped by {@link #shutdown()} */
    public static Background onDaemonThreads(Executor publisher, Problems problems) {
        AtomicInteger n = new AtomicInteger();
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "gdlab-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return new Background(threads, publisher, problems, threads);
    }

    /**
     * A kind of computation where a newer request replaces the waiting one and a running job finishes
     * (for quick jobs a slider drives: the path, the picture, the race).
     *
     * @param failure the head of its failure sentence, e.g. "Could not compute the race"
     */
    public <T> LatestWins<T> latestWins(String failure) {
        return add(new LatestWins<>(this, failure, false));
    }

    /**
     * A kind of computation where a newer request cancels the running job and only the newest request's
     * progress and result are published (for long jobs: the basin map, the sweep).
     *
     * @param failure the head of its failure sentence, e.g. "Could not compute the basin map"
     */
    public <T> LatestWins<T> latestWinsCancelling(String failure) {
        return add(new LatestWins<>(this, failure, true));
    }

    private <T> LatestWins<T> add(LatestWins<T> kind) {
        kinds.add(kind);
        return kind;
    }

    /** @return where failures are reported; its message is the status line's */
    public Problems problems() {
        return problems;
    }

    /**
     * Run {@code action} on the publisher after the current event (several changes in one event, such as
     * the optimizer and then α, then cause one recomputation). Counted as work for {@link #awaitIdle}.
     */
    public void defer(Runnable action) {
        if (open) {
            publish(action);
        }
    }

    /**
     * Run {@code action} on the publisher once the frame that shows the model as it is now has been drawn
     * (by the hook {@link #setFrameDrawn} installs, the window's waits a frame more for the screen to show it;
     * until then, like {@link #defer}). Work that would compete with the drawing for the cores starts there:
     * a new surface's picture, after its path is on screen.
     * Counted as work for {@link #awaitIdle}.
     */
    public void afterFrameDrawn(Runnable action) {
        if (!open) {
            return;
        }
        begin();
        try {
            frameDrawn.accept(() -> {
                try {
                    if (open) {
                        action.run();
                    }
                } finally {
                    end();
                }
            });
        } catch (RejectedExecutionException | IllegalStateException e) {
            end(); // the publisher is gone (the JavaFX toolkit has exited)
        }
    }

    /**
     * @param hook runs the action it is given on the publisher once the current frame has been drawn (the
     *             window installs one that follows its pulses)
     */
    public void setFrameDrawn(Consumer<Runnable> hook) {
        frameDrawn = hook;
    }

    /**
     * For tests and benchmarks with real threads: wait until every job submitted so far, and all that
     * their publications submitted in turn, has been published. Never call it on the publisher's thread.
     *
     * @return false on timeout
     */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (idle) {
            while (outstanding > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
            return true;
        }
    }

    /** @return true when nothing is waiting, running or waiting to be published */
    public boolean isIdle() {
        synchronized (idle) {
            return outstanding == 0;
        }
    }

    /** Cancel every running job, drop the waiting ones, publish nothing more, and stop the own threads. */
    public void shutdown() {
        open = false;
        kinds.forEach(LatestWins::cancel);
        if (ownThreads != null) {
            ownThreads.shutdownNow();
        }
    }

    /**
     * For tests that inject failures: {@code check} is called on the worker before every job with its
     * kind's failure head, and whatever it throws is that job's failure. Null for none (the default).
     */
    public void setBeforeJob(Consumer<String> check) {
        beforeJob = check;
    }

    // ---------------------------------------------------------------- for LatestWins

    boolean isOpen() {
        return open;
    }

    void beforeJob(String failure) {
        Consumer<String> check = beforeJob;
        if (check != null) {
            check.accept(failure);
        }
    }

    /** A job was submitted: it is outstanding until it is dropped or its outcome was delivered. */
    void begin() {
        synchronized (idle) {
            outstanding++;
        }
    }

    void end() {
        synchronized (idle) {
            outstanding--;
            if (outstanding == 0) {
                idle.notifyAll();
            }
        }
    }

    void work(Runnable drain) {
        try {
            workers.execute(drain);
        } catch (RejectedExecutionException e) {
            // only after shutdown: nothing more is published
        }
    }

    private void onPublisher(Runnable action) {
        publisher.execute(action);
    }

    /** Deliver the outcome of a job that was {@link #begin() begun}. */
    void deliver(Runnable action) {
        try {
            publisher.execute(() -> {
                try {
                    action.run();
                } finally {
                    end();
                }
            });
        } catch (RejectedExecutionException | IllegalStateException e) {
            end(); // the publisher is gone (the JavaFX toolkit has exited)
        }
    }

    /** Publish something new (progress, a partial result, a deferred action). */
    void publish(Runnable action) {
        begin();
        deliver(action);
    }
}
