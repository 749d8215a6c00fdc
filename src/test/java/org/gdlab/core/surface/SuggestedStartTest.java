package org.gdlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.gdlab.core.math.Vec2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plain GD (a local loop, w ← w - α∇C(w)) from each surface's suggested start at its suggested rate: on every
 * surface that is bounded below it stays finite for 3000 steps and ends lower than it started; on the two
 * saddles it shows their lesson and then leaves the view, as C is unbounded below there.
 */
class SuggestedStartTest {

    private static final int STEPS = 3000;

    static Stream<String> boundedBelow() {
        return SurfaceCatalog.ids().stream().filter(id -> !id.equals("saddle") && !id.equals("monkey-saddle"));
    }

    @ParameterizedTest
    @MethodSource("boundedBelow")
    void plainGdFromTheSuggestedStartStaysFiniteAndDescends(String id) {
        Surface s = SurfaceCatalog.create(id);
        SurfaceDescription d = s.description();
        List<Vec2> path = PlainGd.run(s, d.suggestedStart(), d.suggestedLearningRate(), STEPS);
        assertTrue(path.size() == STEPS + 1 && path.stream().allMatch(Vec2::isFinite), id + " diverged");
        Vec2 end = path.get(STEPS);
        assertTrue(s.value(end) < s.value(d.suggestedStart()), id + " ended at " + end + " higher than it started");
    }

    @Test
    void saddleGdApproachesTheSaddlePointThenEscapesAlongY() {
        Surface s = SurfaceCatalog.create("saddle");
        SurfaceDescription d = s.description();
        List<Vec2> path = PlainGd.run(s, d.suggestedStart(), d.suggestedLearningRate(), 200);
        // x shrinks by 0.9 and y grows by 1.1 per step: closest approach ≈ 0.17 after about 28 steps
        double closest = path.stream().mapToDouble(Vec2::norm).min().orElseThrow();
        assertTrue(closest < 0.25, "closest approach " + closest);
        Vec2 end = path.get(path.size() - 1);
        assertTrue(!d.view().contains(end.x(), end.y()) && Math.abs(end.y()) > Math.abs(end.x()), "ended at " + end);
    }

    @Test
    void monkeySaddleGdSlidesIntoAValleyAndLeavesTheView() {
        Surface s = SurfaceCatalog.create("monkey-saddle");
        SurfaceDescription d = s.description();
        List<Vec2> path = PlainGd.run(s, d.suggestedStart(), d.suggestedLearningRate(), 25);
        assertTrue(path.stream().allMatch(w -> d.view().contains(w.x(), w.y())), "left the view within 25 steps");
        for (int k = 1; k < path.size(); k++) {
            assertTrue(s.value(path.get(k)) < s.value(path.get(k - 1)), "cost rose at step " + k);
        }
        List<Vec2> longer = PlainGd.run(s, d.suggestedStart(), d.suggestedLearningRate(), 40);
        Vec2 end = longer.get(longer.size() - 1);
        assertTrue(!d.view().contains(end.x(), end.y()), "still in the view after 40 steps: " + end);
    }
}
