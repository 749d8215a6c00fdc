package org.gdlab.render;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.gdlab.core.explain.Explainer;
import org.gdlab.core.explain.Outcome;
import org.gdlab.core.explain.RunWitness;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.RunEnd;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.StepRecord;
import org.gdlab.core.surface.ViewRect;

/**
 * One run's path reduced, while the run streams, to what a picture of it can show: an immutable polyline
 * of at most {@value #MAX_POINTS} points, whatever the number of steps.
 *
 * <p>The plane is cut into square cells of side max(view width, view height) / {@value #CELLS}, finer than
 * a pixel of the largest export (3840 pixels). Two rules drop what no picture can show:
 * <ol>
 *   <li>a row in the same cell as the one before it is dropped (the path stays within that cell meanwhile);
 *   <li>a move from cell A to cell B that was already drawn (either way) is not drawn again: the pen is
 *       lifted and put down at the next move that is new, so a run that oscillates or circles for a
 *       million steps keeps one copy of each segment.</li>
 * </ol>
 * Each kept point remembers its step, so a frame of the descent (up to step s) is the points with step ≤ s.
 * Should a path still have more than {@value #MAX_POINTS} points (a chaotic one), the cells double in size
 * and the kept points are reduced again, as often as needed. The first and the last row are kept exactly.
 */
final class PathSketch {

    /** The most points kept for one run. */
    static final int MAX_POINTS = 1 << 14;
    /** Cells along the longer side of the view: finer than the largest export's pixels. */
    static final int CELLS = 4096;
    /** Cell indices are clamped to ±this (beyond, about 2.6·10⁵ views away, points share edge cells). */
    private static final long MAX_INDEX = 1L << 30;

    private final RunConfig config;
    private final RunEnd end;
    private final int rows;
    private final int n;
    private final int[] steps;
    private final double[] xs;
    private final double[] ys;
    private final boolean[] penDown;
    private final Vec2 last;
    private final Outcome outcome;

    private PathSketch(Builder b, RunEnd end, Outcome outcome) {
        this.config = b.config;
        this.end = end;
        this.rows = b.rows;
        this.n = b.n;
        this.steps = Arrays.copyOf(b.steps, n);
        this.xs = Arrays.copyOf(b.xs, n);
        this.ys = Arrays.copyOf(b.ys, n);
        this.penDown = Arrays.copyOf(b.penDown, n);
        this.last = b.lastRow;
        this.outcome = outcome;
    }

    /**
     * Runs {@code config} to its end, keeping only the sketch of its path in {@code view} and what the
     * explainer needs (its first row and last steps), so memory stays bounded whatever the step count.
     */
    static PathSketch run(RunConfig config, ViewRect view) {
        Builder b = new Builder(config, view);
        RunWitness witness = new RunWitness();
        RunEnd end = Simulation.stream(config, r -> {
            b.accept(r);
            witness.accept(r);
        });
        return b.build(end, Explainer.explain(config, end, witness));
    }

    /** @return how the run ended and why, as the banner and the legends say it */
    Outcome outcome() {
        return outcome;
    }

    /** @return the run's specification */
    RunConfig config() {
        return config;
    }

    /** @return how the run ended */
    RunEnd end() {
        return end;
    }

    /** @return the number of rows of the run (steps + 1; 0 when the start itself could not be used) */
    int rows() {
        return rows;
    }

    /** @return the number of kept points */
    int size() {
        return n;
    }

    int step(int i) {
        return steps[i];
    }

    double x(int i) {
        return xs[i];
    }

    double y(int i) {
        return ys[i];
    }

    /** @return true when point i is joined to point i − 1 by a line; false when the pen jumps to it */
    boolean joined(int i) {
        return penDown[i];
    }

