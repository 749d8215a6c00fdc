package org.gdlab.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gdlab.core.data.DataCost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** In data mode the plane's axes are the model's parameters: the painter's axis names and the hover readout. */
class DataAxisNamesTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel lab;

    @BeforeEach
    void create() {
        lab = new LabViewModel(jobs.background());
        lab.plot().setPlotArea(64, 26, 400, 300);
        jobs.drain();
    }

    private List<String> namesOf(String id) {
        lab.surfaceIdProperty().set(id);
        jobs.drain();
        return DataCost.axisNames(lab.surfaceProperty().get());
    }

    @Test
    void linearAndLogisticAxesAreWAndB() {
        assertEquals(List.of("w", "b"), namesOf("data:cars:linear"));
        assertEquals(List.of("w", "b"), namesOf("data:overlapping:logistic"));
    }

    @Test
    void linear2AxesAreW1AndW2() {
        assertEquals(List.of("w1", "w2"), namesOf("data:correlated:linear2"));
    }

    @Test
    void surfacesKeepXAndY() {
        assertEquals(List.of("x", "y"), namesOf("quadratic"));
    }

    @Test
    void theHoverReadoutNamesTheParameters() {
        namesOf("data:cars:linear");
        lab.plot().hover(64 + 200, 26 + 150);
        String s = lab.plot().hoverTextProperty().get();
        assertTrue(s.startsWith("w = ") && s.contains("   b = "), s);
    }
}
