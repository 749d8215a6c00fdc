package org.gdlab.core.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs tasks 0 … n − 1 on a fixed pool of worker threads that take the next index from a shared counter
 * (dynamic scheduling, so a slow row does not hold up the others). Each task must write only its own
 * result slot; then the results are the same for every thread count. A cancelled token stops the workers
 * from taking new indices; tasks already running are expected to poll the token themselves.
 */
public final class ParallelIndex {

    private ParallelIndex() {
    }

    /** @return the number of processors the JVM sees: the default parallelism */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Calls task.accept(i) once for every i in [0, n) unless cancelled first, on min(threads, n) workers
     * (the calling thread alone when that is 1), and returns when all workers have stopped.
     *
     * @param n the number of tasks, ≥ 0
     * @param threads the number of workers, ≥ 1
     * @param task the work for one index; called from worker threads
     * @param token polled before each index is taken
     * @throws RuntimeException the first exception a task threw (the other workers then stop taking work);
     *     an Error is rethrown as is
     */
    public static void forEach(int n, int threads, IntConsumer task, CancellationToken token) {
        if (n < 0 || threads < 1) {
            throw new IllegalArgumentException("need n ≥ 0 and threads ≥ 1, got n = " + n + ", threads = " + threads);
        }
        AtomicInteger next = new AtomicInteger();
        CancellationToken stop = new CancellationToken();
        Runnable worker = () -> {
            while (!token.isCancelled() && !stop.isCancelled()) {
                int i = next.getAndIncrement();
                if (i >= n) {
                    return;
                }
                try {
                    task.accept(i);
                } catch (RuntimeException | Error e) {
                    stop.cancel();
                    throw e;
                }
            }
        };
        int workers = Math.min(threads, n);
        if (workers <= 1) {
            worker.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "gdlab-batch-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(worker));
            }
            Throwable failure = null;
            boolean interrupted = false;
            for (Future<?> f : futures) {
                while (true) {
                    try {
                        f.get();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                        stop.cancel();
                    } catch (ExecutionException e) {
                        if (failure == null) {
                            failure = e.getCause();
                        }
                        break;
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failure instanceof RuntimeException re) {
                throw re;
            }
            if (failure instanceof Error er) {
                throw er;
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
