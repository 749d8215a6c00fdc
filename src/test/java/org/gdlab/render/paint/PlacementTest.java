package org.gdlab.render.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The free place among candidates: inside the bounds, off what is occupied, first of equals, deterministic. */
class PlacementTest {

    private static final Rectangle2D BOUNDS = new Rectangle2D.Double(0, 0, 400, 300);

    @Test
    void theFirstCandidateWinsWhenNothingIsInTheWay() {
        List<Rectangle2D> c = Placement.around(200, 150, 60, 20, 10);
        assertEquals(0, Placement.best(c, BOUNDS, new Occupancy()));
        assertEquals(new Rectangle2D.Double(210, 140, 60, 20), c.get(0), "right of the point, centred on it");
    }

    @Test
    void aCandidateOverAHardRegionLosesToOneOverASoftRegion() {
        Occupancy o = new Occupancy();
        o.add(new Rectangle2D.Double(210, 140, 10, 10), Occupancy.HARD); // under the right-hand candidate
        o.add(new Rectangle2D.Double(130, 140, 60, 20), Occupancy.SOFT); // all of the left-hand one
        assertEquals(1, Placement.best(Placement.around(200, 150, 60, 20, 10).subList(0, 2), BOUNDS, o));
    }

    @Test
    void aCandidateReachingOutsideTheBoundsLosesEvenToCoveringSomething() {
        Occupancy o = new Occupancy();
        o.add(new Rectangle2D.Double(300, 0, 100, 300), Occupancy.HARD); // the right quarter is taken
        // at the right edge: right of the point is outside, left of it is over the hard region
        int i = Placement.best(Placement.around(395, 150, 60, 20, 10), BOUNDS, o);
        assertTrue(BOUNDS.contains(Placement.around(395, 150, 60, 20, 10).get(i)));
    }

    @Test
    void theLeastBusyCornerIsTaken() {
        Occupancy o = new Occupancy();
        o.add(new Rectangle2D.Double(10, 10, 20, 20), Occupancy.HARD); // top left
        o.add(new Rectangle2D.Double(370, 10, 20, 20), Occupancy.SOFT); // top right
        o.add(new Rectangle2D.Double(10, 270, 20, 20), Occupancy.SOFT); // bottom left
        List<Rectangle2D> corners = Placement.corners(BOUNDS, 100, 50, 8);
        assertEquals(3, Placement.best(corners, BOUNDS, o), "the bottom right is free");
    }

    @RepeatedTest(20)
    void theChosenPlaceCostsNoMoreThanAnyOtherCandidate(org.junit.jupiter.api.RepetitionInfo info) {
        SplittableRandom r = new SplittableRandom(info.getCurrentRepetition());
        Occupancy o = new Occupancy();
        for (int i = 0; i < 30; i++) {
            o.add(new Rectangle2D.Double(r.nextDouble(400), r.nextDouble(300), 5 + r.nextDouble(40), 5 + r.nextDouble(40)),
                    r.nextBoolean() ? Occupancy.HARD : Occupancy.SOFT);
        }
        List<Rectangle2D> c = Placement.around(r.nextDouble(400), r.nextDouble(300), 80, 18, 12);
        int best = Placement.best(c, BOUNDS, o);
        for (int i = 0; i < c.size(); i++) {
            double ci = Placement.cost(c.get(i), BOUNDS, o);
            double cb = Placement.cost(c.get(best), BOUNDS, o);
            assertTrue(cb <= ci, "candidate " + i + " is cheaper");
            assertFalse(i < best && ci == cb, "an earlier candidate of equal cost wins");
        }
        assertEquals(best, Placement.best(c, BOUNDS, o), "the same answer again");
    }
}
