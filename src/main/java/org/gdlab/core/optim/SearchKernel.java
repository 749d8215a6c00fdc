package org.gdlab.core.optim;

/**
 * A rule that chooses its own step length t each step (a line search, or a formula for t): its state
 * starts with two slots that every loop reads after the update, slot {@value #T} the accepted t and slot
 * {@value #HALT} a {@link Halt} code (its ordinal). Such a rule needs extra evaluations of C and ∇C per
 * step, a varying number, so it is never stepped in lockstep ({@link Lockstep#NEVER}): the batch runners
 * run it one run at a time.
 */
interface SearchKernel extends UpdateKernel {

    /** Slot of the accepted step length t. */
    int T = 0;
    /** Slot of the {@link Halt} code. */
    int HALT = 1;

    @Override
    default Lockstep lockstep() {
        return Lockstep.NEVER;
    }

    @Override
    default double stepLength(double rate, double[] state, int i) {
        return state[i * stateSize() + T];
    }

    @Override
    default Halt halt(double[] state, int i) {
        return Halt.of(state[i * stateSize() + HALT]);
    }

    /**
     * Writes lane i's outcome: Δw = t·d when t is a step, otherwise no step and the halt.
     *
     * @param t the accepted step length, or {@link LineSearch#FAILED} / {@link LineSearch#UNBOUNDED}
     * @param failed the halt to report when t is not a step
     */
    static void finish(int i, int s, double t, double ddx, double ddy, Halt failed, double[] state, double[] dx,
            double[] dy) {
        if (Double.isNaN(t) || Double.isInfinite(t)) {
            state[s + T] = 0;
            state[s + HALT] = (Double.isInfinite(t) ? Halt.UNBOUNDED_ALONG_LINE : failed).ordinal();
            dx[i] = 0;
            dy[i] = 0;
            return;
        }
        state[s + T] = t;
        state[s + HALT] = Halt.NONE.ordinal();
        dx[i] = t * ddx;
        dy[i] = t * ddy;
    }
}
