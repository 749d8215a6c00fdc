package org.gdlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link PrismTuning}: the app's dirty-region count, unless the command line chose one. */
class PrismTuningTest {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(PrismTuning.DIRTY_REGION_COUNT);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(PrismTuning.DIRTY_REGION_COUNT);
        } else {
            System.setProperty(PrismTuning.DIRTY_REGION_COUNT, before);
        }
    }

    @Test
    void withoutAChoiceOnTheCommandLineTwelveDirtyRegionsAreKeptApart() {
        System.clearProperty(PrismTuning.DIRTY_REGION_COUNT);
        PrismTuning.apply();
        assertEquals("12", System.getProperty("prism.dirtyregioncount"));
    }

    @Test
    void aCountGivenOnTheCommandLineIsKept() {
        System.setProperty(PrismTuning.DIRTY_REGION_COUNT, "3");
        PrismTuning.apply();
        assertEquals("3", System.getProperty("prism.dirtyregioncount"));
    }
}
