package org.gdlab.app.viewmodel;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * An executor that only queues: the test runs the queue on its own thread with {@link #drain()}. Used as
 * both the workers and the publisher of a {@link Background}, every job and every publication then runs on
 * the test thread, in order, when the test says so: nothing publishes while the test changes the model.
 * Tasks may be queued from any thread (the core's parallel loops publish basin rows from theirs).
 */
public final class DrainExecutor implements Executor {

    /** more tasks than this in one drain means something queues itself for ever */
    private static final int LIMIT = 1_000_000;

    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable task) {
        queue.add(task);
    }

    /** @return a background whose workers and publisher are this executor, with its own {@link Problems} */
    public Background background() {
        return new Background(this, this, new Problems());
    }

    /**
     * Run queued tasks, and the tasks they queue, until none is left.
     *
     * @return how many ran
     */
    public int drain() {
        int ran = 0;
        Runnable task;
        while ((task = queue.poll()) != null) {
            task.run();
            if (++ran > LIMIT) {
                throw new AssertionError("the queue never empties");
            }
        }
        return ran;
    }

    /**
     * For a background whose workers are real threads and whose publisher is this executor: run the
     * publications as they arrive, waiting for each, until {@code done} holds.
     *
     * @throws AssertionError when nothing arrives for a minute
     */
    public void drainUntil(BooleanSupplier done) throws InterruptedException {
        drain();
        while (!done.getAsBoolean()) {
            Runnable task = queue.poll(60, TimeUnit.SECONDS);
            if (task == null) {
                throw new AssertionError("nothing was published for a minute");
            }
            task.run();
            drain();
        }
    }

    /** @return true when nothing is queued */
    public boolean isEmpty() {
        return queue.isEmpty();
    }
}
