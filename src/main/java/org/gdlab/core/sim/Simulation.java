package org.gdlab.core.sim;

import java.util.function.Consumer;

/** Runs a {@link RunConfig} to its end (see the package comment for one step). */
public final class Simulation {

    private Simulation() {
    }

    /** @return the whole run, every finite row kept, as a compact {@link Trajectory} */
    public static Trajectory run(RunConfig c) {
        Trajectory.Builder b = new Trajectory.Builder(Math.min(c.maxSteps(), 1 << 16) + 1);
        RunEnd end = stream(c, b);
        return b.build(end, c);
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
        if (!(s.end() instanceof Diverged)) {
            sink.accept(s.current());
        }
        return s.end();
    }
}
