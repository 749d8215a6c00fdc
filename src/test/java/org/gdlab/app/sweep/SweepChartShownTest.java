package org.gdlab.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 14: the α sweep's chart marks the current α, and moving that mark redraws the whole chart; while its
 * tab is hidden (another tab selected, or the analysis area closed) an α key must not redraw it, and once
 * shown it marks the α of now.
 */
@ExtendWith(ApplicationExtension.class)
class SweepChartShownTest {

    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    private double markedRate(SweepView v) {
        return UiFixture.fx(() -> {
            for (Object m : v.viewer().getChart().getXYPlot().getDomainMarkers(Layer.FOREGROUND)) {
                if (m instanceof ValueMarker vm && "α".equals(vm.getLabel())) {
                    return vm.getValue();
                }
            }
            return Double.NaN;
        });
    }

    @Test
    void aNewAlphaAsksNoLayoutPassOfAHiddenSweepTab() {
        var area = ui.view.analysis();
        SweepView sweep = area.tabs().sweepView();
        UiFixture.fx(() -> area.setExpanded(false)); // as the window opens: the analysis area closed
        ui.idle();
        for (double a : new double[] {0.05, 0.07}) {
            boolean asked = UiFixture.fx(() -> {
                ui.vm.learningRateProperty().set(a);
                return sweep.isNeedsLayout();
            });
            assertFalse(asked, "α = " + a + " asked for a layout pass of the hidden sweep (a request climbs to the window)");
            ui.idle();
        }
    }

    @Test
    void aHiddenSweepTabRedrawsNothingForANewAlphaAndMarksItOnceShown() {
        var area = ui.view.analysis();
        SweepView sweep = area.tabs().sweepView();
        UiFixture.fx(() -> {
            area.setExpanded(true);
            area.tabs().getSelectionModel().select(0); // the step charts, not the sweep
        });
        ui.idle();
        AtomicInteger redraws = new AtomicInteger();
        UiFixture.fx(() -> sweep.viewer().getChart().addChangeListener(e -> redraws.incrementAndGet()));
        for (double a : new double[] {0.05, 0.07, 0.09}) {
            UiFixture.fx(() -> ui.vm.learningRateProperty().set(a));
            ui.idle();
        }
        assertEquals(0, redraws.get(), "chart changes while its tab was hidden");
        UiFixture.fx(() -> area.tabs().getSelectionModel().select(2));
        ui.idle();
        assertEquals(0.09, markedRate(sweep), 0, "the mark shows the α of now once the tab is shown");
    }
}
