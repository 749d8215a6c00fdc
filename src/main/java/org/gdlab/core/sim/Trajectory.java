package org.gdlab.core.sim;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerState;

/**
 * An immutable finished run: rows 0 … size() − 1 (every number finite), how it ended and its config.
 * Stored compactly as parallel primitive arrays (8 doubles per row), not as objects; when asked for
 * ({@link Simulation#run(RunConfig, java.util.NavigableMap, boolean)}), also the optimizer's state at every
 * row as its kernel's doubles, viewed on demand as an {@link OptimizerState}.
 */
public final class Trajectory {

    private final int size;
    private final double[] x;
    private final double[] y;
    private final double[] cost;
    private final double[] gx;
    private final double[] gy;
    private final double[] lr;
    private final double[] ux;
    private final double[] uy;
    private final double[] states;
    private final int stateSize;
    private final RunEnd end;
    private final RunConfig config;

    private Trajectory(Builder b, RunEnd end, RunConfig config) {
        this.size = b.n;
        this.x = Arrays.copyOf(b.x, size);
        this.y = Arrays.copyOf(b.y, size);
        this.cost = Arrays.copyOf(b.cost, size);
        this.gx = Arrays.copyOf(b.gx, size);
        this.gy = Arrays.copyOf(b.gy, size);
        this.lr = Arrays.copyOf(b.lr, size);
        this.ux = Arrays.copyOf(b.ux, size);
        this.uy = Arrays.copyOf(b.uy, size);
        this.stateSize = b.stateSize;
        this.states = b.states == null ? null : Arrays.copyOf(b.states, size * b.stateSize);
        this.end = end;
        this.config = config;
    }

    /** @return the number of rows (0 only when the start itself diverged) */
    public int size() {
        return size;
    }

    /** @return row k as a record */
    public StepRecord step(int k) {
        return new StepRecord(k, point(k), cost(k), gradient(k), learningRate(k), update(k));
    }

    /** @return an unmodifiable view of all rows */
    public List<StepRecord> steps() {
        return new AbstractList<>() {
            @Override
            public StepRecord get(int k) {
                return step(k);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** @return x of w_k */
    public double x(int k) {
        return x[check(k)];
    }

    /** @return y of w_k */
    public double y(int k) {
        return y[check(k)];
    }

    /** @return w_k */
    public Vec2 point(int k) {
        return new Vec2(x(k), y[k]);
    }

    /** @return C(w_k) */
    public double cost(int k) {
        return cost[check(k)];
    }

    /** @return the exact ∇C(w_k) */
    public Vec2 gradient(int k) {
        return new Vec2(gx[check(k)], gy[k]);
    }

    /** @return ∂C/∂x at w_k (exact) */
    public double gx(int k) {
        return gx[check(k)];
    }

    /** @return ∂C/∂y at w_k (exact) */
    public double gy(int k) {
        return gy[check(k)];
    }

    /** @return α_k */
    public double learningRate(int k) {
        return lr[check(k)];
    }

    /** @return w_{k+1} − w_k (zero on the final row when no finite step follows) */
    public Vec2 update(int k) {
        return new Vec2(ux[check(k)], uy[k]);
    }

    /** @return a copy of the x coordinates of all rows */
    public double[] xs() {
        return x.clone();
    }

    /** @return a copy of the y coordinates of all rows */
    public double[] ys() {
        return y.clone();
    }

    /** @return a copy of the costs of all rows */
    public double[] costs() {
        return cost.clone();
    }

    /** @return true when the run kept the optimizer's state at every row ({@link #state}) */
    public boolean hasStates() {
        return states != null;
    }

    /**
     * @return the optimizer's state at w_k, before the step that leaves w_k (k updates folded in)
     * @throws IllegalStateException if the states were not kept ({@link #hasStates()})
     */
    public OptimizerState state(int k) {
        check(k);
        if (states == null) {
            throw new IllegalStateException("this run did not keep its optimizer states");
        }
        return OptimizerState.of(config.optimizer(), k,
                Arrays.copyOfRange(states, k * stateSize, (k + 1) * stateSize));
    }

    /** @return how the run ended */
    public RunEnd end() {
        return end;
    }

    /** @return the config that produced this run */
    public RunConfig config() {
        return config;
    }

    private int check(int k) {
        if (k < 0 || k >= size) {
            throw new IndexOutOfBoundsException("row " + k + " of a trajectory with " + size + " rows");
        }
        return k;
    }

    /** Collects rows (and, if asked, the state at each) in order; MUTABLE, growable arrays. */
    static final class Builder implements Consumer<StepRecord> {
        private int n;
        private double[] x;
        private double[] y;
        private double[] cost;
        private double[] gx;
        private double[] gy;
        private double[] lr;
        private double[] ux;
        private double[] uy;
        private final int stateSize;
        private double[] states;

        /** @param stateSize doubles of state per row, or −1 to keep no states */
        Builder(int capacity, int stateSize) {
            int c = Math.max(capacity, 2);
            x = new double[c];
            y = new double[c];
            cost = new double[c];
            gx = new double[c];
            gy = new double[c];
            lr = new double[c];
            ux = new double[c];
            uy = new double[c];
            this.stateSize = Math.max(stateSize, 0);
            states = stateSize < 0 ? null : new double[c * this.stateSize];
        }

        /** @return the array that receives the next row's state at {@link #stateOffset()} */
        double[] stateSlot() {
            ensureRoom();
            return states;
        }

        /** @return where the next row's state goes in {@link #stateSlot()} */
        int stateOffset() {
            return n * stateSize;
        }

        private void ensureRoom() {
            if (n == x.length) {
                int c = x.length + (x.length >> 1) + 1;
                x = Arrays.copyOf(x, c);
                y = Arrays.copyOf(y, c);
                cost = Arrays.copyOf(cost, c);
                gx = Arrays.copyOf(gx, c);
                gy = Arrays.copyOf(gy, c);
                lr = Arrays.copyOf(lr, c);
                ux = Arrays.copyOf(ux, c);
                uy = Arrays.copyOf(uy, c);
                if (states != null) {
                    states = Arrays.copyOf(states, c * stateSize);
                }
            }
        }

        @Override
        public void accept(StepRecord r) {
            ensureRoom();
            x[n] = r.w().x();
            y[n] = r.w().y();
            cost[n] = r.cost();
            gx[n] = r.gradient().x();
            gy[n] = r.gradient().y();
            lr[n] = r.learningRate();
            ux[n] = r.update().x();
            uy[n] = r.update().y();
            n++;
        }

        Trajectory build(RunEnd end, RunConfig config) {
            return new Trajectory(this, end, config);
        }
    }
}
