package org.gdlab.core.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.batch.ParallelIndex;
import org.gdlab.core.batch.RunKernel;
import org.gdlab.core.batch.RunSummary;

/**
 * Runs a {@link SweepSpec}: for each α_i of the log grid, the template with learning rate α_i, by
 * {@link RunKernel#summarize} (bit-identical to {@link org.gdlab.core.sim.Simulation#run}). The runs are
 * independent and each writes its own slot, so the result is the same for every thread count.
 *
 * <p>Call it off the UI thread. Progress goes to a {@link DoubleConsumer} with the fraction of runs done,
 * in (0, 1], called from worker threads once per finished run (so it must be thread-safe, e.g. post to the
 * UI thread). Cancellation is cooperative: the token is checked before each run and every
 * {@link RunKernel#CHECK_EVERY} steps inside one; a cancelled sweep returns within that much work per
 * worker and says so ({@link SweepResult#cancelled()}).
 */
public final class LearningRateSweep {

    private LearningRateSweep() {
    }

    /** Runs the sweep on {@link ParallelIndex#defaultThreads()} threads. */
    public static SweepResult run(SweepSpec spec, DoubleConsumer progress, CancellationToken token) {
        return run(spec, ParallelIndex.defaultThreads(), progress, token);
    }

    /**
     * @param spec what to sweep
     * @param threads worker threads, ≥ 1
     * @param progress receives the fraction of runs done after each run (from worker threads)
     * @param token cancels the sweep
     * @return the points of the runs that completed, in increasing α
     */
    public static SweepResult run(SweepSpec spec, int threads, DoubleConsumer progress, CancellationToken token) {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(token, "token");
        double[] rates = spec.learningRates();
        SweepPoint[] slots = new SweepPoint[rates.length];
        AtomicInteger done = new AtomicInteger();
        ParallelIndex.forEach(rates.length, threads, i -> {
            RunSummary s = RunKernel.summarize(spec.template().withLearningRate(rates[i]), token);
            if (s != null) {
                slots[i] = new SweepPoint(rates[i], s.cost(), s.gradientNorm(), s.steps(), s.end());
                progress.accept(done.incrementAndGet() / (double) rates.length);
            }
        }, token);
        List<SweepPoint> points = new ArrayList<>(rates.length);
        for (SweepPoint p : slots) {
            if (p != null) {
                points.add(p);
            }
        }
        return new SweepResult(spec, points, points.size() < rates.length);
    }
}
