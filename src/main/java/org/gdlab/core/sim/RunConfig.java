package org.gdlab.core.sim;

import java.util.Objects;
import java.util.Optional;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.DataSpec;
import org.gdlab.core.data.MiniBatches;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.optim.UpdateKernel;
import org.gdlab.core.schedule.Schedule;
import org.gdlab.core.schedule.Schedules;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.ViewRect;

/**
 * The run specification: the one immutable value that determines a trajectory. Same value ⇒ the same
 * trajectory, bit for bit, and the same end, wherever it runs: the window (main run and every raced run),
 * the command line ({@code run}, {@code render}), scenario files and lessons all build this value and hand
 * it to the same engine ({@link Simulation}, {@link Stepper}). Nothing about the view on screen is part of
 * it: zooming never changes a run.
 *
 * <p><b>Defaults live here and nowhere else</b>: {@link #of}, {@link #defaults}, {@link #DEFAULT_MAX_STEPS},
 * {@link #DEFAULT_TOLERANCE}, {@link #DEFAULT_SEED}, {@link #defaultLearningRate} and
 * {@link #escapeBoundFor}. <b>Checks live here too</b>: the compact constructor refuses an invalid field
 * with one sentence in plain words (the window shows it next to the field, the command line prints it and
 * exits with status 2, a scenario file names it with its path); the hyperparameters check themselves
 * ({@link Hyperparameters}). The rules that choose their own step length
 * ({@link OptimizerKind#choosesStepLength()}: armijo, wolfe, exact, polyak, bb, cg, bfgs, lbfgs) are
 * deterministic: with them a noise σ &gt; 0, a schedule other than constant and a warm-up are refused, and
 * Polyak's step needs C* ({@link #cstar()}), refused when neither given nor known.
 *
 * @param function the cost C (a {@link Surface} in the app and on the command line)
 * @param start w₀ (finite)
 * @param optimizer which optimizer
 * @param hyper its hyperparameters, of the same optimizer ({@link #of} uses {@link Hyperparameters#defaults})
 * @param learningRate the base learning rate α &gt; 0 (finite)
 * @param schedule the schedule before warm-up: α_k = schedule.rate(α, k) (default constant); it prints as
 *     its spec ({@code "cosine:200"})
 * @param warmup W ≥ 0: α_k is further scaled by (k + 1)/W while k &lt; W (0 and 1: none; default 0); see
 *     {@link #rates()}
 * @param clip the gradient-norm cap c ≥ 0; 0 means no clipping (default 0)
 * @param noise σ ≥ 0 of the simulated gradient noise (default 0: none)
 * @param seed the seed of the noise generator (default {@value #DEFAULT_SEED}, the same in the window, on
 *     the command line and in scenario files)
 * @param maxSteps the most steps to take, ≥ 0 (default {@value #DEFAULT_MAX_STEPS}; the window and scenario
 *     files allow at most {@value #MAX_MAX_STEPS}, the command line streams any number)
 * @param tolerance converged when |∇C(w_k)| &lt; tolerance, finite and ≥ 0 (default {@value #DEFAULT_TOLERANCE})
 * @param escapeBound diverged ("left the bound") when |w_k| &gt; this bound; a property of the surface, not
 *     of the view: {@link #escapeBoundFor} (7.07e4 for the quadratic's [−5, 5]² view)
 * @param batch the mini-batch size B on a data cost ({@link DataCost}): 0 (the default) steps on the full
 *     gradient; 1 ≤ B ≤ N steps on the gradient of one mini-batch per step, the batches drawn by
 *     {@link MiniBatches} with this run's seed (an epoch is ⌈N/B⌉ steps; see there for the exact shuffle).
 *     The recorded gradient and the convergence test stay on the full gradient. Data settings (the
 *     dataset, the model, feature scaling, the L2 penalty λ) are the cost function's {@link DataSpec}:
 *     {@link #data()}; a data cost takes no artificial noise (σ must be 0: its batches are the noise).
 */
