package org.gdlab.core.sim;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Consumer;

/** Runs a {@link RunConfig} to its end (see the package comment for one step). */
public final class Simulation {

    private Simulation() {
    }

    /** @return the whole run, every finite row kept, as a compact {@link Trajectory} */
    public static Trajectory run(RunConfig c) {
        return run(c, Collections.emptyNavigableMap(), false);
    }

    /**
     * Runs c once, with live changes of the base learning rate and, if asked, the optimizer state at every
     * row: what the UI plans after "tune live" changes, and what a race draws as each run's memory.
     *
     * @param c the run (its α is the base rate until the first change)
     * @param rateChanges step → α: from that step on (the update leaving w_step and later) the base rate is
     *     α, as {@link Stepper#setLearningRate} at that row; empty for none
     * @param withStates whether to keep the state at every row ({@link Trajectory#state})
     * @return the whole run
     * @throws IllegalArgumentException if a changed rate is not finite and &gt; 0
     */
    public static Trajectory run(RunConfig c, NavigableMap<Integer, Double> rateChanges, boolean withStates) {
        Stepper s = new Stepper(c);
        int stateSize = c.optimizer().definition().state().size();
        Trajectory.Builder b = new Trajectory.Builder(Math.min(c.maxSteps(), 1 << 16) + 1,
                withStates ? stateSize : -1);
        if (s.current() == null) {
            return b.build(s.end(), c);
        }
        applyChanges(s, rateChanges, Integer.MIN_VALUE);
        while (s.end() == null) {
            int k = s.current().step();
            if (withStates) {
                s.copyStateTo(b.stateSlot(), b.stateOffset());
            }
            s.advance();
            b.accept(s.previous());
            if (!byAttempt(s.end())) {
                applyChanges(s, rateChanges, k);
            }
        }
        if (!byAttempt(s.end())) {
            if (withStates) {
                s.copyStateTo(b.stateSlot(), b.stateOffset());
            }
            b.accept(s.current());
        }
        return b.build(s.end(), c);
    }

    /** Applies the changes after step {@code after} up to the current row's step, in step order. */
    private static void applyChanges(Stepper s, NavigableMap<Integer, Double> changes, int after) {
        if (changes.isEmpty()) {
            return;
        }
        int k = s.current().step();
        for (Map.Entry<Integer, Double> e : changes.subMap(after, false, k, true).entrySet()) {
            s.setLearningRate(e.getValue());
        }
    }

    /**
     * Runs c and hands each row, in order 0, 1, …, to the sink as soon as its update is known, keeping
     * nothing else: memory stays bounded however many steps are taken.
     *
     * @return how the run ended
     */
    public static RunEnd stream(RunConfig c, Consumer<StepRecord> sink) {
        Stepper s = new Stepper(c);
        if (s.current() == null) {
            return s.end();
        }
        while (s.end() == null) {
            s.advance();
            sink.accept(s.previous());
        }
        if (!byAttempt(s.end())) {
            sink.accept(s.current());
        }
        return s.end();
    }

    /** @return true when the run has ended by an attempted step (diverged or stopped): row k is the last */
    private static boolean byAttempt(RunEnd e) {
        return e != null && e.endedByAttempt();
    }
}
