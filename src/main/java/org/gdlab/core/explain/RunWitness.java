package org.gdlab.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.gdlab.core.sim.StepRecord;
import org.gdlab.core.sim.Trajectory;

/**
 * MUTABLE: what {@link Explainer} needs to know of a run, kept in bounded memory while its rows stream by
 * ({@link org.gdlab.core.sim.Simulation#stream}): row 0 and the last {@link #TAIL} + 1 rows, so a run of
 * a million steps costs no more than a short one. Feed it every row, in order, once. Not thread-safe.
 */
public final class RunWitness implements Consumer<StepRecord> {

    /** The explainer looks at the last TAIL steps (TAIL + 1 rows) of a run: 64. */
    public static final int TAIL = 64;

    private final StepRecord[] ring = new StepRecord[TAIL + 1];
    private StepRecord first;
    private int rows;
    private double travelled;

    /** @return a witness that has seen every row of t */
    public static RunWitness of(Trajectory t) {
        RunWitness w = new RunWitness();
        int n = t.size();
        if (n > 0) {
            w.first = t.step(0);
        }
        for (int k = Math.max(0, n - w.ring.length); k < n; k++) {
            w.ring[k % w.ring.length] = t.step(k);
        }
        for (int k = 1; k < n; k++) {
            w.travelled += Math.hypot(t.x(k) - t.x(k - 1), t.y(k) - t.y(k - 1));
        }
        w.rows = n;
        return w;
    }

    /** Takes row {@code rows()}, the next one. */
    @Override
    public void accept(StepRecord r) {
        if (rows == 0) {
            first = r;
        } else {
            travelled += r.w().minus(last().w()).norm();
        }
        ring[rows % ring.length] = r;
        rows++;
    }

    /** @return how many rows were seen (0 when the start itself was refused) */
    public int rows() {
        return rows;
    }

    /** @return the length of the path so far, Σ|w_{k+1} − w_k| */
    public double travelled() {
        return travelled;
    }

    /** @return row 0, or null before any row */
    public StepRecord first() {
        return first;
    }

    /** @return the last row seen, or null before any row */
    public StepRecord last() {
        return rows == 0 ? null : ring[(rows - 1) % ring.length];
    }

    /** @return the last min(rows, TAIL + 1) rows, oldest first */
    public List<StepRecord> tail() {
        int n = Math.min(rows, ring.length);
        List<StepRecord> out = new ArrayList<>(n);
        for (int k = rows - n; k < rows; k++) {
            out.add(ring[k % ring.length]);
        }
        return out;
    }
}
