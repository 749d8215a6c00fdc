package org.gdlab.core.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.contour.LevelSpacing;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * Everything on screen that matters, as one immutable value: what is saved in a scenario file and what a
 * lesson opens. Every component is checked when constructed ({@link IllegalArgumentException} with a one-line
 * message), so a Scenario that exists always converts to a surface and run configs.
 *
 * <p>All runs start at {@code start} (unless a run names its own, see {@link RunSpec#start()}) and take at
 * most {@code maxSteps} steps; each run converges when |∇C| &lt; {@link RunConfig#DEFAULT_TOLERANCE} and
 * diverges beyond {@link RunConfig#divergenceRadiusFor(ViewRect)} of the view.
 *
 * @param title a title for the plot and lesson ("" for none; at most {@value #MAX_TEXT} characters)
 * @param caption what to notice ("" for none; at most {@value #MAX_TEXT} characters)
 * @param surface which surface
 * @param view the view rectangle
 * @param start w₀ shared by the runs
 * @param maxSteps the step limit shared by the runs, 0 ≤ maxSteps ≤ {@value #MAX_STEPS}
 * @param runs the runs, at most {@value #MAX_RUNS} (may be empty)
 * @param colorMap the colour map of the filled plot
 * @param levelSpacing linear or log levels
 * @param levelCount the number of level lines, {@value #MIN_LEVELS} to {@value #MAX_LEVELS}
 * @param overlays the overlays shown, names from {@link Overlays#KNOWN} (kept sorted)
 */
public record Scenario(String title, String caption, SurfaceSpec surface, ViewRect view, Vec2 start, int maxSteps,
        List<RunSpec> runs, ColorMap colorMap, LevelSpacing levelSpacing, int levelCount, Set<String> overlays) {

    /** The largest step limit. */
    public static final int MAX_STEPS = 1_000_000;
    /** The most runs in one scenario. */
    public static final int MAX_RUNS = 16;
    /** The fewest level lines. */
    public static final int MIN_LEVELS = 5;
    /** The most level lines. */
    public static final int MAX_LEVELS = 50;
    /** The longest title or caption, in characters. */
    public static final int MAX_TEXT = 2000;

    /** @throws IllegalArgumentException with a one-line message for a value out of range */
    public Scenario {
        title = title == null ? "" : title.strip();
        caption = caption == null ? "" : caption.strip();
        if (title.length() > MAX_TEXT || caption.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a title or caption may have at most " + MAX_TEXT + " characters");
        }
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(colorMap, "colorMap");
        Objects.requireNonNull(levelSpacing, "levelSpacing");
        if (!start.isFinite()) {
            throw new IllegalArgumentException("the start point must be finite, got " + start);
        }
        if (maxSteps < 0 || maxSteps > MAX_STEPS) {
            throw new IllegalArgumentException("the step limit must be 0 to " + MAX_STEPS + ", got " + maxSteps);
        }
        runs = List.copyOf(runs);
        if (runs.size() > MAX_RUNS) {
            throw new IllegalArgumentException("a scenario may have at most " + MAX_RUNS + " runs, got " + runs.size());
        }
        if (levelCount < MIN_LEVELS || levelCount > MAX_LEVELS) {
            throw new IllegalArgumentException("the number of levels must be " + MIN_LEVELS + " to " + MAX_LEVELS
                    + ", got " + levelCount);
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (String o : overlays) {
            Overlays.requireKnown(o);
            sorted.add(o);
        }
        overlays = Collections.unmodifiableSet(sorted);
    }

    /**
     * The scenario GD Lab opens a built-in surface with: its default view, suggested start and learning
     * rate, one plain GD run, 200 steps, viridis, 20 levels (log-spaced when the surface asks for it), no
     * overlays.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public static Scenario of(SurfaceSpec surface) {
        SurfaceDescription d = surface.create().description();
        return new Scenario("", "", surface, d.view(), d.suggestedStart(), 200,
                List.of(RunSpec.of(OptimizerKind.GD, d.suggestedLearningRate())), ColorMap.defaultMap(),
                d.logLevels() ? LevelSpacing.LOG : LevelSpacing.LINEAR, 20, Set.of());
    }

    /** @return a new surface for this scenario */
    public Surface createSurface() {
        return surface.create();
    }

    /** @return one run config per run, all on one new surface, in the order of {@link #runs()} */
    public List<RunConfig> runConfigs() {
        Surface s = createSurface();
        List<RunConfig> configs = new ArrayList<>(runs.size());
        for (RunSpec r : runs) {
            configs.add(runConfig(s, r));
        }
        return configs;
    }

    /**
     * @param surface the surface to run on (normally {@link #createSurface()})
     * @param run one of this scenario's runs (or any run spec)
     * @return the run's config: its start (or the scenario's), the shared step limit, the default tolerance
     *     and a divergence radius far outside the view
     */
    public RunConfig runConfig(Surface surface, RunSpec run) {
        return RunConfig.of(surface, run.startOr(start), run.optimizer(), run.learningRate())
                .withHyper(run.hyper())
                .withSchedule(run.scheduleFunction())
                .withClip(run.clip())
                .withNoise(run.noise())
                .withSeed(run.seed())
                .withMaxSteps(maxSteps)
                .withDivergenceRadius(RunConfig.divergenceRadiusFor(view));
    }

    public Scenario withTitle(String v) {
        return new Scenario(v, caption, surface, view, start, maxSteps, runs, colorMap, levelSpacing, levelCount, overlays);
    }

    public Scenario withCaption(String v) {
        return new Scenario(title, v, surface, view, start, maxSteps, runs, colorMap, levelSpacing, levelCount, overlays);
    }

    public Scenario withSurface(SurfaceSpec v) {
        return new Scenario(title, caption, v, view, start, maxSteps, runs, colorMap, levelSpacing, levelCount, overlays);
    }

    public Scenario withView(ViewRect v) {
        return new Scenario(title, caption, surface, v, start, maxSteps, runs, colorMap, levelSpacing, levelCount, overlays);
    }

    public Scenario withStart(Vec2 v) {
        return new Scenario(title, caption, surface, view, v, maxSteps, runs, colorMap, levelSpacing, levelCount, overlays);
    }

    public Scenario withMaxSteps(int v) {
        return new Scenario(title, caption, surface, view, start, v, runs, colorMap, levelSpacing, levelCount, overlays);
    }

    public Scenario withRuns(List<RunSpec> v) {
        return new Scenario(title, caption, surface, view, start, maxSteps, v, colorMap, levelSpacing, levelCount, overlays);
    }

    public Scenario withColorMap(ColorMap v) {
        return new Scenario(title, caption, surface, view, start, maxSteps, runs, v, levelSpacing, levelCount, overlays);
    }

    public Scenario withLevels(LevelSpacing spacing, int count) {
        return new Scenario(title, caption, surface, view, start, maxSteps, runs, colorMap, spacing, count, overlays);
    }

    public Scenario withOverlays(Set<String> v) {
        return new Scenario(title, caption, surface, view, start, maxSteps, runs, colorMap, levelSpacing, levelCount, v);
    }
}
