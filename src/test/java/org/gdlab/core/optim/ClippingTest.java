package org.gdlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.gdlab.core.math.Vec2;
import org.junit.jupiter.api.Test;

class ClippingTest {

    @Test
    void longGradientIsScaledToTheCapKeepingItsDirection() {
        // |(6, 8)| = 10, c = 1: g·(1/10) = (0.6, 0.8); one rounding per component
        Vec2 g = Clipping.byNorm(new Vec2(6, 8), 1);
        assertEquals(0.6, g.x(), 1e-15);
        assertEquals(0.8, g.y(), 1e-15);
    }

    @Test
    void shortGradientIsUnchanged() {
        Vec2 g = new Vec2(0.3, 0.4);
        assertSame(g, Clipping.byNorm(g, 1));
        assertSame(g, Clipping.byNorm(g, 0.5));
    }

    @Test
    void nonPositiveOrNaNCapMeansNoClipping() {
        Vec2 g = new Vec2(600, 800);
        assertSame(g, Clipping.byNorm(g, 0));
        assertSame(g, Clipping.byNorm(g, -1));
        assertSame(g, Clipping.byNorm(g, Double.NaN));
    }
}
