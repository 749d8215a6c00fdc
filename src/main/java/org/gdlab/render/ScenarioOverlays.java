package org.gdlab.render;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerDefinition;
import org.gdlab.core.scenario.Overlays;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.Surface;
import org.gdlab.render.paint.BasinMapOverlay;
import org.gdlab.render.paint.BasinSettings;
import org.gdlab.render.paint.CurvatureOverlay;
import org.gdlab.render.paint.GhostOverlay;
import org.gdlab.render.paint.GhostPaths;
import org.gdlab.render.paint.Overlay;

/**
 * The overlays a scenario file turns on that belong to its runs, built as the window builds them, for the
 * pictures of a scenario alone (the command line's {@code render}, and {@link PlotRenderer} when no window
 * gives its own): {@value Overlays#GHOST_PATHS} (the main run again at α × {@link GhostOverlay#FACTORS},
 * none for a rule that does not use α, as in the window), {@value Overlays#EIGENVECTORS} and
 * {@value Overlays#LOCAL_QUADRATIC} (the curvature marks at the point shown: {@link CurvatureOverlay#at}),
 * {@value Overlays#BASINS} (the basin map of the main run's settings over the plot: {@link #basins}).
 * Stateless.
 */
final class ScenarioOverlays {

    private ScenarioOverlays() {
    }

    /** @return the ghost paths of the scenario's main run, or null when it does not ask for them or has none */
    static Overlay ghosts(Scenario s) {
        if (!s.overlays().contains(Overlays.GHOST_PATHS)) {
            return null;
        }
        RunConfig main = s.runs().get(0).config();
        if (main.optimizer().alpha() == OptimizerDefinition.Alpha.UNUSED) {
            return null; // every ghost would be the main path
        }
        List<GhostPaths.Ghost> ghosts = new ArrayList<>();
        for (double f : GhostOverlay.FACTORS) {
            RunConfig c;
            try {
                c = main.withLearningRate(main.learningRate() * f);
            } catch (IllegalArgumentException outOfRange) {
                continue; // an α the run specification refuses has no ghost
            }
            PathSketch p = PathSketch.run(c, s.view());
            if (p.rows() > 1) {
                ghosts.add(new GhostPaths.Ghost(SketchPoints.upTo(p, Integer.MAX_VALUE), f, GhostOverlay.label(f)));
            }
        }
        return ghosts.isEmpty() ? null : new GhostOverlay(ghosts);
    }

    /** @return the curvature marks the scenario asks for at w, or null for none */
    static Overlay curvature(Scenario s, Surface surface, Vec2 w) {
        boolean axes = s.overlays().contains(Overlays.EIGENVECTORS);
        boolean model = s.overlays().contains(Overlays.LOCAL_QUADRATIC);
        if (!(axes || model) || w == null || !w.isFinite()) {
            return null;
        }
        return CurvatureOverlay.at(surface, w, model, axes);
    }

    /**
     * @return the basin map of the scenario's main run (its optimizer, α, hyperparameters and step limit,
     *     every start of a grid over the rendered plot: {@link BasinSettings#ofScenarioRun}), or null when the
     *     scenario does not ask for it
     */
    static BasinMapOverlay basins(Scenario s, Surface surface) {
        if (!s.overlays().contains(Overlays.BASINS) || s.runs().isEmpty()) {
            return null;
        }
        RunConfig main = s.runs().get(0).config().withFunction(surface);
        return new BasinMapOverlay(BasinSettings.ofScenarioRun(main, surface.description().knownPoints(), s.view()),
                null, null, null);
    }
}
