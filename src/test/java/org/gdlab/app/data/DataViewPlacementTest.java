package org.gdlab.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Where the data view goes: beside the plot when the plot keeps its share of the window, else folded (0). The
 * expected widths are worked by hand from the rule w = min(most·rowW, rowW − share·W·H / rowH). No JavaFX.
 */
class DataViewPlacementTest {

    @Test
    void at1280x720WithTheSidePanelInItsDrawerTheDataViewTakes30PercentOfTheRow() {
        // plot needs 0.44 · 1280 · 720 / 560 = 724.1 px; the row has 1280: the data view takes its 30 %, 384 px
        assertEquals(384, DataViewPlacement.of(false).width(1280, 720, 1280, 560, 1), 1e-9);
    }

    @Test
    void whereThePlotNeedsMoreThanTheCapTheDataViewTakesWhatIsLeft() {
        // row 900 × 560: the plot needs 724.1 px (0.44 · 921600 / 560 = 724.114…), the data view gets 175.9 px
        assertEquals(900 - 0.44 * 1280 * 720 / 560, DataViewPlacement.of(false).width(1280, 720, 900, 560, 1), 1e-9);
    }

    @Test
    void atTwoHundredPercentOn1280x720ItFolds() {
        // the row is 316 px high: the plot alone needs 0.44 · 921600 / 316 = 1283 px > 1280
        assertEquals(0, DataViewPlacement.of(false).width(1280, 720, 1280, 316, 2));
    }

    @Test
    void narrowerThanItsLeastWidthTimesTheScaleItFolds() {
        // the plot leaves 1280 − 0.57 · 921600 / 470 = 162.3 px: enough at 100 % (≥ 120), not at 150 % (< 180)
        assertEquals(1280 - 0.57 * 921600 / 470, DataViewPlacement.of(true).width(1280, 720, 1280, 470, 1), 1e-9);
        assertEquals(0, DataViewPlacement.of(true).width(1280, 720, 1280, 470, 1.5));
    }

    @Test
    void wheneverItIsBesideThePlotThePlotKeepsItsShareAndTheViewItsBounds() {
        SplittableRandom r = new SplittableRandom(13);
        for (int i = 0; i < 10_000; i++) {
            boolean presenting = r.nextBoolean();
            double windowW = r.nextDouble(800, 2600);
            double windowH = r.nextDouble(600, 1600);
            double rowW = windowW * r.nextDouble(0.5, 1);
            double rowH = windowH * r.nextDouble(0.3, 0.95);
            double scale = r.nextDouble(1, 2);
            DataViewPlacement p = DataViewPlacement.of(presenting);
            double w = p.width(windowW, windowH, rowW, rowH, scale);
            if (w > 0) {
                assertTrue((rowW - w) * rowH >= p.share() * windowW * windowH * (1 - 1e-12), "the plot's share");
                assertTrue(w <= p.most() * rowW + 1e-9 && w >= DataViewPlacement.MIN_WIDTH * scale, "width " + w);
            } else {
                assertEquals(0, w);
            }
        }
    }
}
