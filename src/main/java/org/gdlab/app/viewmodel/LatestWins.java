package org.gdlab.app.viewmodel;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.gdlab.core.batch.CancellationToken;

/**
 * One kind of background computation (the path, the race, the basin map, an export …) where the latest
 * request wins: {@link #submit} (and {@link #submitJob}) never blocks, and it replaces a request that has
 * not started yet, so at most one job of the kind runs and at most one waits. Made by {@link Background}, which runs the jobs on
 * its workers and hands everything back on its publisher (the JavaFX thread in the app).
 *
 * <p>What happens to a running job when a newer one is submitted is the kind's choice:
 * <ul>
 *   <li>{@link Background#latestWins}: it finishes, and its result is still published unless a newer
 *       result already was, or a newer job has finished too by the time the publisher gets to it (while a
 *       slider is dragged the picture keeps up, and a burst of results waiting for the same pulse is shown
 *       once, the newest);</li>
 *   <li>{@link Background#latestWinsCancelling}: it is cancelled (its {@link Context#token() token}), and
 *       nothing of it is published any more: only the newest request's progress and result are shown.</li>
 * </ul>
 * A failure is reported to the background's {@link Problems} ("Could not compute the race: …") and the
 * view model keeps its last good result; the kind's next success clears the report. A cancelled job that
 * throws (or any job that throws {@link CancellationException}) ends quietly.
 *
 * <p>Mutable. {@link #submit}, {@link #submitJob}, {@link #cancel} and the properties belong to the publisher's thread; jobs
 * run on the workers and talk to it only through their {@link Context}.
 *
 * @param <T> the result type
 */
public final class LatestWins<T> {

    /** A computation that can report progress, publish partial results and notice cancellation. */
    @FunctionalInterface
    public interface Job<T> {
        /** @return the result, handed to the consumer given to {@link #submitJob} on the publisher */
        T run(Context context) throws Exception;
    }

    /** What a running job may do; thread-safe (a job may call it from several threads of its own). */
    public static final class Context {

        private final LatestWins<?> lane;
        private final long id;
        private final CancellationToken token = new CancellationToken();
        private final AtomicLong fraction = new AtomicLong();
        private final AtomicBoolean progressQueued = new AtomicBoolean();

        private Context(LatestWins<?> lane, long id) {
            this.lane = lane;
            this.id = id;
        }

        /** @return true once a newer request or {@link LatestWins#cancel()} asked this job to stop */
        public boolean isCancelled() {
            return token.isCancelled();
        }

        /** @return the token to hand to the core's long computations (cancelled as {@link #isCancelled()}) */
        public CancellationToken token() {
            return token;
        }

        /**
         * The fraction done, 0 to 1, for {@link LatestWins#progressProperty()}. Coalesced: at most one update
         * waits on the publisher, which shows the latest fraction.
         */
        public void progress(double done) {
            fraction.set(Double.doubleToLongBits(done));
            if (!progressQueued.getAndSet(true)) {
                lane.background.publish(() -> {
                    progressQueued.set(false);
                    if (lane.isLive(this)) {
                        lane.progress.set(Double.longBitsToDouble(fraction.get()));
                    }
                });
            }
        }

        /**
         * Run {@code partial} on the publisher, unless this job has been cancelled or superseded by then
         * (rows of a basin map as they finish). Partials run in the order published, before the result.
         */
        public void publish(Runnable partial) {
            lane.background.publish(() -> {
                if (lane.isLive(this)) {
                    lane.guarded(partial);
                }
            });
        }
    }

    private record Request<T>(long id, Job<T> job, Consumer<T> onResult, Consumer<String> onFailure) {
    }

    private final Background background;
    private final String failure;
    private final boolean cancelSuperseded;
    private final Object lock = new Object();
    private Request<T> waiting;
    private Context running;
    private boolean draining;
    private long submitted;
    /** the newest request whose job has finished (its outcome is on its way to the publisher) */
    private long finished;

