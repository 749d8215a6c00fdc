package org.gdlab.render.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.gdlab.core.basin.BasinSpec;
import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.ViewRect;
import org.gdlab.render.ExportProgress;
import org.junit.jupiter.api.Test;

/**
 * The basin map of an exported rectangle: the window's grid spacing kept (hand-counted grids), bounded, the
 * window's picture reused when it covers the rectangle, and a cancel that leaves nothing half-done.
 */
class BasinMapOverlayTest {

    private static final ViewRect WINDOW = new ViewRect(-2, 2, -2, 2);

    private static BasinSettings settings(int n) {
        Surface bowl = new org.gdlab.core.scenario.SurfaceSpec.Builtin("quadratic", java.util.Map.of("kappa", 2.0, "theta", 0.0))
                .create();
        RunConfig c = RunConfig.of(bowl, new Vec2(1, 1), OptimizerKind.GD, 0.1).withMaxSteps(200);
        return new BasinSettings(c, bowl.description().knownPoints(), WINDOW, n, n, BasinSpec.defaultMatchRadius(WINDOW),
                0.6, false);
    }

    @Test
    void aWiderRectangleKeepsTheWindowsSpacing() {
        // 64 starts over a width of 4: spacing 4/63; a width of 8 holds 8 / (4/63) = 126 spacings, so 127 starts
        BasinSpec wide = settings(64).specFor(new ViewRect(-4, 4, -2, 2));
        assertEquals(127, wide.nx());
        assertEquals(64, wide.ny());
        // a height of 6: 6 / (4/63) = 94.5 spacings, rounded to 95 (half to even does not apply: Math.round), 96 starts
        BasinSpec tall = settings(64).specFor(new ViewRect(-2, 2, -3, 3));
        assertEquals(64, tall.nx());
        assertEquals(96, tall.ny());
        assertEquals(BasinSpec.defaultMatchRadius(WINDOW), tall.matchRadius(), "the window's matching radius");
    }

    @Test
    void aHugeRectangleIsCappedKeepingItsShape() {
        BasinSpec s = settings(512).specFor(new ViewRect(-40, 40, -10, 10)); // 10221 × 2556 at the window's spacing
        assertTrue((long) s.nx() * s.ny() <= BasinSettings.MAX_CELLS, s.nx() + " × " + s.ny());
        assertEquals(4.0, (s.nx() - 1) / (double) (s.ny() - 1), 0.01, "still four times as wide as tall");
    }

    @Test
    void theWindowsPictureIsPaintedWhenItCoversTheRectangleAndAMapIsComputedOtherwise() {
        BasinSettings st = settings(16);
        BasinPicture window = new BasinPicture(WINDOW, 16, 16, new int[16 * 16], 0.6);
        BasinMapOverlay m = new BasinMapOverlay(st, window, new BasinLegend.Content("window", List.of()), null);
        double halfCell = 4.0 / 15 / 2;
        ExportProgress never = (done, total) -> {
            throw new AssertionError("nothing to compute");
        };
        m.prepare(new ViewRect(-2 - halfCell, 2 + halfCell, -2, 2), new CancellationToken(), never);
        assertSame(window, m.picture(), "within its cells: the window's own");
        assertEquals("window", m.legendContent().summary());
        AtomicInteger rows = new AtomicInteger();
        m.prepare(new ViewRect(-3, 3, -2, 2), new CancellationToken(), (done, total) -> rows.incrementAndGet());
        assertEquals(16, m.picture().ny());
        assertEquals(16, rows.get(), "one report per row");
        assertEquals(1, m.legendContent().entries().get(0).share(), 1e-12, "a bowl: every start at its minimum");
        m.prepare(new ViewRect(-3, 3, -2, 2), new CancellationToken(), never); // computed once
    }

    @Test
    void aCancelledMapThrowsAndLeavesNothingShown() {
        // 256 rows: far more than run at once on any machine, so rows are left when the first one cancels
        BasinMapOverlay m = new BasinMapOverlay(settings(256), null, null, null);
        CancellationToken token = new CancellationToken();
        assertThrows(CancellationException.class,
                () -> m.prepare(new ViewRect(-4, 4, -2, 2), token, (done, total) -> token.cancel()));
        assertNull(m.picture());
        assertNull(m.legendContent());
    }
}