    /** @return the number of kept points with step ≤ s (the points of a frame at step s) */
    int countUpTo(int s) {
        int i = Arrays.binarySearch(steps, 0, n, s);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** @return where the run is at step s: the last row exactly, otherwise the last kept point at or before s */
    Vec2 at(int s) {
        if (s >= rows - 1 || n == 0) {
            return last;
        }
        int i = Math.max(0, countUpTo(s) - 1);
        return new Vec2(xs[i], ys[i]);
    }

    /** Collects the sketch from the rows of a run, in order. Mutable; one run, one thread. */
    static final class Builder implements Consumer<StepRecord> {
        private final RunConfig config;
        private final double x0;
        private final double y0;
        private double cell;

        private int rows;
        private Vec2 lastRow;
        private int n;
        private int[] steps = new int[64];
        private double[] xs = new double[64];
        private double[] ys = new double[64];
        private boolean[] penDown = new boolean[64];

        private final Set<Segment> drawn = new HashSet<>();
        private long penCell;
        /** a row where the pen was lifted to and that is not yet kept, or -1 */
        private int pendingStep = -1;
        private double pendingX;
        private double pendingY;

        Builder(RunConfig config, ViewRect view) {
            this.config = config;
            this.x0 = view.xMin();
            this.y0 = view.yMin();
            this.cell = Math.max(view.width(), view.height()) / CELLS;
        }

        @Override
        public void accept(StepRecord r) {
            rows++;
            lastRow = r.w();
            add(r.step(), r.w().x(), r.w().y(), true);
            if (n > MAX_POINTS) {
                coarsen();
            }
        }

        /** One row (or, when coarsening, one kept point; joined = false for a point the pen jumped to). */
        private void add(int step, double x, double y, boolean joined) {
            long c = cellOf(x, y);
            if (n == 0) {
                keep(step, x, y, false);
                penCell = c;
                return;
            }
            if (!joined) {
                lift(step, x, y);
                penCell = c;
                return;
            }
            if (c == penCell) {
                return;
            }
            if (!drawn.add(new Segment(Math.min(c, penCell), Math.max(c, penCell)))) {
                lift(step, x, y); // along a segment already drawn: the pen moves without drawing
                penCell = c;
                return;
            }
            if (pendingStep >= 0) {
                keep(pendingStep, pendingX, pendingY, false);
                pendingStep = -1;
            }
            keep(step, x, y, true);
            penCell = c;
        }

        private void lift(int step, double x, double y) {
            pendingStep = step;
            pendingX = x;
            pendingY = y;
        }

        private void keep(int step, double x, double y, boolean joined) {
            if (n == steps.length) {
                int c = Math.min(MAX_POINTS + 2, n * 2);
                steps = Arrays.copyOf(steps, c);
                xs = Arrays.copyOf(xs, c);
                ys = Arrays.copyOf(ys, c);
                penDown = Arrays.copyOf(penDown, c);
            }
            steps[n] = step;
            xs[n] = x;
            ys[n] = y;
            penDown[n] = joined;
            n++;
        }

        /** Doubles the cells and reduces the kept points again, until at most half the budget is used. */
        private void coarsen() {
            while (n > MAX_POINTS / 2) {
                int[] s = Arrays.copyOf(steps, n);
                double[] x = Arrays.copyOf(xs, n);
                double[] y = Arrays.copyOf(ys, n);
                boolean[] d = Arrays.copyOf(penDown, n);
                int pending = pendingStep;
                double px = pendingX;
                double py = pendingY;
                int count = n;
                cell *= 2;
                n = 0;
                drawn.clear();
                pendingStep = -1;
                for (int i = 0; i < count; i++) {
                    add(s[i], x[i], y[i], d[i]);
                }
                if (pending >= 0) {
                    add(pending, px, py, false);
                }
            }
        }

        private long cellOf(double x, double y) {
            long i = index((x - x0) / cell);
            long j = index((y - y0) / cell);
            return (i + MAX_INDEX) * (2 * MAX_INDEX + 1) + (j + MAX_INDEX);
        }

        private static long index(double v) {
            return (long) Math.max(-MAX_INDEX, Math.min(MAX_INDEX, Math.floor(v)));
        }

        /** @return the sketch; a point the pen was lifted to is kept, so the path ends where the run did */
        PathSketch build(RunEnd end, Outcome outcome) {
            if (pendingStep >= 0) {
                keep(pendingStep, pendingX, pendingY, false);
                pendingStep = -1;
            }
            return new PathSketch(this, end, outcome);
        }
    }

    /** A drawn move between two cells, the smaller cell first. */
    private record Segment(long a, long b) {
    }
}
