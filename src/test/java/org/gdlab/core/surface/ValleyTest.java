package org.gdlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.junit.jupiter.api.Test;

class ValleyTest {

    private final Surface valley = SurfaceCatalog.create("valley");
    private final SurfaceDescription d = valley.description();

    @Test
    void gradientAtTheKinksFollowsSignOfZeroIsZero() {
        assertEquals(new Vec2(0, 0), valley.gradient(0, 0));
        assertEquals(new Vec2(1, 0), valley.gradient(2, 1));      // on the floor y = x/2
        assertEquals(new Vec2(-1, 0), valley.gradient(-2, -1));
        assertEquals(new Vec2(-2, 4), valley.gradient(0, 1));     // on x = 0, above the floor
        assertEquals(new Vec2(2, -4), valley.gradient(0, -1));
        assertEquals(new Vec2(-1, 4), valley.gradient(1, 1));     // off the kinks: sign x - 2 sign v, 4 sign v
    }

    @Test
    void hessianIsZeroEverywhereIncludingTheKinks() {
        for (Vec2 w : List.of(new Vec2(0, 0), new Vec2(2, 1), new Vec2(0, 1), new Vec2(1.3, -0.7))) {
            Sym2 h = valley.hessian(w);
            assertEquals(0, Math.abs(h.xx()) + Math.abs(h.xy()) + Math.abs(h.yy()), 0.0, "at " + w);
        }
    }

    @Test
    void constantRateKeepsChatteringAroundTheMinimum() {
        double lr = d.suggestedLearningRate();
        List<Vec2> path = PlainGd.run(valley, d.suggestedStart(), lr, 2000);
        double maxLate = path.subList(1900, 2001).stream().mapToDouble(valley::value).max().orElseThrow();
        // the gradient has norm ≥ 1 off the origin, so a step never shrinks below α: C stays of order 5α
        assertTrue(maxLate > 0.1, "settled to " + maxLate + " with a constant rate");
    }

    @Test
    void decayingRateSettles() {
        double lr = d.suggestedLearningRate();
        List<Vec2> path = PlainGd.run(valley, d.suggestedStart(), t -> lr / (1 + 0.05 * t), 0, 2000);
        double maxLate = path.subList(1900, 2001).stream().mapToDouble(valley::value).max().orElseThrow();
        // α_1900 ≈ 0.001, so the chatter is about 5·0.001 in v, i.e. C of order 0.02
        assertTrue(maxLate < 0.05, "still at C = " + maxLate);
    }
}
