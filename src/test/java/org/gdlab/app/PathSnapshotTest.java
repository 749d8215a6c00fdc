package org.gdlab.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.app.viewmodel.PlannedPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An offscreen snapshot of the plot: the path's dots are painted exactly where the iterates are. */
@ExtendWith(ApplicationExtension.class)
class PathSnapshotTest {

    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    @Test
    void thePathIsPaintedWhereTheIteratesAre() {
        ui.idle();
        int k = 10;
        UiFixture.fx(() -> ui.vm.playback().seek(k));
        ui.idle();
        Image img = UiFixture.snapshot(ui.view.plot());
        PlannedPath p = ui.vm.pathProperty().get();
        PlotTransform t = ui.vm.plot().transformProperty().get();
        List<double[]> dots = UiFixture.visibleDots(p, t, k);
        assertTrue(dots.size() >= 5, "enough iterates to check, got " + dots.size());
        for (double[] d : dots) {
            assertTrue(UiFixture.isPathWhite(img, d[0], d[1]), "dot at " + d[0] + ", " + d[1]);
        }
        // and the dots are not everywhere: beside the path (12 px off, away from other iterates) is not white
        int misses = 0;
        for (double[] d : dots) {
            if (!UiFixture.isPathWhite(img, d[0] + 12, d[1] + 12)) {
                misses++;
            }
        }
        assertFalse(misses == 0, "the plot is not white all over");
    }
}
