package org.gdlab.core.optim;

import org.gdlab.core.surface.CostFunction;

/**
 * The arithmetic of one update rule, once, on primitive doubles and for n lanes at a time: the one-run
 * {@link org.gdlab.core.sim.Stepper} calls it with one lane, the batch runners
 * ({@code org.gdlab.core.batch}) with one lane per run or many lanes in lockstep, and {@link Optimizer}'s
 * {@code update} is a thin wrapper around it. So every loop performs the same floating-point operations in
 * the same order, and their results agree bit for bit by construction.
 *
 * <p>A kernel is immutable and holds only its optimizer's hyperparameters (made by
 * {@link OptimizerDefinition#kernel()}); the state lives in the caller's array, {@link #stateSize()}
 * doubles per lane, all 0 before the first step (the names in {@link OptimizerDefinition#state()}).
 */
public interface UpdateKernel {

    /**
     * Where stepping many runs of a rule in lockstep ({@link org.gdlab.core.batch.LockstepKernel}) is faster
     * than one run at a time ({@link org.gdlab.core.batch.RunKernel}), as measured for that rule
     * ({@code KernelBenchmark}; figures in {@code LockstepKernel}'s class comment). Both give the same
     * results, bit for bit; this only picks the faster.
     */
    enum Lockstep {
        /** never: one run at a time is as fast or faster (Newton: its Hessian solve per lane dominates) */
        NEVER,
        /**
         * only on a surface that evaluates many points at once (a compiled formula); on a hand-written
         * surface batching adds array traffic to a cheap rule
         */
        WITH_BATCH_SURFACE,
        /**
         * on every surface: the rule's step is a chain of square roots, divisions or powers that one run
         * waits on step after step, while many lanes overlap them (and Adam's bias corrections are computed
         * once per step for all lanes)
         */
        ALWAYS
    }

    /** @return where lockstep pays for this rule (default {@link Lockstep#WITH_BATCH_SURFACE}) */
    default Lockstep lockstep() {
        return Lockstep.WITH_BATCH_SURFACE;
    }

    /** @return how many doubles of state one lane carries (0 for rules without memory) */
    int stateSize();

    /**
     * One step of lanes 0 … n − 1. Lane i sees the gradient (gx[i], gy[i]) (possibly noisy and clipped), steps
     * with the rate rate[i] from the iterate (x[i], y[i]), and carries the state
     * state[i·S … i·S + S − 1] with S = {@link #stateSize()}.
     *
     * <p>Modified: dx[0..n), dy[0..n) (receive Δw) and the lanes' state slices (updated in place). Read only:
     * everything else.
     *
     * @param n the number of lanes, ≥ 0
     * @param steps how many updates every lane's state already holds (Adam's bias correction uses t = steps + 1)
     * @param gx the x of the gradient each lane sees
     * @param gy its y
     * @param rate each lane's learning rate α_k
     * @param x each lane's iterate, x (Newton evaluates the Hessian there, a line search starts there)
     * @param y each lane's iterate, y
     * @param state the lanes' states, S doubles each
     * @param dx receives Δw, x
     * @param dy receives Δw, y
     * @param f the cost (Newton uses it for ∇²C; the rules that choose their own step length evaluate C and ∇C
     *     along their search direction)
     */
    void update(int n, int steps, double[] gx, double[] gy, double[] rate, double[] x, double[] y, double[] state,
            double[] dx, double[] dy, CostFunction f);

    /**
     * The step length t of lane i's last update, as written on every CSV/JSON row ({@code lr}): for a rule
     * with a fixed α it is the rate it was given; a line-search rule reports the t it accepted
     * (w_{k+1} = w_k + t·d_k).
     *
     * @param rate the rate lane i was given
     * @param state the lanes' states after the update (read only)
     * @param i the lane
     * @return t
     */
    default double stepLength(double rate, double[] state, int i) {
        return rate;
    }

    /**
     * @param state the lanes' states after the update (read only)
     * @param i the lane
     * @return whether lane i's last update could not take its step ({@link Halt#NONE} for rules with a fixed α)
     */
    default Halt halt(double[] state, int i) {
        return Halt.NONE;
    }
}
