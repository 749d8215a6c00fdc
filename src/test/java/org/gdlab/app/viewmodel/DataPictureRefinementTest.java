package org.gdlab.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.contour.ContourPicture;
import org.gdlab.core.contour.ScalarGrid;
import org.gdlab.core.surface.Surface;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The picture of a cost that visits every point per value (logistic): coarse first, then refined. */
class DataPictureRefinementTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private final List<String> shown = new ArrayList<>();
    private LabViewModel lab;

    @BeforeEach
    void create() {
        lab = new LabViewModel(jobs.background());
        lab.plot().setPlotArea(64, 26, 700, 500);
        jobs.drain();
        lab.plot().pictureProperty().addListener((o, was, p) -> shown.add(p.grid().nx() + "×" + p.grid().ny()));
    }

    @Test
    void aLogisticSurfaceShowsTheCoarsePictureThenTheRefinedOne() {
        lab.surfaceIdProperty().set("data:overlapping:logistic");
        jobs.drain();
        assertEquals(List.of("60×38", "240×152"), shown);
    }

    @Test
    void theRefinedPictureHoldsTheCostAtItsLatticePoints() {
        lab.surfaceIdProperty().set("data:overlapping:logistic");
        jobs.drain();
        Surface s = lab.surfaceProperty().get();
        ScalarGrid g = lab.plot().pictureProperty().get().grid();
        for (int j = 0; j < g.ny(); j += 37) {
            for (int i = 0; i < g.nx(); i += 53) {
                double expected = s.value(g.x(i), g.y(j));
                assertEquals(expected, g.value(i, j), 1e-12 * Math.max(1, Math.abs(expected)));
            }
        }
    }

    @Test
    void surfacesWithoutPerPointCostKeepOnePictureAtScreenResolution() {
        lab.surfaceIdProperty().set("data:cars:linear");
        jobs.drain();
        shown.clear();
        lab.surfaceIdProperty().set("data:overlapping:logistic");
        lab.surfaceIdProperty().set("quadratic"); // before the logistic picture is computed
        jobs.drain();
        ContourPicture last = lab.plot().pictureProperty().get();
        assertEquals(700, last.grid().nx());
        assertEquals(List.of("700×500"), shown, "the superseded logistic refinement publishes nothing");
    }

    @Test
    void anEarlierSurfacesPictureStillOnItsWayDoesNotLandOverTheLogisticOne() {
        lab.surfaceIdProperty().set("himmelblau");
        lab.surfaceIdProperty().set("data:overlapping:logistic"); // before himmelblau's picture is published
        jobs.drain();
        assertEquals(List.of("60×38", "240×152"), shown);
    }
}
