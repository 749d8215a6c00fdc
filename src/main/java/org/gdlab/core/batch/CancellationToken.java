package org.gdlab.core.batch;

/**
 * MUTABLE, thread-safe "please stop" flag for long computations. The owner (say, the UI when α changes)
 * calls {@link #cancel()}; workers poll {@link #isCancelled()} between runs and every
 * {@link RunKernel#CHECK_EVERY} steps inside a run, and return a result marked cancelled. Once cancelled a
 * token stays cancelled: use a new token for the next computation.
 */
public final class CancellationToken {

    private volatile boolean cancelled;

    /** Creates a token that is not cancelled. */
    public CancellationToken() {
    }

    /** @return a token that is never cancelled unless someone calls {@link #cancel()} on it */
    public static CancellationToken none() {
        return new CancellationToken();
    }

    /** Asks the work to stop; safe from any thread, idempotent. */
    public void cancel() {
        cancelled = true;
    }

    /** @return true once {@link #cancel()} has been called */
    public boolean isCancelled() {
        return cancelled;
    }
}
