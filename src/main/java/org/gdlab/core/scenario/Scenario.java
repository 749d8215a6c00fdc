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
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * Everything on screen that matters, as one immutable value: what is saved in a scenario file and what a
 * lesson opens. Every component is checked when constructed ({@link IllegalArgumentException} with a one-line
 * message).
 *
 * <p>Each run is a whole {@link RunConfig run specification} on this scenario's surface (its own start, step
 * limit, tolerance, noise and seed …), so what a scenario runs is exactly what the window and the command
 * line run from the same settings. {@link #start()} and {@link #maxSteps()} are the first run's: the file
 * writes them once at the top, and a run that differs writes its own.
 *
 * @param title a title for the plot and lesson ("" for none; at most {@value #MAX_TEXT} characters)
 * @param caption what to notice ("" for none; at most {@value #MAX_TEXT} characters)
 * @param surface which surface; every run's cost function is this surface
 * @param view the view rectangle (what is shown; it never changes a run)
 * @param runs the runs, 1 to {@value #MAX_RUNS}
 * @param colorMap the colour map of the filled plot
 * @param levelSpacing linear or log levels
 * @param levelCount the number of level lines, {@value #MIN_LEVELS} to {@value #MAX_LEVELS}
 * @param overlays the overlays shown, names from {@link Overlays#KNOWN} (kept sorted)
 */
public record Scenario(String title, String caption, SurfaceSpec surface, ViewRect view, List<ScenarioRun> runs,
        ColorMap colorMap, LevelSpacing levelSpacing, int levelCount, Set<String> overlays) {

    /** The largest step limit (the run specification's). */
    public static final int MAX_STEPS = RunConfig.MAX_MAX_STEPS;
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
        Objects.requireNonNull(colorMap, "colorMap");
        Objects.requireNonNull(levelSpacing, "levelSpacing");
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one run");
        }
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
     * The scenario GD Lab opens a built-in surface with: its default view, the default run on it
     * ({@link RunConfig#defaults}), viridis, 20 levels (log-spaced when the surface asks for it), no overlays.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public static Scenario of(SurfaceSpec surface) {
        Surface s = surface.create();
        SurfaceDescription d = s.description();
        return new Scenario("", "", surface, d.view(), List.of(ScenarioRun.of(RunConfig.defaults(s))),
                ColorMap.defaultMap(), d.logLevels() ? LevelSpacing.LOG : LevelSpacing.LINEAR, 20, Set.of());
    }

    /** @return the first run's start w₀, written once at the top of the file */
    public Vec2 start() {
        return runs.get(0).config().start();
    }

    /** @return the first run's step limit, written once at the top of the file */
    public int maxSteps() {
        return runs.get(0).config().maxSteps();
    }

    /** @return a new surface for this scenario */
    public Surface createSurface() {
        return surface.create();
    }

    /** @return the run specifications, in the order of {@link #runs()} */
    public List<RunConfig> runConfigs() {
        List<RunConfig> configs = new ArrayList<>(runs.size());
        for (ScenarioRun r : runs) {
            configs.add(r.config());
        }
        return configs;
    }

    public Scenario withTitle(String v) {
        return new Scenario(v, caption, surface, view, runs, colorMap, levelSpacing, levelCount, overlays);
    }

    public Scenario withCaption(String v) {
        return new Scenario(title, v, surface, view, runs, colorMap, levelSpacing, levelCount, overlays);
    }

    /** Replaces the surface; every run moves onto a new surface of that spec (with its escape bound). */
    public Scenario withSurface(SurfaceSpec v) {
        Surface s = v.create();
        List<ScenarioRun> moved = new ArrayList<>();
        for (ScenarioRun r : runs) {
            moved.add(r.withConfig(r.config().onSurface(s)));
        }
        return new Scenario(title, caption, v, view, moved, colorMap, levelSpacing, levelCount, overlays);
    }

    public Scenario withView(ViewRect v) {
        return new Scenario(title, caption, surface, v, runs, colorMap, levelSpacing, levelCount, overlays);
    }

    /** Moves every run that starts at {@link #start()} (the shared start) to v; runs with their own start stay. */
    public Scenario withStart(Vec2 v) {
        Vec2 old = start();
        List<ScenarioRun> moved = new ArrayList<>();
        for (ScenarioRun r : runs) {
            moved.add(r.config().start().equals(old) ? r.withConfig(r.config().withStart(v)) : r);
        }
        return new Scenario(title, caption, surface, view, moved, colorMap, levelSpacing, levelCount, overlays);
    }

    /** Sets every run's step limit to v. */
    public Scenario withMaxSteps(int v) {
        List<ScenarioRun> changed = new ArrayList<>();
        for (ScenarioRun r : runs) {
            changed.add(r.withConfig(r.config().withMaxSteps(v)));
        }
        return new Scenario(title, caption, surface, view, changed, colorMap, levelSpacing, levelCount, overlays);
    }

    public Scenario withRuns(List<ScenarioRun> v) {
        return new Scenario(title, caption, surface, view, v, colorMap, levelSpacing, levelCount, overlays);
    }

    public Scenario withColorMap(ColorMap v) {
        return new Scenario(title, caption, surface, view, runs, v, levelSpacing, levelCount, overlays);
    }

    public Scenario withLevels(LevelSpacing spacing, int count) {
        return new Scenario(title, caption, surface, view, runs, colorMap, spacing, count, overlays);
    }

    public Scenario withOverlays(Set<String> v) {
        return new Scenario(title, caption, surface, view, runs, colorMap, levelSpacing, levelCount, v);
    }
}
