package org.gdlab.core.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.batch.LockstepKernel;
import org.gdlab.core.batch.ParallelIndex;
import org.gdlab.core.batch.RunKernel;
import org.gdlab.core.batch.RunSummary;

/**
 * Runs a {@link SweepSpec}: for each α_i of the log grid, the template with learning rate α_i. The runs
 * differ only in α, so they go in chunks of 16 consecutive rates through
 * {@link LockstepKernel#summarizeLearningRates} (for a formula surface one batch evaluation of C and ∇C
 * per step for the whole chunk; otherwise one run after another); each run's result is exactly
 * {@link RunKernel#summarize}'s (bit-identical to {@link org.gdlab.core.sim.Simulation#run}). Chunks are
 * independent and each writes its own slots, so the result is the same for every thread count.
 *
 * <p>Call it off the UI thread. Progress goes to a {@link DoubleConsumer} with the fraction of runs done,
 * in (0, 1], called from worker threads once per finished run (so it must be thread-safe, e.g. post to the
 * UI thread); the runs of a chunk finish together, so the calls come in bursts of up to 16.
 * Cancellation is cooperative: the token is checked before each chunk and every
 * {@link RunKernel#CHECK_EVERY} steps inside one; a cancelled sweep returns within that much work per
 * worker and says so ({@link SweepResult#cancelled()}).
 */
public final class LearningRateSweep {

    /** Rates per lockstep call: small enough that a few chunks keep every worker busy. */
    static final int CHUNK = 16;

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
        int chunks = (rates.length + CHUNK - 1) / CHUNK;
        ParallelIndex.forEach(chunks, threads, c -> {
            int from = c * CHUNK;
            double[] chunk = Arrays.copyOfRange(rates, from, Math.min(rates.length, from + CHUNK));
            RunSummary[] runs = LockstepKernel.summarizeLearningRates(spec.template(), chunk, token);
            if (runs == null) {
                return;
            }
            for (int k = 0; k < runs.length; k++) {
                RunSummary s = runs[k];
                slots[from + k] = new SweepPoint(chunk[k], s.cost(), s.gradientNorm(), s.steps(), s.end());
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
