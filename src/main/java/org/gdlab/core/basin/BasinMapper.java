package org.gdlab.core.basin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.batch.LockstepKernel;
import org.gdlab.core.batch.ParallelIndex;
import org.gdlab.core.batch.RunKernel;
import org.gdlab.core.batch.RunSummary;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.sim.Converged;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.MaxSteps;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.RunEnd;
import org.gdlab.core.sim.Stopped;

/**
 * Computes a {@link BasinMap}: rows of starts in parallel (each row writes only its own cells, so the map
 * is the same for every thread count), then one sequential pass in row-major order that clusters the
 * converged runs that matched no known minimum (so cluster ids are deterministic too).
 *
 * <p>The nx starts of one row share every setting but the start, so a row is one
 * {@link LockstepKernel#summarize} call: all its runs step together and each step evaluates C and ∇C at all
 * still-running starts in one batch call, which for a formula surface costs a fraction of nx single-point
 * calls (the runs of the 256 × 256 Himmelblau map as a formula: 170–220 ms → 45–48 ms on one thread). Every run's
 * summary is exactly {@link RunKernel#summarize}'s for that start, so the map is the same as with one run
 * at a time (tested). Where lockstep does not pay ({@link LockstepKernel#steppedInLockstep} false, as each
 * optimizer declares: Newton, or GD, momentum, Nesterov and Adagrad on a hand-written surface) the row's runs
 * go through {@link RunKernel#summarize} one after another.
 *
 * <p>Call it off the UI thread. Each finished row goes to the listener (from a worker thread). When the
 * token is cancelled (α or the optimizer changed) the workers stop within {@link RunKernel#CHECK_EVERY}
 * (lockstep) steps, the unfinished rows are left {@link BasinMap#NOT_COMPUTED}, and the map says it was cancelled.
 *
 * <p>A converged point that matches no known minimum is a {@link OutcomeKind#SADDLE_OR_MAXIMUM} when the
 * Hessian at the cluster's first point shows a negative eigenvalue (det H &lt; 0, or det H &gt; 0 and
 * tr H &lt; 0), otherwise an {@link OutcomeKind#OTHER_MINIMUM}.
 */
public final class BasinMapper {

    private BasinMapper() {
    }

    /** Computes on {@link ParallelIndex#defaultThreads()} threads. */
    public static BasinMap compute(BasinSpec spec, BasinListener listener, CancellationToken token) {
        return compute(spec, ParallelIndex.defaultThreads(), listener, token);
    }

    /**
     * @param spec what to compute
     * @param threads worker threads, ≥ 1
     * @param listener receives every finished row once
     * @param token cancels the computation
     * @return the map (partial and marked cancelled if the token was cancelled first)
     */
    public static BasinMap compute(BasinSpec spec, int threads, BasinListener listener, CancellationToken token) {
        return compute(spec, threads, listener, token, LockstepKernel::summarize);
    }

    /** How the runs of one row are made: lockstep, or one after another for reference. */
    @FunctionalInterface
    interface RowRunner {

        /** @return summary i of start (startX[i], startY[i]), or null when cancelled */
        RunSummary[] summarize(RunConfig template, double[] startX, double[] startY, CancellationToken token);
    }

    /**
     * The reference row runner: one {@link RunKernel#summarize} per start, as the map was computed before
     * {@link LockstepKernel}; the tests compare the lockstep map with it.
     */
    static RunSummary[] perRun(RunConfig template, double[] startX, double[] startY, CancellationToken token) {
        RunSummary[] row = new RunSummary[startX.length];
        for (int i = 0; i < row.length; i++) {
            row[i] = RunKernel.summarize(template.withStart(new Vec2(startX[i], startY[i])), token);
            if (row[i] == null) {
                return null;
            }
        }
        return row;
    }

