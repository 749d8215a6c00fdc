package org.gdlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.lesson.Lessons;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.MaxSteps;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.core.surface.ViewRect;
import org.gdlab.core.expr.FormulaSurface;
import org.junit.jupiter.api.Test;

/** A path is reduced to what a picture can show while it streams: bounded, whatever the step count. */
class PathSketchTest {

    private static final ViewRect VIEW = ViewRect.square(2);

    private static RunConfig sphere(double lr, Vec2 start, int steps) {
        return RunConfig.of(SurfaceCatalog.create("sphere"), start, OptimizerKind.GD, lr).withMaxSteps(steps).withTolerance(0);
    }

    @Test
    void aShortPathKeepsEveryRowExactly() {
        Scenario s = Lessons.byId("zigzag-momentum").scenario();
        RunConfig c = s.runs().get(0).config().withMaxSteps(60); // the zig-zag's first 60 steps, all wide
        Trajectory whole = Simulation.run(c);
        PathSketch sketch = PathSketch.run(c, s.view());
        assertEquals(whole.size(), sketch.rows());
        assertEquals(whole.size(), sketch.size(), "every step of a zig-zag moves by more than a 4096th of the view");
        for (int k = 0; k < whole.size(); k++) {
            assertEquals(k, sketch.step(k));
            assertEquals(whole.x(k), sketch.x(k), 0.0);
            assertEquals(whole.y(k), sketch.y(k), 0.0);
            assertEquals(k > 0, sketch.joined(k));
        }
    }

    @Test
    void aMillionStepsOfOscillationKeepOneCopyOfEachSegment() {
        // GD on x² + y² with α = 1: w ← w − 2w = −w, between (1, 0.5) and (−1, −0.5) for ever
        PathSketch sketch = PathSketch.run(sphere(1, new Vec2(1, 0.5), 1_000_000), VIEW);
        assertEquals(1_000_001, sketch.rows());
        assertTrue(sketch.size() <= 3, "points: " + sketch.size());
        assertEquals(new MaxSteps(1_000_000), sketch.end());
        assertEquals(new Vec2(1, 0.5), sketch.at(1_000_000), "the last row is kept exactly");
        assertEquals(new Vec2(-1, -0.5), sketch.at(1));
    }

    @Test
    void aConvergedTailInsideOnePixelIsDropped() {
        PathSketch sketch = PathSketch.run(sphere(0.1, new Vec2(1.5, -1), 1_000_000), VIEW);
        assertEquals(1_000_001, sketch.rows());
        assertTrue(sketch.size() < 100, "points: " + sketch.size());
        assertEquals(0, sketch.step(0));
        assertEquals(new Vec2(1.5, -1), new Vec2(sketch.x(0), sketch.y(0)));
    }

    @Test
    void aWanderingPathStaysWithinTheBudget() {
        // noise 1 with α = 0.01: a random walk over a million steps visits far more cells than the budget
        RunConfig noisy = sphere(0.01, new Vec2(0.5, 0.5), 1_000_000).withNoise(30).withSeed(11);
        PathSketch sketch = PathSketch.run(noisy, VIEW);
        assertEquals(1_000_001, sketch.rows());
        assertTrue(sketch.size() <= PathSketch.MAX_POINTS + 1, "points: " + sketch.size());
        assertTrue(sketch.size() > PathSketch.MAX_POINTS / 8, "still a detailed path: " + sketch.size());
        for (int i = 1; i < sketch.size(); i++) {
            assertTrue(sketch.step(i) > sketch.step(i - 1), "steps ascend at " + i);
        }
        assertEquals(sketch.size(), sketch.countUpTo(1_000_000));
        assertEquals(1, sketch.countUpTo(0));
    }

    @Test
    void aStartThatCannotBeUsedHasNoPoints() throws Exception {
        RunConfig c = RunConfig.of(FormulaSurface.parse("sqrt(x)"), new Vec2(-1, 0), OptimizerKind.GD, 0.1);
        PathSketch sketch = PathSketch.run(c, VIEW);
        assertEquals(0, sketch.rows());
        assertEquals(0, sketch.size());
        assertTrue(sketch.end() instanceof Diverged d && d.step() == 0, sketch.end().toString());
        assertFalse(PlotRenderer.unusableStart((Diverged) sketch.end()).isEmpty());
    }
}
