package org.gdlab.render.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.gdlab.core.basin.BasinRow;
import org.gdlab.core.basin.OutcomeKind;
import org.junit.jupiter.api.Test;

/** Basin colours: distinct classes, fixed ids for diverged and not converged, steps on a log ramp. */
class BasinColorsTest {

    @Test
    void fourMinimaDivergedAndNotConvergedHaveSixDistinctColours() {
        Set<Integer> seen = new HashSet<>();
        for (int id = 0; id < 6; id++) {
            seen.add(BasinColors.ofClass(id, 4, null));
        }
        assertEquals(6, seen.size());
        assertEquals(BasinColors.DIVERGED, BasinColors.ofClass(4, 4, null));
        assertEquals(BasinColors.NOT_CONVERGED, BasinColors.ofClass(5, 4, null));
        assertEquals(BasinColors.SADDLE_OR_MAXIMUM, BasinColors.ofClass(6, 4, OutcomeKind.SADDLE_OR_MAXIMUM));
        assertEquals(BasinColors.minimum(4), BasinColors.ofClass(6, 4, OutcomeKind.OTHER_MINIMUM), "the fifth minimum");
        assertEquals(BasinColors.PENDING, BasinColors.ofClass(BasinRow.PENDING, 4, null));
    }

    @Test
    void moreStepsAreBrighterAndDivergedIsDark() {
        double previous = -1;
        for (int steps = 1; steps <= 1000; steps *= 10) {
            int c = BasinColors.ofSteps(steps, 1000, false);
            double luma = 0.299 * ((c >> 16) & 255) + 0.587 * ((c >> 8) & 255) + 0.114 * (c & 255);
            assertTrue(luma > previous, "brighter at " + steps + " steps");
            previous = luma;
        }
        assertEquals(BasinColors.DIVERGED, BasinColors.ofSteps(3, 1000, true));
    }
}
