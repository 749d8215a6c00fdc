package org.gdlab.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.gdlab.core.expr.FormulaSurface;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameter;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.schedule.Schedules;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.surface.SurfaceCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One update kernel per rule: for every optimizer, the one-run {@link org.gdlab.core.sim.Stepper} (through
 * {@link Simulation#run}), {@link RunKernel} and {@link LockstepKernel} (many lanes, forced into lockstep even
 * where the rule runs one at a time by choice) give the same last
 * point, cost, gradient norm and end, bit for bit, over seeded random configurations: hyperparameters across
 * their sliders, with and without noise, clipping and schedules, on hand-written and formula surfaces,
 * including runs that converge, exhaust their steps and diverge.
 */
class KernelAgreementTest {

    private static final CostFunction[] SURFACES = {
        SurfaceCatalog.create("himmelblau"),
        FormulaSurface.parse("(x^2 + y - 11)^2 + (x + y^2 - 7)^2"),
        SurfaceCatalog.create("rosenbrock"),
        SurfaceCatalog.create("quadratic"),
        FormulaSurface.parse("sin(x)cos(y) + 0.1(x^2+y^2)"),
        SurfaceCatalog.create("saddle"),
    };

    private static final String[] SCHEDULES = {"constant", "exp:0.995", "step:20:0.5", "inv:0.01", "cosine:200:0.001"};

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void stepperRunKernelAndLockstepAgreeBitForBit(OptimizerKind k) {
        SplittableRandom r = new SplittableRandom(20_261_206L + k.ordinal());
        int diverged = 0;
        int noisy = 0;
        for (int n = 0; n < 24; n++) {
            RunConfig template = randomConfig(k, r);
            noisy += template.noise() > 0 ? 1 : 0;
            double[] xs = new double[16];
            double[] ys = new double[16];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = r.nextDouble(-5, 5);
                ys[i] = r.nextDouble(-5, 5);
            }
            RunSummary[] lanes = LockstepKernel.summarizeInLockstep(template, xs, ys, CancellationToken.none());
            assertNotNull(lanes);
            for (int i = 0; i < xs.length; i++) {
                RunConfig c = template.withStart(new Vec2(xs[i], ys[i]));
                RunSummary stepper = fromStepper(c);
                String what = k.id() + " " + c.hyper() + " α = " + c.learningRate() + " σ = " + c.noise()
                        + " clip " + c.clip() + " from " + c.start() + " on " + c.function();
                assertBitIdentical(stepper, RunKernel.summarize(c, CancellationToken.none()), what + " (one run)");
                assertBitIdentical(stepper, lanes[i], what + " (lockstep)");
                diverged += stepper.diverged() ? 1 : 0;
            }
        }
        assertTrue(diverged > 0, k.id() + ": the sample includes diverging runs");
        assertTrue(k.choosesStepLength() ? noisy == 0 : noisy > 0 && noisy < 24,
                k.id() + ": the sample mixes noisy and exact runs (line-search rules: exact only)");
    }

    /** A run with the optimizer's hyperparameters drawn across their sliders, and noise, clip, schedule or not. */
    private static RunConfig randomConfig(OptimizerKind k, SplittableRandom r) {
        Hyperparameters h = Hyperparameters.defaults(k);
        for (Hyperparameter d : k.hyperparameters()) {
            if (r.nextBoolean()) {
                h = h.with(d.name(), onSlider(d, r.nextDouble()));
            }
        }
        CostFunction f = SURFACES[r.nextInt(SURFACES.length)];
        double lr = k.defaultLearningRate() * Math.pow(10, r.nextDouble(-1.5, 1.2));
        if (k.hyperparameter("cstar").isPresent() && Double.isNaN(RunConfig.knownMinimumValue(f))) {
            h = h.with("cstar", r.nextDouble(-1, 1));
        }
        String schedule = SCHEDULES[r.nextInt(SCHEDULES.length)];
        int warmup = r.nextInt(0, 3) * 5;
        boolean clip = r.nextBoolean();
        boolean noise = r.nextBoolean();
        if (k.choosesStepLength()) {
            // line-search rules are deterministic: no schedule, warm-up or noise (RunConfig refuses them)
            schedule = "constant";
            warmup = 0;
            noise = false;
        }
        RunConfig c = RunConfig.of(f, Vec2.ZERO, h, lr)
                .withMaxSteps(r.nextInt(0, 300))
                .withSchedule(Schedules.parse(schedule))
                .withWarmup(warmup)
                .withEscapeBound(r.nextBoolean() ? 1e6 : 7);
        if (clip) {
            c = c.withClip(r.nextDouble(0.5, 20));
        }
        if (noise) {
            c = c.withNoise(r.nextDouble(0.1, 3)).withSeed(r.nextLong());
        }
        if (r.nextInt(4) == 0) {
            c = c.withTolerance(0);
        }
        return c;
    }

    /** @return the value at position u ∈ [0, 1) of the declaration's slider */
    private static double onSlider(Hyperparameter d, double u) {
        Hyperparameter.Slider s = d.slider();
        if (d.type() != Hyperparameter.Type.REAL) {
            return Math.rint(s.min() + u * (s.max() - s.min()));
        }
        return switch (s.scale()) {
            case LINEAR -> s.min() + u * (s.max() - s.min());
            case LOG -> s.min() * Math.pow(s.max() / s.min(), u);
            case LOG_COMPLEMENT -> 1 - (1 - s.min()) * Math.pow((1 - s.max()) / (1 - s.min()), u);
        };
    }

    /** The reference: the simulation's last row and end, as a summary. */
    private static RunSummary fromStepper(RunConfig c) {
        Trajectory t = Simulation.run(c);
        if (t.size() == 0) {
            return new RunSummary(c.start(), Double.NaN, Double.NaN, t.end());
        }
        int last = t.size() - 1;
        return new RunSummary(t.point(last), t.cost(last), t.gradient(last).norm(), t.end());
    }

    private static void assertBitIdentical(RunSummary expected, RunSummary actual, String what) {
        assertNotNull(actual, what);
        assertEquals(Double.doubleToLongBits(expected.last().x()), Double.doubleToLongBits(actual.last().x()), what + ": x");
        assertEquals(Double.doubleToLongBits(expected.last().y()), Double.doubleToLongBits(actual.last().y()), what + ": y");
        assertEquals(Double.doubleToLongBits(expected.cost()), Double.doubleToLongBits(actual.cost()), what + ": cost");
        assertEquals(Double.doubleToLongBits(expected.gradientNorm()), Double.doubleToLongBits(actual.gradientNorm()),
                what + ": |∇C|");
        assertEquals(expected.end(), actual.end(), what + ": end");
        if (expected.end() instanceof Diverged d) {
            assertEquals(d.message(), ((Diverged) actual.end()).message(), what);
        }
    }
}