    // confined to the publisher's thread
    private long current;
    private long published;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);

    LatestWins(Background background, String failure, boolean cancelSuperseded) {
        this.background = background;
        this.failure = failure;
        this.cancelSuperseded = cancelSuperseded;
    }

    /** Queue {@code work}; its result goes to {@code onResult} on the publisher (see the class comment). */
    public void submit(Callable<T> work, Consumer<T> onResult) {
        submitJob(context -> work.call(), onResult, null);
    }

    /**
     * Queue {@code job}. Its result goes to {@code onResult} on the publisher; when it fails, the failure
     * is reported to the {@link Problems} and its sentence also goes to {@code onFailure} (may be null).
     * Does nothing after {@link Background#shutdown()}.
     */
    public void submitJob(Job<T> job, Consumer<T> onResult, Consumer<String> onFailure) {
        if (!background.isOpen()) {
            return;
        }
        long id;
        boolean start = false;
        synchronized (lock) {
            id = ++submitted;
            if (waiting != null) {
                background.end(); // replaced before it started: it never runs
            }
            waiting = new Request<>(id, job, onResult, onFailure);
            background.begin();
            if (cancelSuperseded && running != null) {
                running.token.cancel();
            }
            if (!draining) {
                draining = true;
                start = true;
            }
        }
        current = id;
        progress.set(0);
        busy.set(true);
        if (start) {
            background.work(this::drain);
        }
    }

    /**
     * Stop: a waiting request is dropped and the running job is cancelled. What the cancelled job returns
     * is still published (a sweep shows the points done so far); if it throws, nothing is reported.
     */
    public void cancel() {
        long keep = 0;
        synchronized (lock) {
            if (waiting != null) {
                waiting = null;
                background.end();
            }
            if (running != null) {
                running.token.cancel();
                keep = running.id;
            }
        }
        current = keep;
        if (keep == 0) {
            busy.set(false);
        }
    }

    /** @return the failure sentence's head of this kind ("Could not compute the race") */
    public String failure() {
        return failure;
    }

    /** @return true from a submission until the newest request's outcome has been published (or dropped) */
    public ReadOnlyBooleanProperty runningProperty() {
        return busy.getReadOnlyProperty();
    }

    /** @return the newest job's {@link Context#progress} (0 when submitted, 1 when it succeeded uncancelled) */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- internals

    /** On a worker: run the waiting requests one after the other until none is left. */
    private void drain() {
        while (true) {
            Request<T> r;
            Context context;
            synchronized (lock) {
                r = waiting;
                waiting = null;
                if (r == null) {
                    draining = false;
                    return;
                }
                context = new Context(this, r.id());
                running = context;
            }
            T result = null;
            Throwable error = null;
            try {
                background.beforeJob(failure);
                result = r.job().run(context);
            } catch (Exception | Error e) {
                error = e;
            }
            synchronized (lock) {
                finished = Math.max(finished, r.id());
            }
            T done = result;
            Throwable thrown = error;
            background.deliver(() -> settle(r, context, done, thrown));
        }
    }

    /** On the publisher: hand over the outcome of a finished job, if it is still wanted. */
    private void settle(Request<T> r, Context context, T result, Throwable error) {
        synchronized (lock) {
            if (running == context) {
                running = null;
            }
        }
        if (!background.isOpen()) {
            return;
        }
        boolean newest = r.id() == current;
        long newestFinished;
        synchronized (lock) {
            newestFinished = finished;
        }
        try {
            // superseded, or a newer outcome is already on its way: showing this one would be work for nothing
            if (cancelSuperseded ? !newest : r.id() <= published || r.id() < newestFinished) {
                return;
            }
            published = r.id();
            if (error != null) {
                if (!context.isCancelled() && !(error instanceof CancellationException)) {
                    fail(r.onFailure(), error);
                }
                return;
            }
            if (!context.isCancelled()) {
                background.problems().clear(failure);
                if (newest) {
                    progress.set(1);
                }
            }
            r.onResult().accept(result);
        } catch (RuntimeException e) {
            fail(null, e); // the view model's own publishing failed: say so, and go on
        } finally {
            if (newest) {
                busy.set(false);
            }
        }
    }

    private void fail(Consumer<String> onFailure, Throwable error) {
        background.problems().report(failure, error);
        if (onFailure != null) {
            onFailure.accept(background.problems().of(failure));
        }
    }

    private boolean isLive(Context c) {
        return background.isOpen() && c.id == current && !c.isCancelled();
    }

    private void guarded(Runnable partial) {
        try {
            partial.run();
        } catch (RuntimeException e) {
            fail(null, e);
        }
    }
}
