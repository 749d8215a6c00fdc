package org.gdlab.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.gdlab.app.viewmodel.PlannedPath;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The charts work only while on screen: closed or behind another tab they neither compute nor draw, and
 * they show the newest runs as soon as they are shown again; a burst of changes is drawn once.
 */
@ExtendWith(ApplicationExtension.class)
class ChartsOnScreenTest {

    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    private AnalysisTabs tabs() {
        return ui.view.analysis().tabs();
    }

    private void layout() {
        UiFixture.fx(() -> {
            ui.view.getScene().getRoot().applyCss();
            ui.view.getScene().getRoot().layout();
        });
    }

    /** Changes α a few times and waits until every new path is published. */
    private void dragAlpha() {
        for (int i = 1; i <= 4; i++) {
            double a = 0.01 * i;
            UiFixture.fx(() -> ui.vm.learningRateProperty().set(a));
            ui.idle();
        }
        layout();
    }

    /** The learning-rate chart shows the main run as it is now: its last step and α there. */
    private void assertFresh() {
        PlannedPath p = ui.vm.pathProperty().get();
        XYDataset rate = UiFixture.fx(() -> tabs().chartsView().charts().get(2).getXYPlot().getDataset());
        int n = rate.getItemCount(0);
        assertEquals(p.size() - 1, rate.getXValue(0, n - 1), 0, "the chart ends at the run's last step");
        assertEquals(p.learningRate(p.size() - 1), rate.getYValue(0, n - 1), 0, "with the α of the newest run");
    }

    @Test
    void closedChartsNeitherComputeNorDrawAndCatchUpWhenOpened() {
        UiFixture.fx(() -> ui.view.analysis().setExpanded(true));
        ui.idle();
        layout();
        UiFixture.fx(() -> ui.view.analysis().setExpanded(false));
        layout();
        int computed = tabs().charts().computations();
        int drawn = tabs().chartsView().redraws();
        dragAlpha();
        assertEquals(computed, tabs().charts().computations(), "closed: no series computed");
        assertEquals(drawn, tabs().chartsView().redraws(), "closed: no chart drawn");
        assertTrue(tabs().chartsView().stale(), "the change is remembered");
        UiFixture.fx(() -> ui.view.analysis().setExpanded(true));
        layout();
        assertEquals(drawn + 1, tabs().chartsView().redraws(), "opened: drawn once");
        assertEquals(computed + 1, tabs().charts().computations(), "from one computation");
        assertFresh();
    }

    @Test
    void chartsBehindAnotherTabWaitAndAreFreshWhenTheirTabIsChosen() {
        UiFixture.fx(() -> ui.view.analysis().setExpanded(true));
        ui.idle();
        UiFixture.fx(() -> tabs().getSelectionModel().select(1)); // curvature
        layout();
        int drawn = tabs().chartsView().redraws();
        dragAlpha();
        assertEquals(drawn, tabs().chartsView().redraws(), "behind another tab: no chart drawn");
        UiFixture.fx(() -> tabs().getSelectionModel().select(0));
        layout();
        assertEquals(drawn + 1, tabs().chartsView().redraws());
        assertFresh();
    }

    @Test
    void aBurstOfChangesBeforeOneLayoutPassIsComputedAndDrawnOnce() {
        UiFixture.fx(() -> {
            ui.view.analysis().setExpanded(true);
            ui.view.race().applyPreset(org.gdlab.app.race.RacePreset.GD_VS_MOMENTUM);
        });
        ui.idle();
        layout();
        int computed = tabs().charts().computations();
        int drawn = tabs().chartsView().redraws();
        UiFixture.fx(() -> {
            var race = ui.view.race();
            race.runs().get(0).visibleProperty().set(false);
            race.runs().get(0).visibleProperty().set(true);
            race.mainVisibleProperty().set(!race.mainVisibleProperty().get());
            tabs().charts().refresh();
            ui.view.getScene().getRoot().layout(); // the pulse's layout pass
        });
        assertEquals(drawn + 1, tabs().chartsView().redraws(), "one redraw for the burst");
        assertEquals(computed + 1, tabs().charts().computations(), "one computation for the burst");
        assertEquals(tabs().charts().dataProperty().get().rate().size(),
                UiFixture.fx(() -> tabs().chartsView().charts().get(2).getXYPlot().getDataset().getSeriesCount()),
                "the chart shows the runs as they are after the burst");
    }
}