    /** {@link #compute(BasinSpec, int, BasinListener, CancellationToken)} with the given row runner. */
    static BasinMap compute(BasinSpec spec, int threads, BasinListener listener, CancellationToken token,
            RowRunner rows) {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(token, "token");
        int nx = spec.nx();
        int ny = spec.ny();
        List<Vec2> minima = spec.knownMinima();
        int divergedId = minima.size();
        int notConvergedId = divergedId + 1;
        int[] ids = new int[nx * ny];
        Arrays.fill(ids, BasinMap.NOT_COMPUTED);
        int[] steps = new int[nx * ny];
        double[] endX = new double[nx * ny];
        double[] endY = new double[nx * ny];
        AtomicInteger rowsDone = new AtomicInteger();
        RunConfig template = spec.template();
        double r = spec.matchRadius();

        double[] startX = new double[nx];
        for (int i = 0; i < nx; i++) {
            startX[i] = spec.startX(i);
        }

        ParallelIndex.forEach(ny, threads, j -> {
            int[] rowIds = new int[nx];
            int[] rowSteps = new int[nx];
            double[] startY = new double[nx];
            Arrays.fill(startY, spec.startY(j));
            RunSummary[] row = rows.summarize(template, startX, startY, token);
            if (row == null) {
                return;
            }
            for (int i = 0; i < nx; i++) {
                RunSummary s = row[i];
                rowSteps[i] = s.steps();
                rowIds[i] = classify(s, minima, r, divergedId, notConvergedId);
                endX[j * nx + i] = s.last().x();
                endY[j * nx + i] = s.last().y();
            }
            System.arraycopy(rowIds, 0, ids, j * nx, nx);
            System.arraycopy(rowSteps, 0, steps, j * nx, nx);
            listener.rowDone(new BasinRow(j, rowIds, rowSteps, rowsDone.incrementAndGet(), ny));
        }, token);

        List<BasinClass> classes = new ArrayList<>();
        for (int m = 0; m < minima.size(); m++) {
            classes.add(BasinClass.knownMinimum(m, minima.get(m)));
        }
        classes.add(new BasinClass(divergedId, OutcomeKind.DIVERGED, null, "diverged"));
        classes.add(new BasinClass(notConvergedId, OutcomeKind.NOT_CONVERGED, null, "not converged"));
        for (int k = 0; k < ids.length; k++) {
            if (ids[k] == BasinRow.PENDING) {
                ids[k] = cluster(new Vec2(endX[k], endY[k]), classes, notConvergedId + 1, r, spec);
            }
        }
        int done = rowsDone.get();
        return new BasinMap(spec, ids, steps, classes, done, done < ny);
    }

    /** Java 17 has no pattern switch: an instanceof chain over the sealed {@link RunEnd}. */
    private static int classify(RunSummary s, List<Vec2> minima, double r, int divergedId, int notConvergedId) {
        RunEnd end = s.end();
        if (end instanceof Diverged) {
            return divergedId;
        }
        if (end instanceof MaxSteps || end instanceof Stopped) {
            return notConvergedId;
        }
        if (end instanceof Converged) {
            return knownMinimum(s.last(), minima, r);
        }
        throw new IllegalStateException("unknown run end " + end);
    }

    /** @return the id of the nearest known minimum within r of p, else {@link BasinRow#PENDING} */
    private static int knownMinimum(Vec2 p, List<Vec2> minima, double r) {
        int best = BasinRow.PENDING;
        double bestDistance = r;
        for (int m = 0; m < minima.size(); m++) {
            double d = p.minus(minima.get(m)).norm();
            if (d <= bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int cluster(Vec2 p, List<BasinClass> classes, int firstFound, double r, BasinSpec spec) {
        for (int id = firstFound; id < classes.size(); id++) {
            if (p.minus(classes.get(id).at()).norm() <= r) {
                return id;
            }
        }
        Sym2 h = spec.template().function().hessian(p);
        double det = h.determinant();
        boolean notMinimum = det < 0 || (det > 0 && h.trace() < 0);
        int id = classes.size();
        classes.add(BasinClass.found(id, notMinimum ? OutcomeKind.SADDLE_OR_MAXIMUM : OutcomeKind.OTHER_MINIMUM, p));
        return id;
    }
}