public record RunConfig(CostFunction function, Vec2 start, OptimizerKind optimizer, Hyperparameters hyper,
        double learningRate, Schedule schedule, int warmup, double clip, double noise, long seed, int maxSteps,
        double tolerance, double escapeBound, int batch) {

    /** Default most steps: 1000. */
    public static final int DEFAULT_MAX_STEPS = 1000;
    /** The largest step limit of a run that is kept whole (the window, scenario files): 1,000,000. */
    public static final int MAX_MAX_STEPS = 1_000_000;
    /** Default gradient-norm tolerance: 1e-8. */
    public static final double DEFAULT_TOLERANCE = 1e-8;
    /** Default batch size: 0, every step on all the data (the full gradient). */
    public static final int DEFAULT_BATCH = 0;
    /** Default noise seed: 0, everywhere. */
    public static final long DEFAULT_SEED = 0L;
    /** The escape bound of a cost function that has no default view (one given in code, e.g. in tests): 1e6. */
    public static final double ESCAPE_BOUND_WITHOUT_VIEW = 1e6;

    /** @throws IllegalArgumentException with a one-line message in plain words for an invalid field */
    public RunConfig {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(hyper, "hyper");
        Objects.requireNonNull(schedule, "schedule");
        if (hyper.kind() != optimizer) {
            throw new IllegalArgumentException("the hyperparameters of " + hyper.kind().id() + " do not fit a "
                    + optimizer.id() + " run");
        }
        if (!start.isFinite()) {
            throw new IllegalArgumentException("the start point must be finite, got (" + start.x() + ", " + start.y() + ")");
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate α must be a finite number > 0, got " + learningRate);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("the warm-up must be 0 or more steps, got " + warmup);
        }
        if (!(clip >= 0) || !Double.isFinite(clip)) {
            throw new IllegalArgumentException("the clip must be a finite number ≥ 0 (0: none), got " + clip);
        }
        if (!(noise >= 0) || !Double.isFinite(noise)) {
            throw new IllegalArgumentException("the noise σ must be a finite number ≥ 0, got " + noise);
        }
        if (maxSteps < 0) {
            throw new IllegalArgumentException("the number of steps must be 0 or more, got " + maxSteps);
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("the tolerance must be a finite number ≥ 0, got " + tolerance);
        }
        if (!(escapeBound > 0)) {
            throw new IllegalArgumentException("the escape bound must be > 0, got " + escapeBound);
        }
        if (optimizer.choosesStepLength()) {
            String why = optimizer.id() + " chooses its own step length from exact gradients, so ";
            if (noise != 0) {
                throw new IllegalArgumentException(why + "the noise σ must be 0, got " + noise);
            }
            if (!Schedules.constant().toString().equals(schedule.toString())) {
                throw new IllegalArgumentException(why + "the schedule must be constant, got " + schedule);
            }
            if (batch != 0) {
                throw new IllegalArgumentException(why + "it takes the gradient of all the data, not mini-batches, got batch " + batch);
            }
            if (warmup > 1) {
                throw new IllegalArgumentException(why + "it takes no warm-up, got " + warmup);
            }
        }
        if (hyper.has(CSTAR) && Double.isNaN(hyper.get(CSTAR)) && Double.isNaN(knownMinimumValue(function))) {
            throw new IllegalArgumentException(optimizer.id() + " needs C*, the minimum value of the cost, and this "
                    + "surface has no known minimum: give C* (--cstar, or the C* field)");
        }
        if (function instanceof DataCost d) {
            int n = d.spec().data().size();
            if (batch < 0 || batch > n) {
                throw new IllegalArgumentException("the batch size must be between 1 and N = " + n
                        + " (0: all the data), got " + batch);
            }
            if (noise != 0) {
                throw new IllegalArgumentException("the gradient noise σ is for analytic surfaces; on data the"
                        + " mini-batches are the noise (--batch), so σ must be 0, got " + noise);
            }
        } else if (batch != 0) {
            throw new IllegalArgumentException("a batch size needs data (a data cost), got " + batch + " on a surface");
        }
    }

    /** The name of Polyak's C* hyperparameter. */
    private static final String CSTAR = "cstar";

    /**
     * @param f a cost function
     * @return the value of its known global minimum (the least, if it lists several), or NaN when f is not a
     *     {@link Surface} or lists none
     */
    public static double knownMinimumValue(CostFunction f) {
        if (!(f instanceof Surface s)) {
            return Double.NaN;
        }
        return s.description().knownPoints().stream()
                .filter(p -> p.kind() == org.gdlab.core.surface.StationaryPoint.Kind.GLOBAL_MINIMUM)
                .mapToDouble(org.gdlab.core.surface.StationaryPoint::value).min().orElse(Double.NaN);
    }

    /**
     * @return Polyak's C*: the value given, or when it is unset ("auto") the surface's known minimum value
     *     ({@link #knownMinimumValue}); NaN for an optimizer without C*
     */
    public double cstar() {
        if (!hyper.has(CSTAR)) {
            return Double.NaN;
        }
        double v = hyper.get(CSTAR);
        return Double.isNaN(v) ? knownMinimumValue(function) : v;
    }

    /**
     * @param h hyperparameters of this run's optimizer (the run's own, or changed live)
     * @return the optimizer's arithmetic for them, with an unset C* replaced by {@link #cstar()}
     */
    public UpdateKernel kernel(Hyperparameters h) {
        Hyperparameters resolved = h;
        if (h.has(CSTAR) && Double.isNaN(h.get(CSTAR))) {
            resolved = h.with(CSTAR, knownMinimumValue(function));
        }
        return optimizer.definition().kernel().apply(resolved);
    }

    /** @return the optimizer's arithmetic for this run's hyperparameters ({@link #kernel(Hyperparameters)}) */
    public UpdateKernel kernel() {
        return kernel(hyper);
    }

    /**
     * @return a run of optimizer k at rate lr from start on f, with everything else at its default: the
     *     optimizer's default hyperparameters, a constant schedule, no warm-up, no clipping, no noise, seed
     *     {@value #DEFAULT_SEED}, {@value #DEFAULT_MAX_STEPS} steps, tolerance {@value #DEFAULT_TOLERANCE} and
     *     the escape bound of f ({@link #escapeBoundFor})
     */
    public static RunConfig of(CostFunction f, Vec2 start, OptimizerKind k, double lr) {
        return new RunConfig(f, start, k, Hyperparameters.defaults(k), lr, Schedules.constant(), 0, 0, 0,
                DEFAULT_SEED, DEFAULT_MAX_STEPS, DEFAULT_TOLERANCE, escapeBoundFor(f), DEFAULT_BATCH);
    }

    /**
     * @return as {@link #of(CostFunction, Vec2, OptimizerKind, double)} with the given hyperparameters (of
     *     their optimizer) instead of the defaults, checked together (Polyak's C* may be needed)
     */
    public static RunConfig of(CostFunction f, Vec2 start, Hyperparameters h, double lr) {
        return new RunConfig(f, start, h.kind(), h, lr, Schedules.constant(), 0, 0, 0,
                DEFAULT_SEED, DEFAULT_MAX_STEPS, DEFAULT_TOLERANCE, escapeBoundFor(f), DEFAULT_BATCH);
    }

    /**
     * Another run on this one's function, start, step limit, tolerance and escape bound: everything an
     * optimizer's run is made of is replaced at once (so no mix of the old and the new is checked); the batch
     * size stays this run's.
     */
    public RunConfig withRun(Hyperparameters h, double lr, Schedule s, int w, double c, double sigma, long sd) {
        return new RunConfig(function, start, h.kind(), h, lr, s, w, c, sigma, sd, maxSteps, tolerance, escapeBound, batch);
    }

    /** @return the run GD Lab proposes on s: plain GD from its suggested start at its suggested rate */
    public static RunConfig defaults(Surface s) {
        return of(s, s.description().suggestedStart(), OptimizerKind.GD, defaultLearningRate(s, OptimizerKind.GD));
    }

    /**
     * The learning rate proposed when nothing else is known: a surface's suggested rate for plain GD (it is
     * tuned for GD), the optimizer's own rate otherwise ({@link OptimizerKind#defaultLearningRate()}).
     */
    public static double defaultLearningRate(CostFunction f, OptimizerKind k) {
        if (k == OptimizerKind.GD && f instanceof Surface s) {
            return s.description().suggestedLearningRate();
        }
        return k.defaultLearningRate();
    }

    /**
     * Where a run "leaves the bound": 10⁴ times the distance from the origin to the farthest corner of the
     * surface's default view, but at least 10³ (7.07e4 for [−5, 5]²). It depends on the surface only, never
     * on the view being shown, so zooming out does not change where a run diverges.
     *
     * @param f a cost function; one that is not a {@link Surface} has no view and gets
     *     {@value #ESCAPE_BOUND_WITHOUT_VIEW}
     * @return max(1e3, 1e4 · farthest corner distance of f's default view)
     */
    public static double escapeBoundFor(CostFunction f) {
        if (!(f instanceof Surface s)) {
            return ESCAPE_BOUND_WITHOUT_VIEW;
        }
        ViewRect view = s.description().view();
        double cx = Math.max(Math.abs(view.xMin()), Math.abs(view.xMax()));
        double cy = Math.max(Math.abs(view.yMin()), Math.abs(view.yMax()));
        double r = Math.max(1e3, 1e4 * Math.hypot(cx, cy));
        return Double.isFinite(r) ? r : Double.MAX_VALUE;
    }

    /** @return the data settings when the cost is a data cost, else empty */
    public Optional<DataSpec> data() {
        return function instanceof DataCost d ? Optional.of(d.spec()) : Optional.empty();
    }

    /** @return true when the run steps on mini-batches (B ≥ 1 on a data cost) */
    public boolean miniBatch() {
        return batch > 0;
    }

    /**
     * @return the run's mini-batches (its data's N, its B and its seed)
     * @throws IllegalStateException when the run is not a mini-batch run
     */
    public MiniBatches miniBatches() {
        if (!(function instanceof DataCost d) || batch == 0) {
            throw new IllegalStateException("not a mini-batch run");
        }
        return new MiniBatches(d.spec().data().size(), batch, seed);
    }

    /** @param v the batch size B (0: the full gradient) */
    public RunConfig withBatch(int v) {
        return new RunConfig(function, start, optimizer, hyper, learningRate, schedule, warmup, clip, noise, seed, maxSteps, tolerance, escapeBound, v);
    }

    /** @return the rates the engine uses: the schedule with its warm-up, α_k = rates().rate(α, k) */
    public Schedule rates() {
        return Schedules.withWarmup(schedule, warmup);
    }

    /** @return the schedule's spec as written on the command line and in files, e.g. "constant", "inv:0.05" */
    public String scheduleSpec() {
        return schedule.toString();
    }

    /** @return true when the gradient is clipped (c &gt; 0) */
    public boolean clips() {
        return clip > 0;
    }

    /**
     * Replaces the function by another form of the same surface (a batched or instrumented wrapper, a new
     * instance of the same spec) and keeps the escape bound; to move the run to another surface use
     * {@link #onSurface}.
     */
    public RunConfig withFunction(CostFunction v) {
        return new RunConfig(v, start, optimizer, hyper, learningRate, schedule, warmup, clip, noise, seed, maxSteps, tolerance, escapeBound, batch);
    }

    /**
     * Moves the run to another surface: its function and its escape bound ({@link #escapeBoundFor}). The
     * batch size is kept when the new cost is data with at least B points, else it becomes 0; on data the
     * noise σ becomes 0 (data takes none).
     */
    public RunConfig onSurface(CostFunction v) {
        int b = v instanceof DataCost d && batch <= d.spec().data().size() ? batch : 0;
        double sigma = v instanceof DataCost ? 0 : noise;
        return new RunConfig(v, start, optimizer, hyper, learningRate, schedule, warmup, clip, sigma, seed, maxSteps, tolerance, escapeBoundFor(v), b);
    }

    public RunConfig withStart(Vec2 v) {
        return new RunConfig(function, v, optimizer, hyper, learningRate, schedule, warmup, clip, noise, seed, maxSteps, tolerance, escapeBound, batch);
    }

    /**
     * Replaces the optimizer and keeps the hyperparameters it shares with the old one (same name, see
     * {@link Hyperparameters#carriedTo}); the others take their defaults (see {@link #withOptimizerDefaults}).
     */
    public RunConfig withOptimizer(OptimizerKind v) {
        return new RunConfig(function, start, v, hyper.carriedTo(v), learningRate, schedule, warmup, clip, noise, seed, maxSteps, tolerance, escapeBound, batch);
    }

    /** Replaces the optimizer and resets the hyperparameters to its defaults. */
    public RunConfig withOptimizerDefaults(OptimizerKind v) {
        return new RunConfig(function, start, v, Hyperparameters.defaults(v), learningRate, schedule, warmup, clip, noise, seed, maxSteps, tolerance, escapeBound, batch);
    }

    public RunConfig withHyper(Hyperparameters v) {
        return new RunConfig(function, start, optimizer, v, learningRate, schedule, warmup, clip, noise, seed, maxSteps, tolerance, escapeBound, batch);
    }

    public RunConfig withLearningRate(double v) {
        return new RunConfig(function, start, optimizer, hyper, v, schedule, warmup, clip, noise, seed, maxSteps, tolerance, escapeBound, batch);
    }

    /** @param v the schedule before warm-up (the warm-up is {@link #withWarmup}) */
    public RunConfig withSchedule(Schedule v) {
        return new RunConfig(function, start, optimizer, hyper, learningRate, v, warmup, clip, noise, seed, maxSteps, tolerance, escapeBound, batch);
    }

    /**
     * @param spec a schedule spec for {@link Schedules#parse}
     * @throws IllegalArgumentException naming the problem with the spec
     */
    public RunConfig withSchedule(String spec) {
        return withSchedule(Schedules.parse(spec == null ? "constant" : spec.strip()));
    }

    public RunConfig withWarmup(int v) {
        return new RunConfig(function, start, optimizer, hyper, learningRate, schedule, v, clip, noise, seed, maxSteps, tolerance, escapeBound, batch);
    }

    /** @param v c ≥ 0; 0 turns clipping off */
    public RunConfig withClip(double v) {
        return new RunConfig(function, start, optimizer, hyper, learningRate, schedule, warmup, v, noise, seed, maxSteps, tolerance, escapeBound, batch);
    }

    public RunConfig withNoise(double v) {
        return new RunConfig(function, start, optimizer, hyper, learningRate, schedule, warmup, clip, v, seed, maxSteps, tolerance, escapeBound, batch);
    }

    public RunConfig withSeed(long v) {
        return new RunConfig(function, start, optimizer, hyper, learningRate, schedule, warmup, clip, noise, v, maxSteps, tolerance, escapeBound, batch);
    }

    public RunConfig withMaxSteps(int v) {
        return new RunConfig(function, start, optimizer, hyper, learningRate, schedule, warmup, clip, noise, seed, v, tolerance, escapeBound, batch);
    }

    public RunConfig withTolerance(double v) {
        return new RunConfig(function, start, optimizer, hyper, learningRate, schedule, warmup, clip, noise, seed, maxSteps, v, escapeBound, batch);
    }

    /** For tests of the bound itself: every run in the program uses {@link #escapeBoundFor} of its surface. */
    public RunConfig withEscapeBound(double v) {
        return new RunConfig(function, start, optimizer, hyper, learningRate, schedule, warmup, clip, noise, seed, maxSteps, tolerance, v, batch);
    }
}
